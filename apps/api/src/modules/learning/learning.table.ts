import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';
import { users } from '../users/users.table';

/**
 * Security-awareness courses. A course is department-wide content owned by
 * the unit that created it; it has versions by audience (leaders, staff,
 * pupils by grade band): the lesson bodies may differ per audience and each
 * question may be restricted to some audiences. Rich text columns (`*_html`)
 * only ever hold HTML that went through lib/rich-text.ts.
 *
 * Seeded rows carry `seed_slug` + `seed_hash`: the seeder updates them while
 * nobody edited them (`edited_at` null) and leaves officers' edits alone.
 */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    descriptionHtml: text('description_html').notNull().default(''),
    /** The creating unit: who may manage the course is decided by it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    audiences: jsonb('audiences').$type<string[]>().notNull(),
    passMarkPercent: integer('pass_mark_percent').notNull().default(80),
    questionsPerQuiz: integer('questions_per_quiz').notNull().default(10),
    status: text('status', { enum: ['draft', 'published', 'archived'] })
      .notNull()
      .default('draft'),
    seedHash: text('seed_hash'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('courses_slug_uq').on(t.slug), index('courses_unit_idx').on(t.unitId)],
);

export const lessons = pgTable(
  'lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    minutes: integer('minutes').notNull().default(10),
    bodyHtml: text('body_html').notNull().default(''),
    /** Audience → body, for the versions that differ from `body_html`. */
    bodyByAudience: jsonb('body_by_audience').$type<Record<string, string>>().notNull().default({}),
    /** "Spot the phish" exercises (SpotThePhishItem[]), plain text fields. */
    exercises: jsonb('exercises').$type<unknown[]>().notNull().default([]),
    seedHash: text('seed_hash'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lessons_course_slug_uq').on(t.courseId, t.slug)],
);

/** A lesson's question bank: choices in order, exactly one correct. */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    /** Stable key within the lesson (seed: "q1"…; authored: random). */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    promptHtml: text('prompt_html').notNull(),
    choices: jsonb('choices').$type<string[]>().notNull(),
    correctIndex: integer('correct_index').notNull(),
    explanationHtml: text('explanation_html').notNull().default(''),
    /** Absent/empty = every audience. */
    audiences: jsonb('audiences').$type<string[]>(),
    active: boolean('active').notNull().default(true),
    seedHash: text('seed_hash'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('questions_lesson_key_uq').on(t.lessonId, t.key)],
);

/**
 * Who must take a course: roles, unit subtrees and (for pupils) grade bands,
 * with a deadline. Enrolments are materialised from it and recomputed for
 * people who join later. `unit_id` is the assigning officer's unit.
 */
export const courseAssignments = pgTable(
  'course_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    roleCodes: jsonb('role_codes').$type<string[]>().notNull(),
    targetUnitIds: jsonb('target_unit_ids').$type<string[]>().notNull(),
    gradeBands: jsonb('grade_bands').$type<string[]>().notNull().default([]),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ['active', 'cancelled'] })
      .notNull()
      .default('active'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('course_assignments_course_idx').on(t.courseId)],
);

/** One learner in one course (at most one, whatever assigned it). */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The learner's unit (kept in step with the account by the recompute job). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    assignmentId: uuid('assignment_id').references(() => courseAssignments.id),
    audience: text('audience').notNull(),
    reason: text('reason').notNull().default('assignment'),
    dueOn: date('due_on'),
    status: text('status', { enum: ['active', 'completed'] })
      .notNull()
      .default('active'),
    bestScore: integer('best_score'),
    secondsSpent: integer('seconds_spent').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    certificateCode: text('certificate_code'),
    certificateIssuedAt: timestamp('certificate_issued_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enrolments_user_course_uq').on(t.userId, t.courseId),
    uniqueIndex('enrolments_certificate_uq').on(t.certificateCode),
    index('enrolments_unit_idx').on(t.unitId),
    index('enrolments_assignment_idx').on(t.assignmentId),
  ],
);

export const lessonProgress = pgTable(
  'lesson_progress',
  {
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    secondsSpent: integer('seconds_spent').notNull().default(0),
    /** Exercise index → the learner's verdict (true = phishing). */
    exerciseAnswers: jsonb('exercise_answers').$type<Record<string, boolean>>().notNull().default({}),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.lessonId] })],
);

/** A quiz attempt: its questions are drawn and fixed on the server when it starts. */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    questionIds: jsonb('question_ids').$type<string[]>().notNull(),
    /** Question id → chosen index; an answer cannot be changed once given. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    score: integer('score'),
    passed: boolean('passed'),
    secondsSpent: integer('seconds_spent').notNull().default(0),
  },
  (t) => [index('quiz_attempts_enrolment_idx').on(t.enrolmentId)],
);
