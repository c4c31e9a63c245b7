import { type ProvinceOptions, streamStudents, studentRowForTemplate } from '@edushield/core';
import { SingleBar } from 'cli-progress';
import ExcelJS from 'exceljs';
import { safeCell } from '../lib/upload';

export interface GenerateOptions {
  out: string;
  rows: number;
  messy: number;
  seed: string;
}

/**
 * Writes a synthetic school file in the national student layout, streamed (memory
 * stays flat at a million rows): Vietnamese names, personal ids consistent with
 * birth date and gender, guardians' phones, a plausible ethnicity mix and, with
 * `messy` > 0, values as messy as real school files (TCVN3/VNI text, serial dates,
 * old phone prefixes, labels instead of codes). For demos, tests and benchmarks.
 */
export async function generateStudentFile(options: GenerateOptions): Promise<number> {
  const perClass = 30;
  const province: ProvinceOptions = {
    seed: options.seed,
    communes: 1,
    schoolsPerCommune: 2,
    classesPerGrade: Math.max(1, Math.ceil(options.rows / (5 * perClass))),
    pupilsPerClass: perClass,
    messyShare: options.messy,
    schoolYear: '2025-2026',
    upperSecondarySchools: 0,
  };
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.out, useSharedStrings: true });
  const sheet = book.addWorksheet('C1-HocSinh');
  const bar = new SingleBar({ format: 'Tạo dữ liệu / generating [{bar}] {value}/{total}' });
  if (process.stderr.isTTY) bar.start(options.rows, 0);
  let headers: string[] | null = null;
  let written = 0;
  for (const student of streamStudents(province)) {
    const row = studentRowForTemplate(student, { messy: options.messy > 0 });
    if (!headers) {
      headers = Object.keys(row);
      sheet.addRow(headers).commit();
    }
    sheet
      .addRow(
        headers.map((h) => (typeof row[h] === 'string' ? safeCell(row[h] as string) : (row[h] ?? null))),
      )
      .commit();
    written++;
    if (process.stderr.isTTY && written % 1000 === 0) bar.update(written);
    if (written >= options.rows) break;
  }
  sheet.commit();
  await book.commit();
  if (process.stderr.isTTY) {
    bar.update(written);
    bar.stop();
  }
  return written;
}
