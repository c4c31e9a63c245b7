/**
 * School years are written "2025-2026". The start year is the one ages are
 * counted against (Law on Education 43/2019/QH14 Art. 28, "by year").
 */
const SCHOOL_YEAR = /^(\d{4})\s*[-–/]\s*(\d{4})$/;

export function schoolYearStart(schoolYear: string): number | undefined {
  const match = SCHOOL_YEAR.exec(schoolYear.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : undefined;
}

/**
 * The 2025–26 year opened on 5 September (docs/domain-vn.md §2). Other years
 * open within a few days of it; the day only matters for exact ages.
 */
export function schoolYearOpening(startYear: number): string {
  return `${startYear}-09-05`;
}

/** Completed years of age on a day (both ISO dates). */
export function exactAge(birthIso: string, onIso: string): number {
  const years = Number(onIso.slice(0, 4)) - Number(birthIso.slice(0, 4));
  return onIso.slice(5) < birthIso.slice(5) ? years - 1 : years;
}
