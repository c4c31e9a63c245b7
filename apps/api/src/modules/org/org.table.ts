import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Unit types are data, not code: the 2025 reform removed a level and may do so again. */
export const unitTypes = pgTable('unit_types', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/**
 * The current tree. `path` is the chain of ancestor ids ("/<root>/<child>/.../<self>/")
 * so "is X inside the subtree of Y" is a prefix test the access gate can index.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    typeCode: text('type_code')
      .notNull()
      .references(() => unitTypes.code),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    address: text('address'),
    path: text('path').notNull(),
    status: text('status', { enum: ['active', 'closed', 'merged'] })
      .notNull()
      .default('active'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_code_uq').on(t.code),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
  ],
);

/**
 * Every version of every unit, one row per interval of validity. A past period
 * reports under the versions valid on its date: "as of D" means
 * valid_from <= D and (valid_to is null or valid_to > D).
 */
export const orgUnitVersions = pgTable(
  'org_unit_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    code: text('code').notNull(),
    typeCode: text('type_code').notNull(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    address: text('address'),
    status: text('status').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    change: text('change').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_unit_versions_unit_idx').on(t.unitId, t.validFrom)],
);
