import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { releaseGarbage } from '../../../lib/memory';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { importStaged } from '../sector.table';
import type { MergeRange, SheetCell, SheetRow } from './read.types';
import type { ImportStudentRecord } from './standardise';

/**
 * What the analysis keeps of each row so that nothing reads the file again:
 * the record to write (null when the row has a blocking problem) and the
 * row's cells as they were (for the error workbook). Rows are sealed a
 * chunk at a time (the payload holds personal data: ids, phones,
 * addresses), as two AES-256-GCM documents in `payload_enc`, one per line:
 * the records (what the commit reads) and the cells (what the error
 * workbook reads), so neither decrypts and parses what it does not use.
 * A payload of one line (staged before the split) holds both.
 */
export interface StagedRow {
  rowNumber: number;
  hidden: boolean;
  record: ImportStudentRecord | null;
  cells: (SheetCell | undefined)[];
}

/** Chunk 0: the header rows as they were, and the merged ranges near them. */
export interface StagedHeader {
  rows: { rowNumber: number; cells: (SheetCell | undefined)[] }[];
  merges: MergeRange[];
}

type PackedCell =
  | null
  | [kind: 's' | 'n' | 'b' | 'd', value: string | number | boolean, font?: string, flags?: number];

const FORMULA = 1;
const FORMULA_WITHOUT_VALUE = 2;

function pack(cell: SheetCell | undefined): PackedCell {
  if (!cell) return null;
  const v = cell.value;
  const flags = (cell.formula ? FORMULA : 0) | (cell.formulaWithoutValue ? FORMULA_WITHOUT_VALUE : 0);
  const packed: PackedCell =
    v instanceof Date
      ? ['d', v.getTime()]
      : typeof v === 'number'
        ? ['n', v]
        : typeof v === 'boolean'
          ? ['b', v]
          : ['s', v];
  if (cell.font || flags) packed.push(cell.font ?? '');
  if (flags) packed.push(flags);
  return packed;
}

function unpack(packed: PackedCell): SheetCell | undefined {
  if (!packed) return undefined;
  const [kind, raw, font, flags = 0] = packed;
  const value = kind === 'd' ? new Date(raw as number) : raw;
  return {
    value,
    ...(font ? { font } : {}),
    ...(flags & FORMULA ? { formula: true } : {}),
    ...(flags & FORMULA_WITHOUT_VALUE ? { formulaWithoutValue: true } : {}),
  };
}

const packCells = (cells: (SheetCell | undefined)[]) => Array.from(cells, pack);
const unpackCells = (cells: PackedCell[]) => cells.map(unpack);

export async function deleteStaged(db: DbOrTx, batchId: string) {
  await db.delete(importStaged).where(eq(importStaged.batchId, batchId));
}

export async function stageHeader(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
  header: StagedHeader,
) {
  const payload = JSON.stringify({
    rows: header.rows.map((r) => ({ n: r.rowNumber, c: packCells(r.cells) })),
    merges: header.merges,
  });
  await db.insert(importStaged).values({
    batchId,
    chunk: 0,
    firstRow: header.rows[0]?.rowNumber ?? 0,
    lastRow: header.rows.at(-1)?.rowNumber ?? 0,
    rows: header.rows.length,
    payloadEnc: codec.seal(payload)!,
  });
}

export async function readHeader(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
): Promise<StagedHeader | null> {
  const [row] = await db
    .select({ payloadEnc: importStaged.payloadEnc })
    .from(importStaged)
    .where(and(eq(importStaged.batchId, batchId), eq(importStaged.chunk, 0)));
  if (!row) return null;
  const parsed = JSON.parse(codec.open(row.payloadEnc)!) as {
    rows: { n: number; c: PackedCell[] }[];
    merges: MergeRange[];
  };
  return {
    rows: parsed.rows.map((r) => ({ rowNumber: r.n, cells: unpackCells(r.c) })),
    merges: parsed.merges,
  };
}

/** Collects rows and writes them a chunk (1-based numbers) at a time. */
export class StagingWriter {
  private pending: StagedRow[] = [];
  private chunk = 0;
  written = 0;

  constructor(
    private readonly db: DbOrTx,
    private readonly codec: PersonalDataCodec,
    private readonly batchId: string,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  add(row: StagedRow) {
    this.pending.push(row);
  }

  async flush() {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    const records = JSON.stringify(rows.map((r) => ({ n: r.rowNumber, r: r.record })));
    const cells = JSON.stringify(
      rows.map((r) => ({ n: r.rowNumber, h: r.hidden ? 1 : 0, c: packCells(r.cells) })),
    );
    await this.db.insert(importStaged).values({
      batchId: this.batchId,
      chunk: ++this.chunk,
      firstRow: rows[0]!.rowNumber,
      lastRow: rows.at(-1)!.rowNumber,
      rows: rows.length,
      payloadEnc: `${this.codec.seal(records)!}\n${this.codec.seal(cells)!}`,
    });
    this.written += rows.length;
  }
}

interface StagedRecordJson {
  n: number;
  r: ImportStudentRecord | null;
}
interface StagedCellsJson {
  n: number;
  h: number;
  c: PackedCell[];
}

/** The sealed payloads of a batch's chunks in order, one chunk in memory at a time. */
async function* stagedChunks(db: DbOrTx, batchId: string): AsyncGenerator<string> {
  let after = 0;
  for (;;) {
    const [row] = await db
      .select({ chunk: importStaged.chunk, payloadEnc: importStaged.payloadEnc })
      .from(importStaged)
      .where(and(eq(importStaged.batchId, batchId), gt(importStaged.chunk, after)))
      .orderBy(asc(importStaged.chunk))
      .limit(1);
    if (!row) return;
    after = row.chunk;
    releaseGarbage();
    yield row.payloadEnc;
  }
}

/** One part of a chunk's payload: 0 records, 1 cells (a one-line payload holds both). */
function openPart<T>(codec: PersonalDataCodec, payload: string, part: 0 | 1): T[] {
  const cut = payload.indexOf('\n');
  const sealed = cut < 0 ? payload : part === 0 ? payload.slice(0, cut) : payload.slice(cut + 1);
  return JSON.parse(codec.open(sealed)!) as T[];
}

/** The staged records in file order (the commit: the cells are not decrypted). */
export async function* stagedRecords(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
): AsyncGenerator<{ rowNumber: number; record: ImportStudentRecord | null }> {
  for await (const payload of stagedChunks(db, batchId))
    for (const r of openPart<StagedRecordJson>(codec, payload, 0)) yield { rowNumber: r.n, record: r.r };
}

/**
 * Staged rows as the file's rows (the error workbook: the records are not
 * decrypted). Only rows `wanted` says yes to are unpacked and yielded.
 */
export async function* stagedSheetRows(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
  wanted: (rowNumber: number) => boolean = () => true,
): AsyncGenerator<SheetRow> {
  for await (const payload of stagedChunks(db, batchId))
    for (const r of openPart<StagedCellsJson>(codec, payload, 1))
      if (wanted(r.n)) yield { rowNumber: r.n, cells: unpackCells(r.c), hidden: r.h === 1 };
}
