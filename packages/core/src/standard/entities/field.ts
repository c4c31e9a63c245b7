import type { CodeListRef } from '../code-list';

/**
 * Declarative description of the entities and fields of the education data
 * standard (Circular 42/2021/TT-BGDĐT; field types and lengths of Decision
 * 4998/QĐ-BGDĐT (?)). Importers, exports, forms and the storage layer read
 * these descriptions instead of hard-coding columns, so a new template
 * version is a data change.
 */
export type FieldType = 'string' | 'date' | 'code' | 'integer' | 'boolean' | 'phone' | 'email' | 'personalId';

export interface FieldSpec {
  readonly key: string;
  readonly labelVi: string;
  readonly labelEn: string;
  readonly type: FieldType;
  /** Characters (not bytes or UTF-16 units). */
  readonly maxLength?: number;
  readonly required: boolean;
  /** Only for type 'code'. */
  readonly codeList?: CodeListRef;
  /**
   * Sensitive personal data (ethnic origin, religion, health, disability):
   * Decree 13/2023/NĐ-CP Art. 2(4), Law 91/2025/QH15. Needs a stated
   * purpose, tighter access and an audit trail on every read.
   */
  readonly sensitive?: boolean;
  /** Identifies or reaches a person (ids, phones, e-mails, addresses): encrypted at rest. */
  readonly personal?: boolean;
  /** Column header of the national export. */
  readonly exportHeaderVi: string;
  /** Other headers found in real files for the same column. */
  readonly headerAliases?: readonly string[];
}

export type EntityId = 'school' | 'satelliteSite' | 'class' | 'staff' | 'student' | 'guardian';

export interface EntitySpec {
  readonly id: EntityId;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Key of the field that identifies a record (mã định danh, TT42 Art. 10). */
  readonly identifier: string;
  readonly fields: readonly FieldSpec[];
}
