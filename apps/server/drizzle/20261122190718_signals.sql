CREATE TABLE "indicator_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_counters" (
	"scope" text PRIMARY KEY NOT NULL,
	"value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"data" "bytea" NOT NULL,
	"step" text,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signal_id" uuid NOT NULL,
	"asked_by_user_id" uuid NOT NULL,
	"asked_by_organisation_id" uuid NOT NULL,
	"question" "bytea" NOT NULL,
	"answer" "bytea",
	"answered_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signal_traces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" "bytea" NOT NULL,
	"value_idx" text,
	"note" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"reporting_organisation_id" uuid,
	"reporter_user_id" uuid,
	"encountered_on" date,
	"judicial_district" text,
	"municipality" text,
	"sector" text,
	"how_encountered" text,
	"immediate_danger" boolean DEFAULT false NOT NULL,
	"minor" text DEFAULT 'unsure' NOT NULL,
	"unaccompanied" text,
	"age_band" text,
	"gender" text,
	"nationality" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"interpreter_needed" boolean,
	"person_count" integer DEFAULT 1 NOT NULL,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"smuggling" text DEFAULT 'none' NOT NULL,
	"exploitation_country" text,
	"catalogue_versions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent" text DEFAULT 'unknown' NOT NULL,
	"guidance_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"narrative" "bytea",
	"family_name" "bytea",
	"given_name" "bytea",
	"aliases" "bytea",
	"birth_date" "bytea",
	"document_number" "bytea",
	"document_number_idx" text,
	"name_trgm" integer[] DEFAULT '{}'::int[] NOT NULL,
	"name_phonetic" integer[] DEFAULT '{}'::int[] NOT NULL,
	"reporter_contact" "bytea",
	"triage_decision" text,
	"triage_reason" text,
	"triaged_by" uuid,
	"triaged_by_organisation_id" uuid,
	"triaged_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signals_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "spent_challenges" (
	"challenge_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_questions" ADD CONSTRAINT "signal_questions_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_traces" ADD CONSTRAINT "signal_traces_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_catalogues_key_version" ON "indicator_catalogues" USING btree ("key","version");--> statement-breakpoint
CREATE INDEX "signal_drafts_user_id_updated_at_index" ON "signal_drafts" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE INDEX "signal_questions_signal_id_index" ON "signal_questions" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "signal_traces_signal_id_index" ON "signal_traces" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "signal_traces_kind_value_idx_index" ON "signal_traces" USING btree ("kind","value_idx");--> statement-breakpoint
CREATE INDEX "signals_status_judicial_district_index" ON "signals" USING btree ("status","judicial_district");--> statement-breakpoint
CREATE INDEX "signals_reporting_organisation_id_created_at_index" ON "signals" USING btree ("reporting_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "signals_created_at_index" ON "signals" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "signals_name_trgm" ON "signals" USING gin ("name_trgm");--> statement-breakpoint
CREATE INDEX "signals_name_phonetic" ON "signals" USING gin ("name_phonetic");--> statement-breakpoint
CREATE INDEX "signals_document_number_idx_index" ON "signals" USING btree ("document_number_idx");