import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type SchoolYear, sectorApi } from '../../api/sector';
import type { Unit } from '../../api/types';
import { useApiData } from '../../components/hooks';
import { useUnitList } from '../units/useUnits';
import { resolveScope, type SectorScope, schoolsOf } from './scope';

const STORAGE_KEY = 'edushield.sector.scope';

function remembered(): Partial<SectorScope> | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as Partial<SectorScope>) : null;
  } catch {
    return null;
  }
}

function remember(scope: SectorScope) {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(scope));
  } catch {
    // Private mode or storage full: the address still carries the choice.
  }
}

let yearsPromise: Promise<SchoolYear[]> | null = null;
/** School years are reference data: one request per page load, retried after a failure. */
function loadYears(): Promise<SchoolYear[]> {
  if (!yearsPromise) {
    yearsPromise = sectorApi
      .schoolYears()
      .then((result) => result.items)
      .catch((error: unknown) => {
        yearsPromise = null;
        throw error;
      });
  }
  return yearsPromise;
}

export interface SectorScopeValue extends SectorScope {
  units: Unit[];
  schools: Unit[];
  years: SchoolYear[];
  school: Unit | undefined;
  year: SchoolYear | undefined;
  loading: boolean;
  error: unknown;
  setSchool: (id: string) => void;
  setYear: (id: string) => void;
}

/** The school and year the sector pages work on, from the address, the session, or sensible defaults. */
export function useSectorScope(): SectorScopeValue {
  const [params, setParams] = useSearchParams();
  const units = useUnitList();
  const years = useApiData('school-years', () => loadYears());
  const schools = useMemo(() => schoolsOf(units.data ?? []), [units.data]);
  const yearList = years.data ?? [];
  const ready = Boolean(units.data && years.data);
  const requested = { schoolId: params.get('school') ?? undefined, yearId: params.get('year') ?? undefined };
  const scope = ready
    ? resolveScope(requested, remembered(), schools, yearList)
    : { schoolId: requested.schoolId ?? '', yearId: requested.yearId ?? '' };

  // Remember the choice for the session (the other sector pages start from it). The address is
  // changed only by the user's own choice: rewriting it here could race a navigation just started.
  const { schoolId, yearId } = scope;
  useEffect(() => {
    if (ready) remember({ schoolId, yearId });
  }, [ready, schoolId, yearId]);

  const change = useCallback(
    (key: 'school' | 'year', value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(key, value);
          // A new school or year starts the lists afresh.
          next.delete('page');
          next.delete('class');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    ...scope,
    units: units.data ?? [],
    schools,
    years: yearList,
    school: schools.find((s) => s.id === scope.schoolId),
    year: yearList.find((y) => y.id === scope.yearId),
    loading: !ready && (units.loading || years.loading),
    error: units.error ?? years.error,
    setSchool: (id) => change('school', id),
    setYear: (id) => change('year', id),
  };
}
