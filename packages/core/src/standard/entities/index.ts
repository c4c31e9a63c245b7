import { CLASS } from './class';
import type { EntityId, EntitySpec, FieldSpec } from './field';
import { GUARDIAN } from './guardian';
import { SATELLITE_SITE } from './satellite-site';
import { SCHOOL } from './school';
import { STAFF } from './staff';
import { STUDENT } from './student';

export type { EntityId, EntitySpec, FieldSpec, FieldType } from './field';

export const ENTITIES: Readonly<Record<EntityId, EntitySpec>> = {
  school: SCHOOL,
  satelliteSite: SATELLITE_SITE,
  class: CLASS,
  staff: STAFF,
  student: STUDENT,
  guardian: GUARDIAN,
};

export function getField(entityId: EntityId, key: string): FieldSpec | undefined {
  return ENTITIES[entityId].fields.find((f) => f.key === key);
}

function headerKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/**
 * The field a spreadsheet column belongs to, by its export header or a known
 * alias. Headers arrive in NFC or NFD and with stray spaces; pass the text
 * normalisers' key function for tone-placement-insensitive matching.
 */
export function fieldForHeader(
  entityId: EntityId,
  header: string,
  key: (value: string) => string = headerKey,
): FieldSpec | undefined {
  const wanted = key(header);
  if (wanted === '') return undefined;
  return ENTITIES[entityId].fields.find((f) =>
    [f.exportHeaderVi, ...(f.headerAliases ?? [])].some((h) => key(h) === wanted),
  );
}

/** Fields to encrypt at rest. */
export function personalFields(entityId: EntityId): FieldSpec[] {
  return ENTITIES[entityId].fields.filter((f) => f.personal === true);
}

/** Fields that hold sensitive personal data. */
export function sensitiveFields(entityId: EntityId): FieldSpec[] {
  return ENTITIES[entityId].fields.filter((f) => f.sensitive === true);
}
