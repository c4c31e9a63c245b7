-- 0011_dashboard: the dashboard reads the reporting and quality tables and adds no table or index of its own;
-- its plans use period_units_path_idx, submissions_period_unit_uq, submission_versions_uq and quality_issues_unit_idx
-- (docs/features/dashboard.md, "How it is computed").
SELECT 1;
