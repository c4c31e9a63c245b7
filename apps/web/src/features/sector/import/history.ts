/**
 * The imports started in this browser session, so a user who leaves the
 * wizard can come back to a batch. The API offers no list of a school's
 * batches (only GET /api/imports/:id), so this is not the school's history:
 * the page says so.
 */
export interface RecentImport {
  id: string;
  unitId: string;
  schoolYearId: string;
  filename: string;
  startedAt: string;
}

const KEY = 'edushield.sector.imports';
const LIMIT = 10;

export function recentImports(unitId?: string): RecentImport[] {
  try {
    const list = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]') as RecentImport[];
    if (!Array.isArray(list)) return [];
    return list.filter((item) => item && typeof item.id === 'string' && (!unitId || item.unitId === unitId));
  } catch {
    return [];
  }
}

export function rememberImport(item: RecentImport): void {
  try {
    const list = [item, ...recentImports().filter((other) => other.id !== item.id)].slice(0, LIMIT);
    window.sessionStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage unavailable: the batch's address still works.
  }
}
