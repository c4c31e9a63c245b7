CREATE TABLE "drill_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"drill_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"scanner" boolean DEFAULT false NOT NULL,
	"scanner_reason" text,
	"via" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "drill_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drill_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text,
	"sent_at" timestamp with time zone,
	"send_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drill_remedials" (
	"recipient_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"lesson_slug" text NOT NULL,
	"enrolment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drill_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"sender" text,
	"recipient_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"template_code" text NOT NULL,
	"role_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"landing" text DEFAULT 'explain' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"launched_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "drill_events" ADD CONSTRAINT "drill_events_drill_id_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."drills"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_events" ADD CONSTRAINT "drill_events_recipient_id_drill_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."drill_recipients"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_recipients" ADD CONSTRAINT "drill_recipients_drill_id_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."drills"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_recipients" ADD CONSTRAINT "drill_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_recipients" ADD CONSTRAINT "drill_recipients_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_remedials" ADD CONSTRAINT "drill_remedials_recipient_id_drill_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."drill_recipients"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_remedials" ADD CONSTRAINT "drill_remedials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_reports" ADD CONSTRAINT "drill_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_reports" ADD CONSTRAINT "drill_reports_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drill_reports" ADD CONSTRAINT "drill_reports_recipient_id_drill_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."drill_recipients"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "drill_events_drill_idx" ON "drill_events" USING btree ("drill_id","type");
--> statement-breakpoint
CREATE INDEX "drill_events_recipient_idx" ON "drill_events" USING btree ("recipient_id","at");
--> statement-breakpoint
CREATE UNIQUE INDEX "drill_recipients_drill_user_uq" ON "drill_recipients" USING btree ("drill_id","user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "drill_recipients_token_uq" ON "drill_recipients" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "drill_recipients_unit_idx" ON "drill_recipients" USING btree ("unit_id");
--> statement-breakpoint
CREATE INDEX "drill_recipients_user_idx" ON "drill_recipients" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "drill_remedials_user_idx" ON "drill_remedials" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "drill_reports_unit_idx" ON "drill_reports" USING btree ("unit_id","created_at");
--> statement-breakpoint
CREATE INDEX "drills_unit_idx" ON "drills" USING btree ("unit_id");
