-- 0009_phishing_drills: reserved; replaced by the owning feature's reviewed SQL.
SELECT 1;
