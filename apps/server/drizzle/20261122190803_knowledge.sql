CREATE TABLE "action_plan_bodies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_body_organisations" (
	"body_code" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "action_plan_body_organisations_body_code_organisation_id_pk" PRIMARY KEY("body_code","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "action_plan_progress_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"note_date" date NOT NULL,
	"text" text NOT NULL,
	"status_after" text,
	"organisation_id" uuid,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_project_bodies" (
	"project_id" uuid NOT NULL,
	"body_code" text NOT NULL,
	CONSTRAINT "action_plan_project_bodies_project_id_body_code_pk" PRIMARY KEY("project_id","body_code")
);
--> statement-breakpoint
CREATE TABLE "action_plan_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_code" text NOT NULL,
	"code" text NOT NULL,
	"chapter" integer NOT NULL,
	"section" text NOT NULL,
	"section_title" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible_text" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"recurring" boolean DEFAULT false NOT NULL,
	"timing_text" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"code" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"chapters" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "on_call_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"hours" text,
	"judicial_districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topic" text NOT NULL,
	"language" text NOT NULL,
	"classification" text NOT NULL,
	"organisation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"file_name" text,
	"file_type" text,
	"size_bytes" integer,
	"sha256" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "news_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"topic" text NOT NULL,
	"language" text NOT NULL,
	"classification" text NOT NULL,
	"organisation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "content_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"audience" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"position" integer DEFAULT 100 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plan_body_organisations" ADD CONSTRAINT "action_plan_body_organisations_body_code_action_plan_bodies_code_fk" FOREIGN KEY ("body_code") REFERENCES "public"."action_plan_bodies"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_body_organisations" ADD CONSTRAINT "action_plan_body_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_progress_notes" ADD CONSTRAINT "action_plan_progress_notes_project_id_action_plan_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."action_plan_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_progress_notes" ADD CONSTRAINT "action_plan_progress_notes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_progress_notes" ADD CONSTRAINT "action_plan_progress_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_project_bodies" ADD CONSTRAINT "action_plan_project_bodies_project_id_action_plan_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."action_plan_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_project_bodies" ADD CONSTRAINT "action_plan_project_bodies_body_code_action_plan_bodies_code_fk" FOREIGN KEY ("body_code") REFERENCES "public"."action_plan_bodies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_projects" ADD CONSTRAINT "action_plan_projects_plan_code_action_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."action_plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_contacts" ADD CONSTRAINT "on_call_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_language_languages_code_fk" FOREIGN KEY ("language") REFERENCES "public"."languages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_body_organisations_organisation_id_index" ON "action_plan_body_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "action_plan_progress_notes_project_id_note_date_index" ON "action_plan_progress_notes" USING btree ("project_id","note_date");--> statement-breakpoint
CREATE INDEX "action_plan_project_bodies_body_code_index" ON "action_plan_project_bodies" USING btree ("body_code");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_projects_plan_code" ON "action_plan_projects" USING btree ("plan_code","code");--> statement-breakpoint
CREATE INDEX "action_plan_projects_plan_code_chapter_index" ON "action_plan_projects" USING btree ("plan_code","chapter");--> statement-breakpoint
CREATE INDEX "action_plan_projects_title_trgm" ON "action_plan_projects" USING gin (("title" ->> 'nl') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "on_call_contacts_organisation_id_index" ON "on_call_contacts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "documents_topic_index" ON "documents" USING btree ("topic");--> statement-breakpoint
CREATE INDEX "documents_language_index" ON "documents" USING btree ("language");--> statement-breakpoint
CREATE INDEX "documents_title_trgm" ON "documents" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_items_published_at_index" ON "news_items" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "news_items_title_trgm" ON "news_items" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "content_pages_slug_audience_language" ON "content_pages" USING btree ("slug","audience","language");--> statement-breakpoint
CREATE INDEX "content_pages_language_audience_status_index" ON "content_pages" USING btree ("language","audience","status");