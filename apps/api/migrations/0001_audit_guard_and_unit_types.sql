-- The audit log is append-only: the database itself refuses UPDATE, DELETE and
-- TRUNCATE, whatever the application (or an attacker holding its connection) asks.
-- A superuser can still disable triggers; the hash chain and the signed daily
-- checkpoints are what detect that (`npm run cli -- audit verify`).
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- Unit types after Decree 142/2025/NĐ-CP (no district level from 1/7/2025);
-- "district" stays so that periods before the reform report under their own tree.
INSERT INTO unit_types (code, name_vi, name_en, sort_order) VALUES
  ('ministry',   'Bộ Giáo dục và Đào tạo', 'Ministry', 10),
  ('department', 'Sở Giáo dục và Đào tạo', 'Provincial department', 20),
  ('district',   'Phòng GD&ĐT cấp huyện (trước 1/7/2025)', 'District office (before 1 Jul 2025)', 30),
  ('commune',    'UBND xã/phường', 'Commune/ward', 40),
  ('school',     'Trường học', 'School', 50),
  ('satellite',  'Điểm trường', 'Satellite site', 60),
  ('other',      'Đơn vị khác', 'Other unit', 90);
