CREATE TABLE "quality_issue_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issue_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"body" text,
	"actor_id" uuid,
	"run_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"data_group" text NOT NULL,
	"severity" text NOT NULL,
	"entity" text NOT NULL,
	"record_id" uuid,
	"record_key" text NOT NULL,
	"details" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"assignee_id" uuid,
	"due_on" date NOT NULL,
	"exception_reason" text,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"first_run_id" uuid,
	"last_run_id" uuid,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"rule_type" text NOT NULL,
	"data_group" text NOT NULL,
	"severity" text NOT NULL,
	"params" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"due_days" integer DEFAULT 14 NOT NULL,
	"root_unit_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"root_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"trigger" text NOT NULL,
	"requested_by" uuid,
	"summary" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quality_unit_stats" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"pupils" integer NOT NULL,
	"classes" integer NOT NULL,
	"staff" integer NOT NULL,
	"records" integer NOT NULL,
	"run_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_issue_events" ADD CONSTRAINT "quality_issue_events_issue_id_quality_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."quality_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issue_events" ADD CONSTRAINT "quality_issue_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issue_events" ADD CONSTRAINT "quality_issue_events_run_id_quality_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."quality_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_rule_id_quality_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."quality_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_first_run_id_quality_runs_id_fk" FOREIGN KEY ("first_run_id") REFERENCES "public"."quality_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_last_run_id_quality_runs_id_fk" FOREIGN KEY ("last_run_id") REFERENCES "public"."quality_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_rules" ADD CONSTRAINT "quality_rules_root_unit_id_org_units_id_fk" FOREIGN KEY ("root_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_rules" ADD CONSTRAINT "quality_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_runs" ADD CONSTRAINT "quality_runs_root_unit_id_org_units_id_fk" FOREIGN KEY ("root_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_runs" ADD CONSTRAINT "quality_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_unit_stats" ADD CONSTRAINT "quality_unit_stats_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_unit_stats" ADD CONSTRAINT "quality_unit_stats_run_id_quality_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."quality_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_issue_events_issue_idx" ON "quality_issue_events" USING btree ("issue_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_issues_rule_key_uq" ON "quality_issues" USING btree ("rule_id","record_key");--> statement-breakpoint
CREATE INDEX "quality_issues_unit_idx" ON "quality_issues" USING btree ("unit_id","state");--> statement-breakpoint
CREATE INDEX "quality_issues_assignee_idx" ON "quality_issues" USING btree ("assignee_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_rules_code_uq" ON "quality_rules" USING btree ("code");--> statement-breakpoint
CREATE INDEX "quality_rules_root_idx" ON "quality_rules" USING btree ("root_unit_id");--> statement-breakpoint
CREATE INDEX "quality_runs_root_idx" ON "quality_runs" USING btree ("root_unit_id","created_at");
