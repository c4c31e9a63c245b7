import type { SchoolYear } from '../../api/sector';
import type { Unit } from '../../api/types';

/**
 * Which school and school year the sector pages show. Both travel in the
 * address (?school=…&year=…) so a view can be reloaded and shared; the last
 * choice is remembered for the session so moving between the sub-pages keeps it.
 */
export interface SectorScope {
  schoolId: string;
  yearId: string;
}

/** Active schools among the units the caller may see, by name. */
export function schoolsOf(units: readonly Unit[]): Unit[] {
  return units
    .filter((unit) => unit.typeCode === 'school' && unit.status === 'active')
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Satellite sites (điểm trường) of a school. */
export function sitesOf(units: readonly Unit[], schoolId: string): Unit[] {
  return units.filter(
    (unit) => unit.typeCode === 'satellite' && unit.parentId === schoolId && unit.status === 'active',
  );
}

/** The year marked current, else the newest (the API lists newest first). */
export function defaultYear(years: readonly SchoolYear[]): SchoolYear | undefined {
  return years.find((year) => year.isCurrent) ?? years[0];
}

/**
 * The address wins, then what was chosen earlier in this session, then the
 * only school the caller has (a school clerk) and the current year. An id
 * that is not among the choices (a stale link) is dropped.
 */
export function resolveScope(
  requested: Partial<SectorScope>,
  remembered: Partial<SectorScope> | null,
  schools: readonly Pick<Unit, 'id'>[],
  years: readonly SchoolYear[],
): SectorScope {
  const schoolKnown = (id: string | undefined) => Boolean(id && schools.some((s) => s.id === id));
  const yearKnown = (id: string | undefined) => Boolean(id && years.some((y) => y.id === id));
  let schoolId = '';
  // An empty choice in the address is deliberate: "every school I may see".
  if (requested.schoolId === '') schoolId = '';
  else if (schoolKnown(requested.schoolId)) schoolId = requested.schoolId!;
  else if (schoolKnown(remembered?.schoolId)) schoolId = remembered!.schoolId!;
  else if (schools.length === 1) schoolId = schools[0]!.id;
  let yearId = '';
  if (yearKnown(requested.yearId)) yearId = requested.yearId!;
  else if (yearKnown(remembered?.yearId)) yearId = remembered!.yearId!;
  else yearId = defaultYear(years)?.id ?? '';
  return { schoolId, yearId };
}

/** "?school=…&year=…" for links between the sector pages. */
export function scopeSearch(scope: Partial<SectorScope>): string {
  const params = new URLSearchParams();
  if (scope.schoolId) params.set('school', scope.schoolId);
  if (scope.yearId) params.set('year', scope.yearId);
  const text = params.toString();
  return text ? `?${text}` : '';
}
