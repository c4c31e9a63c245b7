import type { Locale } from '@edushield/core';
import ExcelJS from 'exceljs';
import { safeCell } from '../../lib/upload';
import type { DashboardView, Figures, TablesView } from './dashboard.schemas';

type Cell = string | number | null;

const T = {
  vi: {
    summary: 'Tổng hợp',
    chase: 'Đơn vị chưa nộp',
    unit: 'Đơn vị',
    code: 'Mã',
    parent: 'Thuộc',
    expected: 'Phải báo cáo',
    submitted: 'Đã nộp',
    onTime: 'Đúng hạn',
    late: 'Chậm hạn',
    returned: 'Bị trả lại',
    approved: 'Đã duyệt',
    completeness: 'Đầy đủ (%)',
    issues: 'Lỗi dữ liệu chưa xử lý',
    state: 'Trạng thái',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    contacts: 'Người liên hệ',
    value: 'Số lượng',
    total: 'Tổng',
    yes: 'Có',
    no: 'Không',
    period: 'Kỳ báo cáo',
    states: {
      not_submitted: 'Chưa nộp',
      returned: 'Bị trả lại',
      submitted: 'Đã nộp',
      approved: 'Đã duyệt',
      accepted: 'Đã tiếp nhận',
    } as Record<string, string>,
  },
  en: {
    summary: 'Summary',
    chase: 'Not submitted',
    unit: 'Unit',
    code: 'Code',
    parent: 'Under',
    expected: 'Must report',
    submitted: 'Submitted',
    onTime: 'On time',
    late: 'Late',
    returned: 'Returned',
    approved: 'Approved',
    completeness: 'Complete (%)',
    issues: 'Open data issues',
    state: 'State',
    phone: 'Phone',
    email: 'E-mail',
    contacts: 'Contacts',
    value: 'Count',
    total: 'Total',
    yes: 'Yes',
    no: 'No',
    period: 'Period',
    states: {
      not_submitted: 'Not submitted',
      returned: 'Returned',
      submitted: 'Submitted',
      approved: 'Approved',
      accepted: 'Accepted',
    } as Record<string, string>,
  },
};

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28);
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  taken: Set<string>,
  name: string,
  header: string[],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(sheetName(name, taken));
  sheet.addRow(header.map(safeCell)).font = { bold: true };
  // Text passes through safeCell (formula injection, security test 13); counts stay numbers.
  for (const row of rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? safeCell(c) : c)));
  header.forEach((_, i) => {
    sheet.getColumn(i + 1).width = i === 0 ? 40 : 16;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const percent = (f: Figures) => (f.completeness === null ? null : Math.round(f.completeness * 1000) / 10);

/** The dashboard as a workbook: the rolled-up rows, the chase list and one sheet per standard table. */
export async function dashboardWorkbook(
  view: DashboardView,
  tables: TablesView,
  locale: Locale,
): Promise<Buffer> {
  const t = T[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EduShield';
  workbook.title = safeCell(`${view.period.name} — ${view.node.name}`);
  const taken = new Set<string>();

  const figureCells = (f: Figures): Cell[] => [
    f.expected,
    f.submitted,
    f.onTime,
    f.late,
    f.returned,
    f.approved,
    percent(f),
    f.openIssues,
  ];
  addSheet(
    workbook,
    taken,
    t.summary,
    [t.unit, t.expected, t.submitted, t.onTime, t.late, t.returned, t.approved, t.completeness, t.issues],
    [
      [`${view.node.name} (${t.total})`, ...figureCells(view.node.figures)],
      ...view.children.map((c) => [c.name, ...figureCells(c.figures)]),
      [],
      [`${t.period}: ${view.period.name}`],
    ],
  );

  addSheet(
    workbook,
    taken,
    t.chase,
    [t.unit, t.code, t.parent, t.state, t.late, t.phone, t.email, t.contacts],
    view.chase.map((c) => [
      c.name,
      c.code,
      c.parentName,
      t.states[c.state] ?? c.state,
      c.late ? t.yes : t.no,
      c.phone,
      c.email,
      c.contacts.map((p) => (p.email ? `${p.name} <${p.email}>` : p.name)).join('; '),
    ]),
  );

  for (const table of tables.tables) {
    const header = table.dim2Title ? [table.dim1Title, table.dim2Title, t.value] : [table.dim1Title, t.value];
    const rows: Cell[][] = table.rows.map((r) =>
      table.dim2Title ? [r.label1, r.label2, r.value] : [r.label1, r.value],
    );
    rows.push(table.dim2Title ? [t.total, null, table.total] : [t.total, table.total]);
    addSheet(workbook, taken, table.title, header, rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
