import {
  generateStructure,
  type ProvinceOptions,
  streamStudents,
  studentRowForTemplate,
} from '@edushield/core';
import ExcelJS from 'exceljs';

/**
 * The bench's student file, shared by import.bench.ts and its writer child
 * process: `node --import tsx apps/api/bench/import-file.ts <file> <rows>`
 * writes it, so the writer's memory (exceljs keeps every shared string)
 * never counts in the importer's peak RSS.
 */
const PUPILS_PER_CLASS = 40;
const GRADES = 5; // the primary school (TH) comes first in the generator's order, grades 1–5

export const optionsFor = (rows: number): ProvinceOptions => ({
  seed: 'bench-import',
  communes: 1,
  schoolsPerCommune: 2, // MN (no pupils), TH
  classesPerGrade: Math.ceil(rows / (GRADES * PUPILS_PER_CLASS)),
  pupilsPerClass: PUPILS_PER_CLASS,
  messyShare: 0,
  schoolYear: '2025-2026',
  upperSecondarySchools: 0,
});

/** The school, its classes and the file's headers (cheap: no pupil beyond the first is generated). */
export function benchSchool(rows: number) {
  const options = optionsFor(rows);
  const structure = generateStructure(options);
  const school = structure.schools.find((s) => s.schoolLevel === 'TH');
  if (!school) throw new Error('generator gave no primary school');
  const schoolClasses = structure.classes.filter((c) => c.schoolId === school.schoolId);
  let headers: string[] | null = null;
  for (const student of streamStudents(options, structure)) {
    if (student.record.schoolId !== school.schoolId) continue;
    headers = Object.keys(studentRowForTemplate(student));
    break;
  }
  if (!headers) throw new Error('generator gave no pupil');
  return { options, structure, school, schoolClasses, headers };
}

/** The school file: exceljs's streaming writer, shared strings as Excel writes them. */
export async function writeWorkbook(file: string, rows: number) {
  const { options, structure, school, headers } = benchSchool(rows);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  });
  const ws = wb.addWorksheet('C1-HocSinh');
  ws.addRow(headers).commit();
  let n = 0;
  for (const student of streamStudents(options, structure)) {
    if (student.record.schoolId !== school.schoolId) continue;
    const row = studentRowForTemplate(student);
    ws.addRow(headers.map((h) => row[h] ?? null)).commit();
    if (++n >= rows) break;
  }
  if (n < rows) throw new Error(`generator gave ${n} rows, wanted ${rows}`);
  ws.commit();
  await wb.commit();
}

if (process.argv[1]?.endsWith('import-file.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file || !rows) {
    console.error('usage: import-file.ts <file> <rows>');
    process.exit(2);
  }
  await writeWorkbook(file, Number(rows));
}
