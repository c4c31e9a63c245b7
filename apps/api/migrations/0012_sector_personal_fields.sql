-- 0012_sector_personal_fields: staff e-mail and pupil birth place encrypted per field like the other personal data.
-- SQL cannot encrypt (the key lives outside the database): the app seals the plain values still in
-- staff.email / students.birth_place at startup and empties those columns
-- (apps/api/src/modules/sector/personal-fields.migrate.ts); a later migration drops them.
ALTER TABLE "staff" ADD COLUMN "email_enc" text;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "birth_place_enc" text;
