-- 0010_bulletins: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
