import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';

/**
 * The education sector database (CSDL ngành, Circular 42/2021/TT-BGDĐT) to
 * the national data standard (packages/core/src/standard). Columns ending in
 * `_enc` hold AES-256-GCM ciphertext (lib/crypto.ts) with the key outside the
 * database; `_bidx` columns are keyed HMAC blind indexes for exact lookups.
 * Codes (`*_code`) are values of the standard's code lists.
 */

export const schoolYears = pgTable('school_years', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  isCurrent: boolean('is_current').notNull().default(false),
});

/** The standard's school record, one per org unit of type school. */
export const schoolProfiles = pgTable('school_profiles', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  schoolCode: text('school_code').unique(),
  levelCode: text('level_code'),
  schoolTypeCode: text('school_type_code'),
  provinceCode: text('province_code'),
  communeCode: text('commune_code'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  principalName: text('principal_name'),
  foundedOn: date('founded_on'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    schoolYearId: uuid('school_year_id')
      .notNull()
      .references(() => schoolYears.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    grade: integer('grade').notNull(),
    siteUnitId: uuid('site_unit_id').references(() => orgUnits.id),
    homeroomStaffId: uuid('homeroom_staff_id'),
    twoSessions: boolean('two_sessions').notNull().default(false),
    combined: boolean('combined').notNull().default(false),
    semiBoarding: boolean('semi_boarding').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('classes_code_uq').on(t.code),
    uniqueIndex('classes_school_year_name_uq').on(t.unitId, t.schoolYearId, t.name),
    index('classes_unit_idx').on(t.unitId),
  ],
);

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Issued at first entry, never changed or reused (TT42 Art. 10). */
    staffCode: text('staff_code').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    fullName: text('full_name').notNull(),
    nameKey: text('name_key').notNull(),
    birthDate: date('birth_date'),
    genderCode: text('gender_code'),
    ethnicityCode: text('ethnicity_code'),
    religionCode: text('religion_code'),
    personalIdEnc: text('personal_id_enc'),
    personalIdBidx: text('personal_id_bidx'),
    phoneEnc: text('phone_enc'),
    addressEnc: text('address_enc'),
    emailEnc: text('email_enc'),
    /**
     * Before migration 0012 the e-mail was stored here in plain text. Emptied
     * at startup (sector/personal-fields.migrate.ts); nothing else reads or
     * writes it. Dropped by a later migration.
     */
    legacyEmail: text('email'),
    positionCode: text('position_code'),
    qualificationCode: text('qualification_code'),
    contractTypeCode: text('contract_type_code'),
    subject: text('subject'),
    status: text('status', { enum: ['working', 'left'] })
      .notNull()
      .default('working'),
    startedOn: date('started_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_code_uq').on(t.staffCode),
    index('staff_unit_idx').on(t.unitId),
    index('staff_name_key_idx').on(t.nameKey),
    index('staff_pid_bidx_idx').on(t.personalIdBidx),
  ],
);

export const students = pgTable(
  'students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Mã học sinh: issued at first entry, kept across transfers, never reused. */
    studentCode: text('student_code').notNull(),
    /** The school currently responsible for the pupil. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    classId: uuid('class_id').references(() => classes.id),
    fullName: text('full_name').notNull(),
    /** foldKey(fullName): accent-, case- and tone-placement-insensitive search. */
    nameKey: text('name_key').notNull(),
    birthDate: date('birth_date').notNull(),
    genderCode: text('gender_code').notNull(),
    ethnicityCode: text('ethnicity_code'),
    religionCode: text('religion_code'),
    disabilityCode: text('disability_code'),
    healthNoteEnc: text('health_note_enc'),
    personalIdEnc: text('personal_id_enc'),
    personalIdBidx: text('personal_id_bidx'),
    phoneEnc: text('phone_enc'),
    addressEnc: text('address_enc'),
    birthPlaceEnc: text('birth_place_enc'),
    /** Plain text before migration 0012; emptied at startup like `staff.legacyEmail`. */
    legacyBirthPlace: text('birth_place'),
    statusCode: text('status_code').notNull(),
    statusDate: date('status_date').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('students_code_uq').on(t.studentCode),
    index('students_unit_idx').on(t.unitId),
    index('students_class_idx').on(t.classId),
    index('students_name_key_idx').using('btree', sql`${t.nameKey} text_pattern_ops`),
    // One person, one pupil record in the province (the write refuses a second; the database too).
    uniqueIndex('students_pid_bidx_uq').on(t.personalIdBidx).where(sql`${t.personalIdBidx} is not null`),
    index('students_dup_idx').on(t.nameKey, t.birthDate),
  ],
);

export const guardians = pgTable(
  'guardians',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    relationshipCode: text('relationship_code').notNull(),
    fullName: text('full_name').notNull(),
    phoneEnc: text('phone_enc'),
    personalIdEnc: text('personal_id_enc'),
    occupation: text('occupation'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('guardians_student_idx').on(t.studentId)],
);

/** Every change of a pupil's status: enrolled, transferred in/out (with the other school), dropped out, graduated. */
export const studentStatusEvents = pgTable(
  'student_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    statusCode: text('status_code').notNull(),
    eventDate: date('event_date').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    otherUnitId: uuid('other_unit_id').references(() => orgUnits.id),
    otherSchoolName: text('other_school_name'),
    reasonCode: text('reason_code'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('student_status_events_student_idx').on(t.studentId, t.eventDate)],
);

/** An uploaded file being imported: analysed (dry run), then committed, as durable jobs. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['students', 'staff', 'classes'] }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    schoolYearId: uuid('school_year_id').references(() => schoolYears.id),
    filename: text('filename').notNull(),
    /** Encrypted copy of the upload under DATA_DIR/uploads, removed when the batch ends. */
    storedFile: text('stored_file'),
    fileSha256: text('file_sha256').notNull(),
    status: text('status', {
      enum: ['queued', 'analysing', 'analysed', 'committing', 'committed', 'failed', 'cancelled'],
    })
      .notNull()
      .default('queued'),
    mode: text('mode', { enum: ['all_or_nothing', 'valid_only'] }),
    progress: jsonb('progress').$type<{ done: number; total: number; phase: string }>(),
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    errorCode: text('error_code'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_batches_unit_idx').on(t.unitId, t.createdAt)],
);

/** Per-cell findings of an analysed batch: standardised values (before → after) and rule violations. */
export const importFindings = pgTable(
  'import_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    column: text('column'),
    kind: text('kind', { enum: ['change', 'issue'] }).notNull(),
    ruleCode: text('rule_code'),
    severity: text('severity', { enum: ['blocking', 'warning'] }),
    before: text('before'),
    after: text('after'),
    messageVi: text('message_vi'),
    messageEn: text('message_en'),
  },
  (t) => [index('import_findings_batch_idx').on(t.batchId, t.rowNumber)],
);

/**
 * What the analysis of an import read and standardised, kept so that the
 * commit and the error workbook never read the file again: the rows of one
 * chunk (records, raw cells) as one AES-256-GCM sealed JSON document
 * (PersonalDataCodec.seal), so one encryption per 1,000 rows, not per field.
 * Chunk 0 holds the header rows. Deleted with the batch's files.
 */
export const importStaged = pgTable(
  'import_staged',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    chunk: integer('chunk').notNull(),
    firstRow: integer('first_row').notNull(),
    lastRow: integer('last_row').notNull(),
    rows: integer('rows').notNull(),
    payloadEnc: text('payload_enc').notNull(),
  },
  (t) => [uniqueIndex('import_staged_chunk_uq').on(t.batchId, t.chunk)],
);
