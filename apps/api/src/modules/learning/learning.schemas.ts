import { AUDIENCES } from '@edushield/core/awareness/content';
import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Audience = Type.Union(AUDIENCES.map((a) => Type.Literal(a)));
const Slug = Type.String({ minLength: 2, maxLength: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
/** Rich text: sanitised on the server before it is stored (up to ~2 MB with inline images). */
const RichText = Type.String({ maxLength: 2_000_000 });
const Title = Type.String({ minLength: 1, maxLength: 200 });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const LessonParams = Type.Object({ id: Uuid, lessonId: Uuid }, { additionalProperties: false });
export const QuestionParams = Type.Object(
  { id: Uuid, lessonId: Uuid, questionId: Uuid },
  { additionalProperties: false },
);
export const AttemptParams = Type.Object({ id: Uuid, attemptId: Uuid }, { additionalProperties: false });
export const ExerciseParams = Type.Object(
  { id: Uuid, lessonId: Uuid, index: Type.Integer({ minimum: 0, maximum: 50 }) },
  { additionalProperties: false },
);
export const CodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const CreateCourseBody = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    slug: Slug,
    title: Title,
    descriptionHtml: Type.Optional(RichText),
    audiences: Type.Array(Audience, { minItems: 1, maxItems: 5, uniqueItems: true }),
    passMarkPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    questionsPerQuiz: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);
export type CreateCourseBody = Static<typeof CreateCourseBody>;

export const UpdateCourseBody = Type.Partial(
  Type.Object(
    {
      title: Title,
      descriptionHtml: RichText,
      audiences: Type.Array(Audience, { minItems: 1, maxItems: 5, uniqueItems: true }),
      passMarkPercent: Type.Integer({ minimum: 1, maximum: 100 }),
      questionsPerQuiz: Type.Integer({ minimum: 1, maximum: 50 }),
      status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')]),
    },
    { additionalProperties: false },
  ),
);
export type UpdateCourseBody = Static<typeof UpdateCourseBody>;

const BodyByAudience = Type.Record(Type.String({ pattern: `^(${AUDIENCES.join('|')})$` }), RichText);
const Exercise = Type.Object(
  {
    channel: Type.Union(['email', 'sms', 'zalo', 'web', 'facebook'].map((c) => Type.Literal(c))),
    from: Type.String({ minLength: 1, maxLength: 200 }),
    subject: Type.Optional(Type.String({ maxLength: 300 })),
    body: Type.String({ minLength: 1, maxLength: 4000 }),
    isPhish: Type.Boolean(),
    signs: Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 10 }),
  },
  { additionalProperties: false },
);

export const LessonBody = Type.Object(
  {
    slug: Slug,
    title: Title,
    summary: Type.Optional(Type.String({ maxLength: 1000 })),
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
    bodyHtml: RichText,
    bodyByAudience: Type.Optional(BodyByAudience),
    exercises: Type.Optional(Type.Array(Exercise, { maxItems: 20 })),
    position: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type LessonBody = Static<typeof LessonBody>;
export const UpdateLessonBody = Type.Partial(Type.Omit(LessonBody, ['slug']));
export type UpdateLessonBody = Static<typeof UpdateLessonBody>;

export const QuestionBody = Type.Object(
  {
    promptHtml: RichText,
    choices: Type.Array(Type.String({ maxLength: 500 }), { minItems: 2, maxItems: 5 }),
    correctIndex: Type.Integer({ minimum: 0, maximum: 4 }),
    explanationHtml: Type.Optional(RichText),
    audiences: Type.Optional(Type.Union([Type.Array(Audience, { uniqueItems: true }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type QuestionBody = Static<typeof QuestionBody>;
export const UpdateQuestionBody = Type.Partial(QuestionBody);
export type UpdateQuestionBody = Static<typeof UpdateQuestionBody>;

export const CreateAssignmentBody = Type.Object(
  {
    courseId: Uuid,
    roleCodes: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
    }),
    targetUnitIds: Type.Array(Uuid, { minItems: 1, maxItems: 100, uniqueItems: true }),
    gradeBands: Type.Optional(
      Type.Array(Type.Union([Type.Literal('TH'), Type.Literal('THCS'), Type.Literal('THPT')]), {
        uniqueItems: true,
      }),
    ),
    dueOn: IsoDate,
  },
  { additionalProperties: false },
);
export type CreateAssignmentBody = Static<typeof CreateAssignmentBody>;

export const UnitQuery = Type.Object({ unitId: Uuid }, { additionalProperties: false });
export const LearnersQuery = Type.Object(
  {
    unitId: Uuid,
    courseId: Type.Optional(Uuid),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('completed')])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type LearnersQuery = Static<typeof LearnersQuery>;

export const ProgressBody = Type.Object(
  {
    seconds: Type.Integer({ minimum: 0, maximum: 3600 }),
    completed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const ExerciseAnswerBody = Type.Object({ isPhish: Type.Boolean() }, { additionalProperties: false });
export const AnswerBody = Type.Object(
  { questionId: Uuid, choice: Type.Integer({ minimum: 0, maximum: 4 }) },
  { additionalProperties: false },
);

export const CertificateCheck = Type.Object({
  valid: Type.Boolean(),
  name: Nullable(Type.String()),
  course: Nullable(Type.String()),
  issuedOn: Nullable(Type.String()),
});
