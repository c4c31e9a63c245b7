import { decodeLegacy, fontHintEncoding, nfc } from '@edushield/core';
import {
  headerKey,
  type ImportTarget,
  isGuardianGroup,
  QUIET_HEADERS,
  REQUIRED_FIELDS,
  targetForKey,
  targetId,
  targetLabel,
} from './fields';
import type { MergeRange, SheetCell, SheetRow } from './read.types';

/**
 * Finds the header within the first rows: one row, or two rows where a
 * merged parent ("Thông tin học sinh", "Cha") sits over child labels ("Họ
 * tên | SĐT"). Every candidate is scored by the columns it maps; the best
 * wins, so title rows above the header and the order of columns do not
 * matter.
 */
export interface MappedColumn {
  index: number;
  /** As the user reads it: "Cha › Họ tên". */
  label: string;
  target: ImportTarget;
}

export interface IgnoredColumn {
  index: number;
  label: string;
  reason: 'unknown' | 'duplicate';
}

export interface HeaderResult {
  /** Row numbers of the header (one or two). */
  headerRows: number[];
  columns: MappedColumn[];
  ignored: IgnoredColumn[];
  /** Vietnamese labels of required columns not found. */
  missing: string[];
}

export interface HeaderInput {
  rows: readonly SheetRow[];
  merges: readonly MergeRange[];
  /** CSV has no merges: an empty parent cell then continues the one on its left. */
  fillParentsRight: boolean;
}

/** Display text of a header cell; a legacy-encoded header is read as the font (or bytes) say. */
function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  const value = cell.value;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return nfc(text).replace(/\s+/g, ' ').trim();
}

/** The header's text, and its TCVN3/VNI readings, in the order to try them. */
function readings(text: string, font: string | undefined): string[] {
  if (!/[\u0080-\uffff]/.test(text)) return [text];
  const hint = fontHintEncoding(font);
  const legacy = (['tcvn3', 'vni'] as const).map((e) =>
    decodeLegacy(text, e, hint?.capitals ?? false).normalize('NFC'),
  );
  if (hint?.encoding === 'vni') legacy.reverse();
  return hint ? [...legacy, text] : [text, ...legacy];
}

interface Label {
  text: string;
  target: ImportTarget | undefined;
}

function matchLabel(parts: string[], font: string | undefined): Label {
  const text = parts.filter((p) => p !== '').join(' › ');
  for (const candidate of readings(parts.join(' '), font)) {
    const target = targetForKey(headerKey(candidate));
    if (target) return { text: candidate === parts.join(' ') ? text : candidate, target };
  }
  return { text, target: undefined };
}

/** Value of a cell, looking through merged ranges to the range's top-left cell. */
function mergedValue(
  byRow: ReadonlyMap<number, SheetRow>,
  merges: readonly MergeRange[],
  rowNumber: number,
  column: number,
): SheetCell | undefined {
  const own = byRow.get(rowNumber)?.cells[column];
  if (own) return own;
  const range = merges.find(
    (m) => m.top <= rowNumber && rowNumber <= m.bottom && m.left <= column && column <= m.right,
  );
  return range ? byRow.get(range.top)?.cells[range.left] : undefined;
}

