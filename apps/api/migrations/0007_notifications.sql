-- 0007_notifications: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
