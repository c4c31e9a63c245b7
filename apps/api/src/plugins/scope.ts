import { type Permission, roleByCode, roleHasPermission } from '@edushield/core';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { escapeLike } from '../db/fold';
import type { Actor } from './access.types';

/**
 * The org units in which an actor holds one permission: whole subtrees (by
 * path prefix) plus single units. Repositories put it in their WHERE clause
 * with `unitInScope`; nothing unit-owned is read or written without one.
 */
export class Scope {
  constructor(
    readonly permission: Permission,
    readonly subtreePaths: readonly string[],
    readonly unitIds: readonly string[],
  ) {}

  static of(actor: Actor, permission: Permission): Scope {
    const subtreePaths: string[] = [];
    const unitIds: string[] = [];
    for (const a of actor.assignments) {
      if (!roleHasPermission(a.roleCode, permission)) continue;
      if (a.scope === 'subtree') subtreePaths.push(a.unitPath);
      else unitIds.push(a.unitId);
    }
    return new Scope(permission, subtreePaths, unitIds);
  }

  get isEmpty(): boolean {
    return this.subtreePaths.length === 0 && this.unitIds.length === 0;
  }

  contains(unit: { id: string; path: string }): boolean {
    return this.unitIds.includes(unit.id) || this.subtreePaths.some((p) => unit.path.startsWith(p));
  }
}

/** SQL: `path` lies in one of the scope's subtrees. */
const inSubtrees = (scope: Scope, path: SQLWrapper) =>
  sql`${path} like any(array[${sql.join(
    scope.subtreePaths.map((p) => sql`${`${escapeLike(p)}%`}`),
    sql`, `,
  )}]::text[])`;

/** SQL: `id` is one of the scope's single units. */
const inUnits = (scope: Scope, id: SQLWrapper) =>
  sql`${id} = any(array[${sql.join(
    scope.unitIds.map((u) => sql`${u}`),
    sql`, `,
  )}]::uuid[])`;

function either(scope: Scope, subtrees: () => SQL, units: () => SQL): SQL {
  if (scope.isEmpty) return sql`false`;
  const parts: SQL[] = [];
  if (scope.subtreePaths.length > 0) parts.push(subtrees());
  if (scope.unitIds.length > 0) parts.push(units());
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** SQL: `column` (a unit id) lies inside the scope. */
export function unitInScope(scope: Scope, column: SQLWrapper): SQL {
  // EXISTS by primary key: one index probe for a single row, a semi-join for many. The alias
  // is one no caller uses: `column` is often `ou.id` of the caller's own org_units, and an
  // inner `ou` would capture it (ou.id = ou.id, every unit "in scope").
  return either(
    scope,
    () =>
      sql`exists (select 1 from org_units scope_unit where scope_unit.id = ${column} and ${inSubtrees(scope, sql`scope_unit.path`)})`,
    () => inUnits(scope, column),
  );
}

/**
 * SQL: the unit whose path in today's tree is `path` and whose id is `id`
 * lies inside the scope: `unitInScope` without the lookup, for tables that
 * keep the unit's current path (period_units.current_path, kept by triggers).
 */
export function pathInScope(scope: Scope, path: SQLWrapper, id: SQLWrapper): SQL {
  return either(
    scope,
    () => inSubtrees(scope, path),
    () => inUnits(scope, id),
  );
}

/**
 * The highest role rank an actor holds over a unit for a permission: the
 * ceiling of what they may grant there ("at or below their own role").
 */
export function highestRankOver(
  actor: Actor,
  permission: Permission,
  unit: { id: string; path: string },
): number {
  let best = 0;
  for (const a of actor.assignments) {
    if (!roleHasPermission(a.roleCode, permission)) continue;
    const covers = a.scope === 'subtree' ? unit.path.startsWith(a.unitPath) : a.unitId === unit.id;
    if (covers) best = Math.max(best, roleByCode(a.roleCode)?.rank ?? 0);
  }
  return best;
}
