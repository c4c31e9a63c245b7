-- 0008_learning: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
