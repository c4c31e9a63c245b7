-- 0006_data_quality: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
