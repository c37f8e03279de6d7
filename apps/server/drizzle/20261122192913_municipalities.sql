CREATE TABLE "municipalities" (
	"nis_code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"arrondissement_code" text NOT NULL,
	"province_code" text,
	"region_code" text NOT NULL,
	"judicial_district" text,
	"valid_from" text,
	"valid_to" text
);
