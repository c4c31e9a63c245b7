CREATE TABLE "classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"grade" integer NOT NULL,
	"site_unit_id" uuid,
	"homeroom_staff_id" uuid,
	"two_sessions" boolean DEFAULT false NOT NULL,
	"combined" boolean DEFAULT false NOT NULL,
	"semi_boarding" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guardians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"relationship_code" text NOT NULL,
	"full_name" text NOT NULL,
	"phone_enc" text,
	"personal_id_enc" text,
	"occupation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"school_year_id" uuid,
	"filename" text NOT NULL,
	"stored_file" text,
	"file_sha256" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"mode" text,
	"progress" jsonb,
	"summary" jsonb,
	"error_code" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"column" text,
	"kind" text NOT NULL,
	"rule_code" text,
	"severity" text,
	"before" text,
	"after" text,
	"message_vi" text,
	"message_en" text
);
--> statement-breakpoint
CREATE TABLE "school_profiles" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"school_code" text,
	"level_code" text,
	"school_type_code" text,
	"province_code" text,
	"commune_code" text,
	"phone" text,
	"email" text,
	"website" text,
	"principal_name" text,
	"founded_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_profiles_school_code_unique" UNIQUE("school_code")
);
--> statement-breakpoint
CREATE TABLE "school_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	CONSTRAINT "school_years_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date,
	"gender_code" text,
	"ethnicity_code" text,
	"religion_code" text,
	"personal_id_enc" text,
	"personal_id_bidx" text,
	"phone_enc" text,
	"address_enc" text,
	"email" text,
	"position_code" text,
	"qualification_code" text,
	"contract_type_code" text,
	"subject" text,
	"status" text DEFAULT 'working' NOT NULL,
	"started_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"status_code" text NOT NULL,
	"event_date" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"other_unit_id" uuid,
	"other_school_name" text,
	"reason_code" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"class_id" uuid,
	"full_name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender_code" text NOT NULL,
	"ethnicity_code" text,
	"religion_code" text,
	"disability_code" text,
	"health_note_enc" text,
	"personal_id_enc" text,
	"personal_id_bidx" text,
	"phone_enc" text,
	"address_enc" text,
	"birth_place" text,
	"status_code" text NOT NULL,
	"status_date" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "classes" ADD CONSTRAINT "classes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classes" ADD CONSTRAINT "classes_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classes" ADD CONSTRAINT "classes_site_unit_id_org_units_id_fk" FOREIGN KEY ("site_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardians" ADD CONSTRAINT "guardians_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_findings" ADD CONSTRAINT "import_findings_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_profiles" ADD CONSTRAINT "school_profiles_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_status_events" ADD CONSTRAINT "student_status_events_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_status_events" ADD CONSTRAINT "student_status_events_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_status_events" ADD CONSTRAINT "student_status_events_other_unit_id_org_units_id_fk" FOREIGN KEY ("other_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "classes_code_uq" ON "classes" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "classes_school_year_name_uq" ON "classes" USING btree ("unit_id","school_year_id","name");--> statement-breakpoint
CREATE INDEX "classes_unit_idx" ON "classes" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "guardians_student_idx" ON "guardians" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "import_batches_unit_idx" ON "import_batches" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "import_findings_batch_idx" ON "import_findings" USING btree ("batch_id","row_number");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_code_uq" ON "staff" USING btree ("staff_code");--> statement-breakpoint
CREATE INDEX "staff_unit_idx" ON "staff" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "staff_name_key_idx" ON "staff" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "staff_pid_bidx_idx" ON "staff" USING btree ("personal_id_bidx");--> statement-breakpoint
CREATE INDEX "student_status_events_student_idx" ON "student_status_events" USING btree ("student_id","event_date");--> statement-breakpoint
CREATE UNIQUE INDEX "students_code_uq" ON "students" USING btree ("student_code");--> statement-breakpoint
CREATE INDEX "students_unit_idx" ON "students" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "students_class_idx" ON "students" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "students_name_key_idx" ON "students" USING btree ("name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "students_pid_bidx_idx" ON "students" USING btree ("personal_id_bidx");--> statement-breakpoint
CREATE INDEX "students_dup_idx" ON "students" USING btree ("name_key","birth_date");