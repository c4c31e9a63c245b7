import { sectorApi } from '../../api/sector';
import { useApiData } from '../../components/hooks';

/** Classes of a school in a year (every page of them: a school has at most a few hundred). */
export function useClasses(schoolId: string, yearId: string, reloadToken = 0) {
  const key = schoolId && yearId ? `classes|${schoolId}|${yearId}|${reloadToken}` : null;
  return useApiData(key, async (signal) => {
    const result = await sectorApi.classes({ unitId: schoolId, schoolYearId: yearId }, signal);
    return result.items;
  });
}

/** Working staff of a school, for homeroom pickers. */
export function useWorkingStaff(schoolId: string) {
  return useApiData(schoolId ? `staff-working|${schoolId}` : null, async (signal) => {
    const result = await sectorApi.staff(
      { unitId: schoolId, status: 'working', page: 1, pageSize: 200 },
      signal,
    );
    return result.items;
  });
}
