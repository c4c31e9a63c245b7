-- 0014_dashboard_rows: each period_units row also carries what the dashboard rolls up, kept by
-- the database itself so that no write path can forget it: the unit's path in today's tree (the
-- caller's scope is judged on it), its parent's name as of the period's tree date, and copies of its
-- submission's state, on-time flag, version and required-field counts. The dashboard then reads one
-- table instead of joining period_units, submissions and org_units for every unit (docs/benchmarks.md,
-- dashboard). submissions and org_units stay the truth; these columns are never written by the app.
ALTER TABLE "period_units" ADD COLUMN "current_path" text;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "parent_name" text;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "sub_state" text DEFAULT 'not_submitted' NOT NULL;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "sub_on_time" boolean;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "sub_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "sub_required_filled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "period_units" ADD COLUMN "sub_required_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "period_units_unit_idx" ON "period_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "period_units_outstanding_idx" ON "period_units" USING btree ("period_id","unit_path" text_pattern_ops) WHERE "period_units"."sub_state" in ('not_submitted', 'returned');--> statement-breakpoint
-- On insert (a period is opened, a unit is added): today's path, the parent's name as of the tree
-- date (else its current name), and the submission if there is one already.
CREATE OR REPLACE FUNCTION period_units_fill_dashboard_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT o.path INTO NEW.current_path FROM org_units o WHERE o.id = NEW.unit_id;
  NEW.parent_name := NULL;
  IF NEW.parent_id IS NOT NULL THEN
    NEW.parent_name := coalesce(
      (SELECT ov.name FROM org_unit_versions ov JOIN reporting_periods p ON p.id = NEW.period_id
        WHERE ov.unit_id = NEW.parent_id AND ov.valid_from <= p.tree_as_of
          AND (ov.valid_to IS NULL OR ov.valid_to > p.tree_as_of)
        ORDER BY ov.valid_from DESC LIMIT 1),
      (SELECT o.name FROM org_units o WHERE o.id = NEW.parent_id));
  END IF;
  SELECT s.state, s.on_time, s.version, s.required_filled, s.required_total
    INTO NEW.sub_state, NEW.sub_on_time, NEW.sub_version, NEW.sub_required_filled, NEW.sub_required_total
    FROM submissions s WHERE s.period_id = NEW.period_id AND s.unit_id = NEW.unit_id;
  IF NOT FOUND THEN
    NEW.sub_state := 'not_submitted';
    NEW.sub_on_time := NULL;
    NEW.sub_version := 0;
    NEW.sub_required_filled := 0;
    NEW.sub_required_total := 0;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER period_units_dashboard_row BEFORE INSERT ON period_units
  FOR EACH ROW EXECUTE FUNCTION period_units_fill_dashboard_row();
--> statement-breakpoint
-- Every change of a submission's counted columns, in the same transaction as the change.
CREATE OR REPLACE FUNCTION submissions_copy_to_period_units() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE period_units
       SET sub_state = 'not_submitted', sub_on_time = NULL, sub_version = 0,
           sub_required_filled = 0, sub_required_total = 0
     WHERE period_id = OLD.period_id AND unit_id = OLD.unit_id;
    RETURN OLD;
  END IF;
  UPDATE period_units
     SET sub_state = NEW.state, sub_on_time = NEW.on_time, sub_version = NEW.version,
         sub_required_filled = NEW.required_filled, sub_required_total = NEW.required_total
   WHERE period_id = NEW.period_id AND unit_id = NEW.unit_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_dashboard_row
  AFTER INSERT OR DELETE OR UPDATE OF state, on_time, version, required_filled, required_total
  ON submissions FOR EACH ROW EXECUTE FUNCTION submissions_copy_to_period_units();
--> statement-breakpoint
-- A unit moved (or any ancestor of it: the org module rewrites the subtree's paths) in today's tree.
CREATE OR REPLACE FUNCTION org_units_path_to_period_units() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE period_units SET current_path = NEW.path WHERE unit_id = NEW.id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER org_units_dashboard_path AFTER UPDATE OF path ON org_units
  FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path)
  EXECUTE FUNCTION org_units_path_to_period_units();
--> statement-breakpoint
-- The rows that exist already.
UPDATE period_units pu SET current_path = o.path FROM org_units o WHERE o.id = pu.unit_id;
--> statement-breakpoint
UPDATE period_units pu
   SET parent_name = coalesce(
         (SELECT ov.name FROM org_unit_versions ov
           WHERE ov.unit_id = pu.parent_id AND ov.valid_from <= p.tree_as_of
             AND (ov.valid_to IS NULL OR ov.valid_to > p.tree_as_of)
           ORDER BY ov.valid_from DESC LIMIT 1),
         (SELECT o.name FROM org_units o WHERE o.id = pu.parent_id))
  FROM reporting_periods p
 WHERE p.id = pu.period_id AND pu.parent_id IS NOT NULL;
--> statement-breakpoint
UPDATE period_units pu
   SET sub_state = s.state, sub_on_time = s.on_time, sub_version = s.version,
       sub_required_filled = s.required_filled, sub_required_total = s.required_total
  FROM submissions s
 WHERE s.period_id = pu.period_id AND s.unit_id = pu.unit_id;
