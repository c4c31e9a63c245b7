import { ETHNICITIES, findEntry, GENDERS } from '../standard';
import { OLD_MOBILE_PREFIXES, toTcvn3, toVni } from '../text';
import { type Rng, Weighted } from './prng';
import type { MessKind, MessyValue, RawCell, StudentField, StudentRecord } from './types';

/**
 * Make cells messy the way real school files are (docs/domain-vn.md §4):
 * legacy encodings with the font that shows them, decomposed Unicode, odd
 * spacing and case, Excel serial dates, phones in every format, labels where
 * codes belong, numbers that lost their leading zeros, blanks. Each messy
 * cell records the clean value the standardiser should restore.
 */

/** Excel day 0 is 1899-12-30 for dates after 1/3/1900 (text/dates.ts). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function excelSerial(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000;
}

/** 11-digit prefix for each 10-digit one it was converted to (inverse of the 2018 table). */
const OLD_PREFIX_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(OLD_MOBILE_PREFIXES).map(([old, current]) => [current, old]),
);

type Messer = (clean: string, rng: Rng) => { raw: RawCell; fontHint?: string } | undefined;

const upperOrLower = (text: string, rng: Rng) => (rng.chance(0.5) ? text.toUpperCase() : text.toLowerCase());

const MESSERS: Readonly<Record<MessKind, Messer>> = {
  tcvn3: (clean) => ({ raw: toTcvn3(clean), fontHint: '.VnTime' }),
  vni: (clean) => ({ raw: toVni(clean), fontHint: 'VNI-Times' }),
  nfd: (clean) => ({ raw: clean.normalize('NFD') }),
  'spacing-case': (clean, rng) => {
    const spaced = clean.split(' ').join(rng.pick(['  ', ' \u00a0', '   ']));
    return { raw: `${rng.chance(0.5) ? ' ' : ''}${upperOrLower(spaced, rng)} ` };
  },
  'excel-serial': (clean) => ({ raw: excelSerial(clean) }),
  'dmy-text': (clean) => {
    const [y, m, d] = clean.split('-').map(Number);
    return { raw: `${d}/${m}/${y}` };
  },
  'phone-international': (clean) => ({
    raw: `+84 ${clean.slice(1, 4)} ${clean.slice(4, 7)} ${clean.slice(7)}`,
  }),
  'phone-spaced': (clean, rng) => {
    const sep = rng.pick([' ', '.', '-']);
    return { raw: `${clean.slice(0, 4)}${sep}${clean.slice(4, 7)}${sep}${clean.slice(7)}` };
  },
  'phone-old-prefix': (clean) => {
    const old = OLD_PREFIX_OF.get(clean.slice(0, 3));
    return old === undefined ? undefined : { raw: old + clean.slice(3) };
  },
  // Spreadsheets store a typed phone as a number and drop the leading 0.
  'phone-as-number': (clean) => ({ raw: Number(clean) }),
  'label-instead-of-code': () => undefined, // needs the field's list: see labelFor
  // Only a code with a leading zero changes when a spreadsheet makes it a number.
  'code-as-number': (clean) => (/^0\d*$/.test(clean) ? { raw: Number(clean) } : undefined),
  'pid-spaced': (clean, rng) => {
    const sep = rng.pick([' ', '.', '-']);
    return { raw: `${clean.slice(0, 3)}${sep}${clean.slice(3, 6)}${sep}${clean.slice(6)}` };
  },
  'pid-as-number': (clean) => ({ raw: Number(clean) }),
  'missing-required': () => ({ raw: '' }),
};

const GENDER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  '1': ['Nam', 'nam', 'NAM'],
  '2': ['Nữ', 'nữ', 'NỮ', 'Nu'],
};

/** A label or alias as school files write it ("Nữ", "Tày", "H'Mông", "Đang học"). */
function labelFor(field: StudentField, code: string, rng: Rng): string | undefined {
  if (field === 'gender') return rng.pick(GENDER_SPELLINGS[code] ?? GENDERS.entries.map((e) => e.labelVi));
  const listId = field === 'ethnicity' ? ETHNICITIES.id : field === 'status' ? 'learner-status' : undefined;
  const entry = listId === undefined ? undefined : findEntry(listId, code);
  return entry ? rng.pick([entry.labelVi, ...(entry.aliases ?? [])]) : undefined;
}

/** Which kinds of mess each field suffers, and how often (?). */
const KINDS: Partial<Record<StudentField, Weighted<MessKind>>> = {
  fullName: Weighted.fromRecord<MessKind>({ tcvn3: 3, vni: 3, nfd: 2, 'spacing-case': 3 }),
  birthDate: Weighted.fromRecord<MessKind>({ 'excel-serial': 4, 'dmy-text': 4, 'missing-required': 0.4 }),
  statusDate: Weighted.fromRecord<MessKind>({ 'excel-serial': 1, 'dmy-text': 1 }),
  gender: Weighted.fromRecord<MessKind>({ 'label-instead-of-code': 5, 'missing-required': 0.3 }),
  ethnicity: Weighted.fromRecord<MessKind>({ 'label-instead-of-code': 4, 'code-as-number': 2 }),
  status: Weighted.fromRecord<MessKind>({ 'label-instead-of-code': 1 }),
  personalId: Weighted.fromRecord<MessKind>({ 'pid-spaced': 1, 'pid-as-number': 2 }),
  phone: Weighted.fromRecord<MessKind>({
    'phone-international': 2,
    'phone-spaced': 3,
    'phone-old-prefix': 1,
    'phone-as-number': 2,
  }),
  residenceCommune: Weighted.fromRecord<MessKind>({ 'code-as-number': 1 }),
};

export const MESSY_FIELDS = Object.keys(KINDS) as StudentField[];

function messOne(field: StudentField, clean: string, kind: MessKind, rng: Rng): MessyValue | undefined {
  const made =
    kind === 'label-instead-of-code'
      ? { raw: labelFor(field, clean, rng) ?? clean }
      : MESSERS[kind](clean, rng);
  if (made === undefined || made.raw === clean) return undefined;
  const base = {
    field,
    kind,
    raw: made.raw,
    ...(made.fontHint === undefined ? {} : { fontHint: made.fontHint }),
  };
  return kind === 'missing-required'
    ? { ...base, expected: null, expectedRule: 'FIELD_REQUIRED' }
    : { ...base, expected: clean };
}

/** The file's cells for a record, with a `share` of the messable cells made messy. */
export function messUp(
  record: StudentRecord,
  share: number,
  rng: Rng,
): { raw: Readonly<Record<StudentField, RawCell>>; mess: MessyValue[] } {
  const mess: MessyValue[] = [];
  if (share > 0) {
    for (const field of MESSY_FIELDS) {
      const clean = record[field];
      const kinds = KINDS[field];
      if (typeof clean !== 'string' || kinds === undefined || !rng.chance(share)) continue;
      const messy = messOne(field, clean, kinds.pick(rng), rng);
      if (messy) mess.push(messy);
    }
  }
  // Most rows are clean: they share the record instead of copying it.
  if (mess.length === 0) return { raw: record, mess };
  const raw: Record<StudentField, RawCell> = { ...record };
  for (const messy of mess) raw[messy.field] = messy.raw;
  return { raw, mess };
}

/** A duplicate row re-typed by hand: the name's spacing and case differ. */
export function retypedName(name: string, rng: Rng): MessyValue | undefined {
  return messOne('fullName', name, 'spacing-case', rng);
}
