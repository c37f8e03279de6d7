-- Reference numbers (SIG-2026-000123) come from sequences: nextval never waits for another
-- transaction, where a counter row would serialise every submission on its lock.
CREATE SEQUENCE IF NOT EXISTS signal_reference_seq;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS public_report_reference_seq;
