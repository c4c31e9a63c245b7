import type { RoleInfo, Unit, UnitType } from '../../api/types';
import { unitsApi } from '../../api/units';
import { usersApi } from '../../api/users';
import { useApiData } from '../../components/hooks';

/** Reference lists change rarely: one request per page load, retried after a failure. */
function cached<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    if (!promise) {
      promise = load().catch((error: unknown) => {
        promise = null;
        throw error;
      });
    }
    return promise;
  };
}

const loadTypes = cached(() => unitsApi.types());
const loadRoles = cached(() => usersApi.roles());

export function useUnitTypes() {
  return useApiData<UnitType[]>('unit-types', () => loadTypes());
}

export function useRoles() {
  return useApiData<RoleInfo[]>('roles', () => loadRoles());
}

/** Every unit the caller may see (the tree is built in the browser). */
export function useUnitList(options: { includeClosed?: boolean; asOf?: string } = {}, enabled = true) {
  const key = enabled ? `units|${options.includeClosed ? 1 : 0}|${options.asOf ?? ''}` : null;
  return useApiData<Unit[]>(key, async (signal) => {
    const result = await unitsApi.list({ includeClosed: options.includeClosed, asOf: options.asOf }, signal);
    return result.items;
  });
}
