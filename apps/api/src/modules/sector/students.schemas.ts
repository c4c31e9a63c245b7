import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Code = (description: string) => Type.String({ minLength: 1, maxLength: 60, description });
const OptionalText = (maxLength: number, description?: string) =>
  Type.Optional(Nullable(Type.String({ maxLength, ...(description ? { description } : {}) })));
const Note = Type.Optional(Type.String({ maxLength: 500 }));

/**
 * Personal (encrypted at rest) and sensitive (ethnicity, religion,
 * disability, health) fields of a pupil: null, and named in `masked`, for
 * callers without sector.read_personal over the pupil's school. Every field
 * is listed whether or not it holds a value, so masking reveals nothing.
 */
export const STUDENT_PERSONAL_FIELDS = [
  'ethnicityCode',
  'religionCode',
  'disabilityCode',
  'healthNote',
  'personalId',
  'phone',
  'address',
  'birthPlace',
] as const;

const Masked = Type.Array(Type.String(), {
  description: 'Fields withheld (null) because the caller lacks sector.read_personal over this unit',
});

export const StudentIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const StudentView = Type.Object({
  id: Uuid,
  studentCode: Type.String({ description: 'Mã học sinh: issued once, kept across transfers, never reused' }),
  unitId: Uuid,
  unitName: Type.String(),
  classId: Nullable(Type.String()),
  classCode: Nullable(Type.String()),
  className: Nullable(Type.String()),
  fullName: Type.String(),
  birthDate: Type.String(),
  genderCode: Type.String(),
  statusCode: Type.String({ description: 'learner-status code list' }),
  statusDate: Type.String(),
  ethnicityCode: Nullable(Type.String()),
  religionCode: Nullable(Type.String()),
  disabilityCode: Nullable(Type.String()),
  healthNote: Nullable(Type.String()),
  personalId: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  birthPlace: Nullable(Type.String()),
  masked: Masked,
});
export type StudentView = Static<typeof StudentView>;

export const GuardianView = Type.Object({
  id: Uuid,
  relationshipCode: Type.String(),
  fullName: Type.String(),
  phone: Nullable(Type.String()),
  personalId: Nullable(Type.String()),
  occupation: Nullable(Type.String()),
});
export type GuardianView = Static<typeof GuardianView>;

export const StatusEventView = Type.Object({
  id: Uuid,
  statusCode: Type.String(),
  eventDate: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  otherUnitId: Nullable(Type.String()),
  otherUnitName: Nullable(Type.String()),
  otherSchoolName: Nullable(Type.String()),
  reasonCode: Nullable(Type.String({ description: 'leaving-reason code (sensitive: may reveal illness)' })),
  note: Nullable(Type.String()),
  recordedAt: Type.String(),
  masked: Masked,
});
export type StatusEventView = Static<typeof StatusEventView>;

export const StudentDetail = Type.Object({
  ...StudentView.properties,
  guardians: Type.Array(GuardianView, {
    description: 'Family data: empty, and "guardians" listed in masked, without sector.read_personal',
  }),
  history: Type.Array(StatusEventView),
});
export type StudentDetail = Static<typeof StudentDetail>;

export const StudentList = Type.Object({ items: Type.Array(StudentView), total: Type.Integer() });
export const StudentMatches = Type.Object({ items: Type.Array(StudentView) });

