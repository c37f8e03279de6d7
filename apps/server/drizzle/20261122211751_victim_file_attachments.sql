CREATE TABLE "victim_file_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"victim_file_id" uuid NOT NULL,
	"section" text NOT NULL,
	"file_name" "bytea" NOT NULL,
	"file_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "grant_id" uuid;--> statement-breakpoint
ALTER TABLE "victim_file_attachments" ADD CONSTRAINT "victim_file_attachments_victim_file_id_victim_files_id_fk" FOREIGN KEY ("victim_file_id") REFERENCES "public"."victim_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "victim_file_attachments_victim_file_id_section_index" ON "victim_file_attachments" USING btree ("victim_file_id","section");--> statement-breakpoint
CREATE INDEX "victim_files_name_phonetic" ON "victim_files" USING gin ("name_phonetic");