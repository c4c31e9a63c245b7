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

/** SQL: `column` (a unit id) lies inside the scope. */
export function unitInScope(scope: Scope, column: SQLWrapper): SQL {
  if (scope.isEmpty) return sql`false`;
  const parts: SQL[] = [];
  if (scope.subtreePaths.length > 0) {
    const patterns = scope.subtreePaths.map((p) => `${escapeLike(p)}%`);
    // EXISTS by primary key: one index probe for a single row, a semi-join for many. The alias
    // is one no caller uses: `column` is often `ou.id` of the caller's own org_units, and an
    // inner `ou` would capture it (ou.id = ou.id, every unit "in scope").
    parts.push(
      sql`exists (select 1 from org_units scope_unit where scope_unit.id = ${column} and scope_unit.path like any(array[${sql.join(
        patterns.map((p) => sql`${p}`),
        sql`, `,
      )}]::text[]))`,
    );
  }
  if (scope.unitIds.length > 0) {
    parts.push(
      sql`${column} = any(array[${sql.join(
        scope.unitIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[])`,
    );
  }
  return sql`(${sql.join(parts, sql` or `)})`;
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