export const ListStudentsQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    classId: Type.Optional(Uuid),
    schoolYearId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Only pupils in a class of this school year' }),
    ),
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          'Name (accent-, case- and tone-placement-insensitive) or student id. Personal ids are never ' +
          'accepted here: use POST /api/students/lookup',
      }),
    ),
    status: Type.Optional(Type.String({ maxLength: 2, description: 'learner-status code' })),
    sort: Type.Optional(
      Type.Union([Type.Literal('given_name'), Type.Literal('full_name')], {
        description:
          'given_name (default): by given name, then family and middle names, as Vietnamese class ' +
          'registers are kept; full_name: by the full name as written (family name first)',
      }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ListStudentsQuery = Static<typeof ListStudentsQuery>;

export const GuardianInput = Type.Object(
  {
    relationshipCode: Code('guardian-relationship code list'),
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    phone: OptionalText(30),
    personalId: OptionalText(20),
    occupation: OptionalText(100),
  },
  { additionalProperties: false },
);
export type GuardianInput = Static<typeof GuardianInput>;

const personFields = {
  fullName: Type.String({ minLength: 1, maxLength: 200, description: 'At most 50 characters after NFC' }),
  birthDate: IsoDate,
  genderCode: Code('gender code list'),
  ethnicityCode: Type.Optional(Nullable(Code('ethnicity code list'))),
  religionCode: Type.Optional(Nullable(Code('religion code list'))),
  disabilityCode: Type.Optional(Nullable(Code('disability-type code list'))),
  healthNote: OptionalText(200),
  personalId: OptionalText(20, '12 digits'),
  phone: OptionalText(30),
  address: OptionalText(200),
  birthPlace: OptionalText(200),
  guardians: Type.Optional(Type.Array(GuardianInput, { maxItems: 6 })),
};

export const CreateStudentBody = Type.Object(
  {
    unitId: Uuid,
    classId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    ...personFields,
    statusCode: Type.Optional(
      Type.Enum(['01', '02'], {
        description: '01 enrolled (default); 02 transferred in from outside the province',
      }),
    ),
    statusDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type CreateStudentBody = Static<typeof CreateStudentBody>;

/**
 * Corrections only. The student id never changes; the school, class year and
 * status change through the explicit actions (transfer, drop-out …), so
 * naming studentCode, unitId or a status here is a 400.
 */
export const UpdateStudentBody = Type.Object(
  {
    classId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    fullName: Type.Optional(personFields.fullName),
    birthDate: Type.Optional(personFields.birthDate),
    genderCode: Type.Optional(personFields.genderCode),
    ethnicityCode: personFields.ethnicityCode,
    religionCode: personFields.religionCode,
    disabilityCode: personFields.disabilityCode,
    healthNote: personFields.healthNote,
    personalId: personFields.personalId,
    phone: personFields.phone,
    address: personFields.address,
    birthPlace: personFields.birthPlace,
    guardians: personFields.guardians,
  },
  { additionalProperties: false },
);
export type UpdateStudentBody = Static<typeof UpdateStudentBody>;

export const TransferOutBody = Type.Object(
  {
    toUnitId: Type.Optional(Uuid),
    otherSchoolName: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'A school outside the province' }),
    ),
    date: IsoDate,
    note: Note,
  },
  { additionalProperties: false },
);
export type TransferOutBody = Static<typeof TransferOutBody>;

export const TransferInBody = Type.Object(
  {
    unitId: Type.String({ format: 'uuid', description: 'The receiving school' }),
    studentCode: Type.String({ minLength: 1, maxLength: 15 }),
    birthDate: IsoDate,
    date: IsoDate,
    classId: Type.Optional(Uuid),
    note: Note,
  },
  { additionalProperties: false },
);
export type TransferInBody = Static<typeof TransferInBody>;

export const DropOutBody = Type.Object(
  { date: IsoDate, reasonCode: Code('leaving-reason code list'), note: Note },
  { additionalProperties: false },
);
export type DropOutBody = Static<typeof DropOutBody>;

export const GraduateBody = Type.Object(
  {
    date: IsoDate,
    statusCode: Type.Optional(
      Type.Enum(['06', '07'], {
        description: '06 graduated (default); 07 completed the programme (primary)',
      }),
    ),
    note: Note,
  },
  { additionalProperties: false },
);
export type GraduateBody = Static<typeof GraduateBody>;

export const ReEnrolBody = Type.Object(
  { date: IsoDate, classId: Type.Optional(Type.Union([Uuid, Type.Null()])), note: Note },
  { additionalProperties: false },
);
export type ReEnrolBody = Static<typeof ReEnrolBody>;

export const LookupBody = Type.Object(
  { personalId: Type.String({ minLength: 1, maxLength: 20 }) },
  { additionalProperties: false },
);

export const CheckDuplicatesBody = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    fullName: personFields.fullName,
    birthDate: IsoDate,
    personalId: OptionalText(20),
  },
  { additionalProperties: false },
);
export type CheckDuplicatesBody = Static<typeof CheckDuplicatesBody>;

export const DuplicateMatch = Type.Object({
  id: Uuid,
  studentCode: Type.String(),
  fullName: Type.String(),
  birthDate: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  statusCode: Type.String(),
  matchedBy: Type.Array(Type.Enum(['personalId', 'nameAndBirthDate'])),
  sameUnit: Type.Boolean({ description: 'In the unit named by unitId' }),
});

export const DuplicateReport = Type.Object({
  matches: Type.Array(DuplicateMatch, { description: 'Likely duplicates the caller may see' }),
  existsElsewhere: Type.Boolean({
    description: 'Some likely duplicate lies outside what the caller may see (where is not revealed)',
  }),
});
export type DuplicateReport = Static<typeof DuplicateReport>;

export const ExportQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    classId: Type.Optional(Uuid),
    status: Type.Optional(Type.String({ maxLength: 2 })),
    format: Type.Optional(Type.Enum(['xlsx', 'csv', 'json'], { default: 'xlsx' })),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

export const TemplateQuery = Type.Object(
  { unitId: Uuid, schoolYearId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type TemplateQuery = Static<typeof TemplateQuery>;