function labelsFor(
  input: HeaderInput,
  byRow: ReadonlyMap<number, SheetRow>,
  parentRow: number,
  childRow: number | null,
) {
  const width = Math.max(
    byRow.get(parentRow)?.cells.length ?? 0,
    childRow ? (byRow.get(childRow)?.cells.length ?? 0) : 0,
  );
  const labels: Label[] = [];
  let carried: SheetCell | undefined;
  for (let c = 0; c < width; c++) {
    if (childRow === null) {
      const cell = byRow.get(parentRow)?.cells[c];
      labels.push(cell ? matchLabel([cellText(cell)], cell.font) : { text: '', target: undefined });
      continue;
    }
    let parent = mergedValue(byRow, input.merges, parentRow, c);
    if (!parent && input.fillParentsRight && byRow.get(childRow)?.cells[c]) parent = carried;
    if (byRow.get(parentRow)?.cells[c]) carried = byRow.get(parentRow)?.cells[c];
    const child = byRow.get(childRow)?.cells[c];
    // A cell merged down over both rows (or an empty child) is labelled by the parent alone.
    const childIsParent = child === undefined || child === parent;
    const parentText = cellText(parent);
    const childText = childIsParent ? '' : cellText(child);
    if (childText === '') {
      labels.push(parent ? matchLabel([parentText], parent.font) : { text: '', target: undefined });
      continue;
    }
    if (parentText === '') {
      labels.push(matchLabel([childText], child?.font));
      continue;
    }
    const combined = matchLabel([parentText, childText], child?.font ?? parent?.font);
    if (combined.target) {
      labels.push(combined);
      continue;
    }
    const reversed = matchLabel([childText, parentText], child?.font ?? parent?.font);
    if (reversed.target) {
      labels.push({ ...reversed, text: combined.text });
      continue;
    }
    // "Cha › Nghề nghiệp" is the father's, never the pupil's: no fallback to the child label.
    if (isGuardianGroup(headerKey(parentText))) {
      labels.push({ text: combined.text, target: undefined });
      continue;
    }
    // A title or group over the pupil's columns ("Thông tin học sinh"): the child label decides.
    labels.push(matchLabel([childText], child?.font));
  }
  return labels;
}

interface Candidate {
  headerRows: number[];
  labels: Label[];
  required: number;
  mapped: number;
}

function score(headerRows: number[], labels: Label[]): Candidate {
  const ids = new Set(labels.flatMap((l) => (l.target ? [targetId(l.target)] : [])));
  const required = REQUIRED_FIELDS.filter((f) => ids.has(f)).length;
  return { headerRows, labels, required, mapped: ids.size };
}

/** More required columns, then more columns, then fewer header rows; the earlier row on a tie. */
function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.required !== b.required) return a.required > b.required;
  if (a.mapped !== b.mapped) return a.mapped > b.mapped;
  return a.headerRows.length < b.headerRows.length;
}

/** Minimum mapped columns for a row to count as a header at all. */
const MIN_MAPPED = 2;

export function detectHeader(input: HeaderInput): HeaderResult | null {
  const byRow = new Map(input.rows.map((r) => [r.rowNumber, r]));
  let best: Candidate | null = null;
  for (const row of input.rows) {
    if (!row.cells.some((c) => c !== undefined)) continue;
    const single = score([row.rowNumber], labelsFor(input, byRow, row.rowNumber, null));
    if (better(single, best)) best = single;
    const next = byRow.get(row.rowNumber + 1);
    if (next?.cells.some((c) => c !== undefined)) {
      const double = score(
        [row.rowNumber, next.rowNumber],
        labelsFor(input, byRow, row.rowNumber, next.rowNumber),
      );
      if (better(double, best)) best = double;
    }
  }
  if (!best || best.mapped < MIN_MAPPED) return null;
  return toResult(best);
}

function toResult(candidate: Candidate): HeaderResult {
  const columns: MappedColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  const seen = new Set<string>();
  candidate.labels.forEach((label, index) => {
    if (label.text === '') return;
    if (!label.target) {
      if (!QUIET_HEADERS.has(headerKey(label.text)))
        ignored.push({ index, label: label.text, reason: 'unknown' });
      return;
    }
    const id = targetId(label.target);
    if (seen.has(id)) {
      ignored.push({ index, label: label.text, reason: 'duplicate' });
      return;
    }
    seen.add(id);
    columns.push({ index, label: label.text, target: label.target });
  });
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f)).map((field) =>
    targetLabel({ kind: 'student', field }),
  );
  return { headerRows: candidate.headerRows, columns, ignored, missing };
}
