-- 0004_sector_followups: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
