CREATE TABLE "export_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"requested_by" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"format" text NOT NULL,
	"language" text NOT NULL,
	"request" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"job_id" uuid,
	"file_name" text,
	"content" "bytea",
	"size_bytes" integer,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "export_files_requested_by_created_at_index" ON "export_files" USING btree ("requested_by","created_at");--> statement-breakpoint
CREATE INDEX "export_files_expires_at_index" ON "export_files" USING btree ("expires_at");