-- 0004_sector_followups: import staging (the analysed rows, sealed per chunk) and one pupil record per personal id.
CREATE TABLE "import_staged" (
	"batch_id" uuid NOT NULL,
	"chunk" integer NOT NULL,
	"first_row" integer NOT NULL,
	"last_row" integer NOT NULL,
	"rows" integer NOT NULL,
	"payload_enc" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_staged" ADD CONSTRAINT "import_staged_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_staged_chunk_uq" ON "import_staged" USING btree ("batch_id","chunk");--> statement-breakpoint
DROP INDEX "students_pid_bidx_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "students_pid_bidx_uq" ON "students" USING btree ("personal_id_bidx") WHERE "students"."personal_id_bidx" is not null;
