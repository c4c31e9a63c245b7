-- Identifiers (mã định danh) are issued at first entry and never reused
-- (Circular 42/2021/TT-BGDĐT Art. 10): a PostgreSQL sequence never hands out
-- the same number twice, even after rollbacks or deletions.
CREATE SEQUENCE IF NOT EXISTS student_code_seq START 1;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS staff_code_seq START 1;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS class_code_seq START 1;
