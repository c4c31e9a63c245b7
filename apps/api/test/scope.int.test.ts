import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { Scope, unitInScope } from '../src/plugins/scope';
import { createTestContext, describeEachDb, type SeededUnit, seedUnit, type TestContext } from './helpers';

/**
 * The gate's SQL filter keeps only units inside the scope, whatever the
 * caller names its own columns — including an `org_units` aliased like the
 * filter's own lookup once was (`ou`), which made every unit "in scope".
 */
describeEachDb('unitInScope', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let communeA: SeededUnit;
  let schoolA: SeededUnit;
  let schoolB: SeededUnit;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department' });
    communeA = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    schoolA = await seedUnit(ctx.db, { parent: communeA, typeCode: 'school' });
    const communeB = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    schoolB = await seedUnit(ctx.db, { parent: communeB, typeCode: 'school' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const ids = [() => root, () => communeA, () => schoolA, () => schoolB];
  const inScope = async (scope: Scope, alias: string) => {
    const column = sql.raw(`${alias}.id`);
    const rows = await query<{ id: string }>(
      ctx.db,
      sql`select ${column} as id from org_units ${sql.raw(alias)}
           where ${column} = any(array[${sql.join(
             ids.map((u) => sql`${u().id}`),
             sql`, `,
           )}]::uuid[]) and ${unitInScope(scope, column)}`,
    );
    return rows.map((r) => r.id).sort();
  };

  it('keeps a subtree and nothing else, under any alias of the caller', async () => {
    const subtree = new Scope('sector.read', [communeA.path], []);
    for (const alias of ['ou', 'o', 'scope_unit_outer', 'org_units']) {
      expect(await inScope(subtree, alias), alias).toEqual([communeA.id, schoolA.id].sort());
    }
  });

  it('keeps a single unit for a unit-only assignment, not its children', async () => {
    const single = new Scope('sector.read', [], [communeA.id]);
    expect(await inScope(single, 'ou')).toEqual([communeA.id]);
  });

  it('keeps nothing for an empty scope', async () => {
    expect(await inScope(new Scope('sector.read', [], []), 'ou')).toEqual([]);
  });
});
