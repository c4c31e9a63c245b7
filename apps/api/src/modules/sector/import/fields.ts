import { ENTITIES, type FieldSpec, foldKey } from '@edushield/core';

/**
 * What a column of a student file can be: a field of the data standard's
 * student entity (matched by its export header, aliases and labels), or one
 * attribute of a parent/guardian. Headers are compared as keys: accent-,
 * case-, space- and punctuation-insensitive ("Họ và tên (*)" ≡ "ho va ten").
 */
export type GuardianSlot = 'father' | 'mother' | 'guardian';
export type GuardianAttribute = 'fullName' | 'phone' | 'relationship';

export type ImportTarget =
  | { kind: 'student'; field: string }
  | { kind: 'guardian'; slot: GuardianSlot; attribute: GuardianAttribute };

export const targetId = (t: ImportTarget): string =>
  t.kind === 'student' ? t.field : `guardian.${t.slot}.${t.attribute}`;

export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Columns a student file must have; the rest is optional (the student id is issued by the system). */
export const REQUIRED_FIELDS = ['fullName', 'birthDate', 'gender'] as const;

/** Entity fields the import recognises and checks but does not store (yet): reported to the user. */
export const NOT_STORED_FIELDS = new Set([
  'healthStatus',
  'hometown',
  'residenceProvince',
  'residenceCommune',
  'email',
  'enrolmentDate',
  'leavingReason',
]);

/** Headers of real files the standard does not list, for fields it does. */
const EXTRA_STUDENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  classCode: ['Lớp', 'Tên lớp', 'Lớp học'],
  fullName: ['Họ và tên học sinh', 'Họ tên HS'],
  gender: ['Giới'],
  placeOfBirth: ['Nơi sinh học sinh'],
  currentAddress: ['Địa chỉ'],
};

/** Columns every list has that mean nothing to the database: ignored without a warning. */
export const QUIET_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'ghi chu', 'loi', 'dong goc']);

const GUARDIAN_WORDS: Readonly<Record<GuardianSlot, readonly string[]>> = {
  father: ['cha', 'bo', 'cha bo', 'bo cha', 'thong tin cha', 'thong tin bo'],
  mother: ['me', 'ma', 'me ma', 'thong tin me'],
  guardian: [
    'nguoi giam ho',
    'phu huynh',
    'cha me nguoi giam ho',
    'cha me hoac nguoi giam ho',
    'thong tin phu huynh',
    'thong tin nguoi giam ho',
  ],
};

const ATTRIBUTE_WORDS: Readonly<Record<GuardianAttribute, readonly string[]>> = {
  fullName: ['ho ten', 'ho va ten', 'ten'],
  phone: [
    'sdt',
    'so dt',
    'dt',
    'dien thoai',
    'so dien thoai',
    'dien thoai lien he',
    'so dien thoai lien he',
    'dien thoai di dong',
  ],
  relationship: ['quan he', 'moi quan he', 'quan he voi hoc sinh'],
};

/** Guardian slots whose relationship is fixed by the column itself. */
export const SLOT_RELATIONSHIP: Readonly<Record<GuardianSlot, string | null>> = {
  father: '01',
  mother: '02',
  guardian: null,
};

function buildIndex(): Map<string, ImportTarget> {
  const index = new Map<string, ImportTarget>();
  const add = (label: string, target: ImportTarget) => {
    const key = headerKey(label);
    if (key !== '' && !index.has(key)) index.set(key, target);
  };
  // Guardian keys first: "Họ tên cha" must never fall through to the pupil's "Họ tên".
  for (const [slot, words] of Object.entries(GUARDIAN_WORDS) as [GuardianSlot, readonly string[]][]) {
    for (const [attribute, attributeWords] of Object.entries(ATTRIBUTE_WORDS) as [
      GuardianAttribute,
      readonly string[],
    ][]) {
      if (attribute === 'relationship' && slot !== 'guardian') continue;
      for (const who of words)
        for (const what of attributeWords) {
          add(`${what} ${who}`, { kind: 'guardian', slot, attribute });
          add(`${who} ${what}`, { kind: 'guardian', slot, attribute });
        }
    }
  }
  const fields: readonly FieldSpec[] = ENTITIES.student.fields;
  for (const f of fields) {
    const target: ImportTarget = { kind: 'student', field: f.key };
    for (const label of [f.exportHeaderVi, ...(f.headerAliases ?? []), f.labelVi, f.labelEn])
      add(label, target);
  }
  for (const [field, labels] of Object.entries(EXTRA_STUDENT_ALIASES))
    for (const label of labels) add(label, { kind: 'student', field });
  return index;
}

const INDEX = buildIndex();
const GUARDIAN_GROUP_KEYS = new Set(Object.values(GUARDIAN_WORDS).flat());

export function targetForKey(key: string): ImportTarget | undefined {
  return INDEX.get(key);
}

/** A parent header that names a person ("Cha", "Mẹ", "Phụ huynh"): its children are that person's. */
export function isGuardianGroup(key: string): boolean {
  return GUARDIAN_GROUP_KEYS.has(key);
}

/** Vietnamese name of a target, for messages ("Thiếu cột: Ngày sinh"). */
export function targetLabel(target: ImportTarget): string {
  if (target.kind === 'student') {
    const spec = ENTITIES.student.fields.find((f) => f.key === target.field);
    return spec?.exportHeaderVi ?? target.field;
  }
  const who = { father: 'Cha', mother: 'Mẹ', guardian: 'Người giám hộ' }[target.slot];
  const what = { fullName: 'Họ tên', phone: 'Số điện thoại', relationship: 'Quan hệ' }[target.attribute];
  return `${what} ${who.toLowerCase()}`;
}
