CREATE TABLE "judicial_tracks" (
	"victim_file_id" uuid PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"outcome" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "condition_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"condition" text NOT NULL,
	"status" text NOT NULL,
	"stated_on" date NOT NULL,
	"source" text,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"from_phase" text,
	"to_phase" text,
	"occurred_on" date NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"victim_file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"phase" text NOT NULL,
	"document_code" text,
	"transition_code" text,
	"document_request_id" uuid,
	"to_organisation_id" uuid NOT NULL,
	"to_organisation_type" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"issued_on" date,
	"expires_on" date,
	"document_number" "bytea",
	"document_number_idx" text,
	"confirmed" boolean,
	"handed_out_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"victim_file_id" uuid NOT NULL,
	"country" text NOT NULL,
	"config_version" integer NOT NULL,
	"phase" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_on" date NOT NULL,
	"end_reason" text,
	"ended_on" date,
	"guardian_name" "bytea",
	"guardian_appointed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"victim_file_id" uuid,
	"from_organisation_id" uuid NOT NULL,
	"from_user_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"consent" text NOT NULL,
	"consent_recorded_on" date,
	"consent_override_reason" text,
	"routing_override_reason" text,
	"decline_reason" text,
	"withdraw_reason" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"escalated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"remind_at" timestamp with time zone NOT NULL,
	"lead_days" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"dedupe_key" text NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "victim_file_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"victim_file_id" uuid NOT NULL,
	"section" text NOT NULL,
	"occurred_on" date NOT NULL,
	"text" "bytea" NOT NULL,
	"author_user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "victim_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"signal_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"closing_reason" text,
	"caseworker_user_id" uuid,
	"family_name" "bytea",
	"given_name" "bytea",
	"aliases" "bytea",
	"birth_date" "bytea",
	"nationality" "bytea",
	"document_numbers" "bytea",
	"document_number_idx" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_trgm" integer[] DEFAULT '{}'::int[] NOT NULL,
	"name_phonetic" integer[] DEFAULT '{}'::int[] NOT NULL,
	"minor" text DEFAULT 'unsure' NOT NULL,
	"unaccompanied" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"interpreter_needed" boolean,
	"contact" "bytea",
	"support_plan" "bytea",
	"judicial_district" text,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"exploitation_country" text,
	"lawyer_consent" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_files_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "judicial_tracks" ADD CONSTRAINT "judicial_tracks_victim_file_id_victim_files_id_fk" FOREIGN KEY ("victim_file_id") REFERENCES "public"."victim_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_statements" ADD CONSTRAINT "condition_statements_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_events" ADD CONSTRAINT "procedure_events_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_requests" ADD CONSTRAINT "procedure_requests_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_victim_file_id_victim_files_id_fk" FOREIGN KEY ("victim_file_id") REFERENCES "public"."victim_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_file_notes" ADD CONSTRAINT "victim_file_notes_victim_file_id_victim_files_id_fk" FOREIGN KEY ("victim_file_id") REFERENCES "public"."victim_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "condition_statements_procedure_id_index" ON "condition_statements" USING btree ("procedure_id");--> statement-breakpoint
CREATE INDEX "procedure_events_procedure_id_created_at_index" ON "procedure_events" USING btree ("procedure_id","created_at");--> statement-breakpoint
CREATE INDEX "procedure_requests_to_organisation_id_status_index" ON "procedure_requests" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "procedure_requests_procedure_id_kind_index" ON "procedure_requests" USING btree ("procedure_id","kind");--> statement-breakpoint
CREATE INDEX "procedure_requests_expires_on_index" ON "procedure_requests" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_victim_file" ON "procedures" USING btree ("victim_file_id");--> statement-breakpoint
CREATE INDEX "referrals_to_organisation_id_status_index" ON "referrals" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referrals_from_organisation_id_status_index" ON "referrals" USING btree ("from_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referrals_source_type_source_id_index" ON "referrals" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "referrals_status_answer_due_at_index" ON "referrals" USING btree ("status","answer_due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_dedupe" ON "tasks" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "tasks_organisation_id_status_due_at_index" ON "tasks" USING btree ("organisation_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_status_remind_at_index" ON "tasks" USING btree ("status","remind_at");--> statement-breakpoint
CREATE INDEX "victim_file_notes_victim_file_id_section_index" ON "victim_file_notes" USING btree ("victim_file_id","section");--> statement-breakpoint
CREATE INDEX "victim_files_signal_id_index" ON "victim_files" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "victim_files_name_trgm" ON "victim_files" USING gin ("name_trgm");--> statement-breakpoint
CREATE INDEX "victim_files_doc_idx" ON "victim_files" USING gin ("document_number_idx");