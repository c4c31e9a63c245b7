import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { releaseGarbage } from '../../../lib/memory';
import { safeCell } from '../../../lib/upload';
import type { importFindings } from '../sector.table';
import type { ImportPlan } from './plan';
import type { SheetCell, SheetRow } from './read.types';
import type { StagedHeader } from './staging';

/**
 * The workbook a clerk downloads to fix their file: the header as it was,
 * then every row that has a problem, its original values in their original
 * columns, bad cells filled red (blocking) or yellow (warning) with a note
 * explaining each problem in Vietnamese, and two extra columns, "Dòng gốc"
 * (the row in the uploaded file) and "Lỗi" (every problem of the row).
 * Written as a stream; every text cell goes through safeCell.
 */
type Finding = typeof importFindings.$inferSelect;

export const ERRORS_SHEET = 'Loi nhap';
const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';
const FINDINGS_WINDOW = 5_000;

export interface ErrorWorkbookInput {
  /** The header rows as they were, with their merged ranges. */
  header: StagedHeader;
  /** The data rows in file order (the analysis's staged copy: the file is not read again). */
  rows: AsyncIterable<SheetRow>;
  plan: ImportPlan;
  /** Issue findings of rows from..to, in row order. */
  findings: (fromRow: number, toRow: number) => Promise<Finding[]>;
  out: Writable;
}

function outputValue(cell: SheetCell | undefined): ExcelJS.CellValue {
  if (!cell || cell.formulaWithoutValue) return null;
  return typeof cell.value === 'string' ? safeCell(cell.value) : cell.value;
}

function styleCell(target: ExcelJS.Cell, source: SheetCell | undefined) {
  if (source?.value instanceof Date) target.numFmt = 'dd/mm/yyyy';
  // Legacy text only reads right in its own font.
  if (source?.font && /^(\.vn|vni[-\s])/i.test(source.font)) target.font = { name: source.font };
}

export async function writeErrorWorkbook(input: ErrorWorkbookInput): Promise<number> {
  const { header, plan } = input;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: input.out,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(ERRORS_SHEET);
  const columnByLabel = new Map(plan.columns.map((c) => [c.label, c.index]));
  const headerRows = [...plan.headerRows].sort((a, b) => a - b);
  const width = Math.max(...plan.columns.map((c) => c.index + 1), ...plan.ignored.map((c) => c.index + 1));
  const rowColumn = width + 1;
  const errorColumn = width + 2;

  // Header rows, as they were, with their merged ranges.
  const headerCells = new Map(header.rows.map((r) => [r.rowNumber, r.cells]));
  headerRows.forEach((rowNumber, i) => {
    const cells = headerCells.get(rowNumber) ?? [];
    const out = worksheet.getRow(i + 1);
    for (let c = 0; c < width; c++) {
      const cell = out.getCell(c + 1);
      cell.value = outputValue(cells[c]);
      styleCell(cell, cells[c]);
    }
    if (i === 0) {
      out.getCell(rowColumn).value = 'Dòng gốc';
      out.getCell(errorColumn).value = 'Lỗi';
    }
    out.font = { bold: true };
  });
  const outputRowOf = new Map(headerRows.map((r, i) => [r, i + 1]));
  for (const m of header.merges) {
    const top = outputRowOf.get(m.top);
    const bottom = outputRowOf.get(m.bottom);
    if (top !== undefined && bottom !== undefined && m.right < width)
      worksheet.mergeCells(top, m.left + 1, bottom, m.right + 1);
  }
  if (headerRows.length > 1) worksheet.mergeCells(1, rowColumn, headerRows.length, rowColumn);
  if (headerRows.length > 1) worksheet.mergeCells(1, errorColumn, headerRows.length, errorColumn);
  for (let i = 1; i <= headerRows.length; i++) worksheet.getRow(i).commit();
  worksheet.getColumn(errorColumn).width = 80;

  let windowEnd = 0;
  let window = new Map<number, Finding[]>();
  let written = 0;
  let next = headerRows.length + 1;
  for await (const row of input.rows) {
    if (row.rowNumber > windowEnd) {
      windowEnd = row.rowNumber + FINDINGS_WINDOW - 1;
      window = new Map();
      releaseGarbage();
      for (const f of await input.findings(row.rowNumber, windowEnd)) {
        const list = window.get(f.rowNumber);
        if (list) list.push(f);
        else window.set(f.rowNumber, [f]);
      }
    }
    const findings = window.get(row.rowNumber);
    if (!findings) continue;
    const out = worksheet.getRow(next++);
    for (let c = 0; c < width; c++) {
      const cell = out.getCell(c + 1);
      cell.value = outputValue(row.cells[c]);
      styleCell(cell, row.cells[c]);
    }
    const byColumn = new Map<number, Finding[]>();
    for (const f of findings) {
      const index = f.column === null ? undefined : columnByLabel.get(f.column);
      if (index === undefined) continue;
      byColumn.set(index, [...(byColumn.get(index) ?? []), f]);
    }
    for (const [index, list] of byColumn) {
      const cell = out.getCell(index + 1);
      const blocking = list.some((f) => f.severity === 'blocking');
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: blocking ? RED : YELLOW } };
      cell.note = list.map((f) => f.messageVi ?? '').join('\n');
    }
    out.getCell(rowColumn).value = row.rowNumber;
    out.getCell(errorColumn).value = safeCell(
      findings
        .map(
          (f) =>
            `${f.severity === 'blocking' ? 'Lỗi' : 'Cảnh báo'}${f.column ? ` [${f.column}]` : ''}: ${f.messageVi ?? ''}`,
        )
        .join('\n'),
    );
    out.getCell(errorColumn).alignment = { wrapText: true, vertical: 'top' };
    out.commit();
    written++;
  }
  await worksheet.commit();
  await workbook.commit();
  return written;
}
