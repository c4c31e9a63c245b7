import { and, asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { importStaged } from '../sector.table';
import type { MergeRange, SheetCell, SheetRow } from './read.types';
import type { ImportStudentRecord } from './standardise';

/**
 * What the analysis keeps of each row so that nothing reads the file again:
 * the record to write (null when the row has a blocking problem) and the
 * row's cells as they were (for the error workbook). Rows are sealed a
 * chunk at a time, one AES-256-GCM document per chunk (the payload holds
 * personal data: ids, phones, addresses).
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
    const payload = JSON.stringify(
      rows.map((r) => ({ n: r.rowNumber, h: r.hidden ? 1 : 0, r: r.record, c: packCells(r.cells) })),
    );
    await this.db.insert(importStaged).values({
      batchId: this.batchId,
      chunk: ++this.chunk,
      firstRow: rows[0]!.rowNumber,
      lastRow: rows.at(-1)!.rowNumber,
      rows: rows.length,
      payloadEnc: this.codec.seal(payload)!,
    });
    this.written += rows.length;
  }
}

/** The staged rows in file order, one chunk in memory at a time. */
export async function* stagedRows(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
): AsyncGenerator<StagedRow> {
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
    const parsed = JSON.parse(codec.open(row.payloadEnc)!) as {
      n: number;
      h: number;
      r: ImportStudentRecord | null;
      c: PackedCell[];
    }[];
    for (const r of parsed) yield { rowNumber: r.n, hidden: r.h === 1, record: r.r, cells: unpackCells(r.c) };
  }
}

/** Staged rows as the file's rows (for the error workbook). */
export async function* stagedSheetRows(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchId: string,
): AsyncGenerator<SheetRow> {
  for await (const r of stagedRows(db, codec, batchId))
    yield { rowNumber: r.rowNumber, cells: r.cells, hidden: r.hidden };
}
