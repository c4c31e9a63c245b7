-- 0013_dashboard_counters: the latest snapshot's required-field counts copied onto its submission
-- (written with each new version by submissions.service.ts), so the dashboard rolls up a province
-- without reading submission_versions. Existing submissions take them from their current version.
ALTER TABLE "submissions" ADD COLUMN "required_filled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "required_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "submissions" s
   SET "required_filled" = coalesce((v.summary ->> 'requiredFilled')::int, 0),
       "required_total" = coalesce((v.summary ->> 'requiredTotal')::int, 0)
  FROM "submission_versions" v
 WHERE v.submission_id = s.id AND v.version = s.version;
