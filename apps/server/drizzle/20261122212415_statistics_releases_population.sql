CREATE TABLE "statistics_population" (
	"year" integer NOT NULL,
	"area" text NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'to_verify' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_population_year_area_pk" PRIMARY KEY("year","area")
);
--> statement-breakpoint
CREATE TABLE "statistics_releases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"table_key" text NOT NULL,
	"period" text NOT NULL,
	"revision" integer NOT NULL,
	"definition_version" integer NOT NULL,
	"method" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text,
	"published_by" uuid NOT NULL,
	"published_by_organisation_id" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_releases_revision" ON "statistics_releases" USING btree ("table_key","period","revision");--> statement-breakpoint
CREATE INDEX "statistics_releases_published_at_index" ON "statistics_releases" USING btree ("published_at");--> statement-breakpoint
-- Population on 1 January (Statbel, "Structuur van de bevolking"), Belgium and its three regions.
-- Seeded as `to_verify`: the coordination bureau checks each figure against statbel.fgov.be and
-- marks it verified (PUT /api/statistics/population/:year/:area); later years are added the same way.
INSERT INTO "statistics_population" ("year", "area", "population", "source", "status") VALUES
  (2022, 'BE', 11584008, 'Statbel, population on 1 January 2022 (to verify)', 'to_verify'),
  (2022, 'BE-VLG', 6698876, 'Statbel, population on 1 January 2022 (to verify)', 'to_verify'),
  (2022, 'BE-WAL', 3662495, 'Statbel, population on 1 January 2022 (to verify)', 'to_verify'),
  (2022, 'BE-BRU', 1222637, 'Statbel, population on 1 January 2022 (to verify)', 'to_verify'),
  (2023, 'BE', 11697557, 'Statbel, population on 1 January 2023 (to verify)', 'to_verify'),
  (2023, 'BE-VLG', 6774807, 'Statbel, population on 1 January 2023 (to verify)', 'to_verify'),
  (2023, 'BE-WAL', 3681649, 'Statbel, population on 1 January 2023 (to verify)', 'to_verify'),
  (2023, 'BE-BRU', 1241101, 'Statbel, population on 1 January 2023 (to verify)', 'to_verify'),
  (2024, 'BE', 11763650, 'Statbel, population on 1 January 2024 (to verify)', 'to_verify'),
  (2024, 'BE-VLG', 6821770, 'Statbel, population on 1 January 2024 (to verify)', 'to_verify'),
  (2024, 'BE-WAL', 3692283, 'Statbel, population on 1 January 2024 (to verify)', 'to_verify'),
  (2024, 'BE-BRU', 1249597, 'Statbel, population on 1 January 2024 (to verify)', 'to_verify')
ON CONFLICT DO NOTHING;
