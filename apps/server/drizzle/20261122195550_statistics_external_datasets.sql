CREATE TABLE "ctdc_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"year_of_registration" integer,
	"data_source" text,
	"gender" text,
	"age_broad" text,
	"majority_status" text,
	"majority_status_at_exploit" text,
	"majority_entry" text,
	"citizenship" text,
	"country_of_exploitation" text,
	"means_of_control" text[] DEFAULT '{}'::text[] NOT NULL,
	"types_of_exploitation" text[] DEFAULT '{}'::text[] NOT NULL,
	"types_of_labour" text[] DEFAULT '{}'::text[] NOT NULL,
	"types_of_sex" text[] DEFAULT '{}'::text[] NOT NULL,
	"recruiter_relations" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_abduction" boolean
);
--> statement-breakpoint
CREATE TABLE "external_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"job_id" uuid,
	"source_text" text,
	"source_bytes" integer DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_by" uuid,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ctdc_records" ADD CONSTRAINT "ctdc_records_dataset_id_external_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."external_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ctdc_records_dataset_id_year_of_registration_index" ON "ctdc_records" USING btree ("dataset_id","year_of_registration");--> statement-breakpoint
CREATE INDEX "external_datasets_created_at_index" ON "external_datasets" USING btree ("created_at");