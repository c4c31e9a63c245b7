-- 0011_dashboard: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
