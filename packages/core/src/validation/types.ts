import type { CodeList, EntityId } from '../standard';

/**
 * Shared vocabulary of the validation rules. The web form and the importer
 * call the same functions, so a user sees the same message for the same
 * problem wherever it is found.
 */

/** 'blocking': the record cannot be saved as is. 'warning': saved, but someone should look. */
export type Severity = 'blocking' | 'warning';

export interface LocalisedText {
  readonly vi: string;
  readonly en: string;
}

/** Where a rule looks: one cell, one record, or the whole batch (and what is already stored). */
export type RuleScope = 'field' | 'record' | 'across';

export interface RuleDefinition {
  /** Stable: the UI, docs and import reports key on it. Never reuse a retired code. */
  readonly code: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** '*' for the generic per-field rules that apply to every entity. */
  readonly entity: EntityId | '*';
  /** Field keys the rule reads; empty for generic per-field rules (they apply to any field of a type). */
  readonly fields: readonly string[];
  /**
   * Message template with {param} placeholders, saying what is wrong and how
   * to fix it. Messages never echo personal values (ids, names, phones): they
   * end up in import reports and logs.
   */
  readonly message: LocalisedText;
}

/** A parameter is plain (a number, a code) or localised (a label). */
export type IssueParam = string | number | LocalisedText;
export type IssueParams = Readonly<Record<string, IssueParam>>;

/** A standardised cell value; null when empty. */
export type FieldValue = string | number | boolean | null;

/** Options for one cell. */
export interface FieldOptions {
  /** The cell's font name (".VnTime", "VNI-Times"): settles a legacy-encoding guess. */
  readonly fontHint?: string;
  /** Year two-digit years are judged against (parseDate); defaults to the current year. */
  readonly referenceYear?: number;
  /** ISO date: code-list entries not in force on this date get a warning. */
  readonly asOf?: string;
  /** Lists loaded at run time (communes: 3,321 entries are not shipped). */
  readonly codeLists?: { readonly commune?: CodeList };
}

/** A class of the school the record belongs to, for the class and age rules. */
export interface ClassRef {
  readonly classCode: string;
  readonly grade: number;
}

export interface RecordContext extends FieldOptions {
  /** '2025-2026': the start year is the year ages are counted against (Law on Education Art. 28). */
  readonly schoolYear?: string;
  /** ISO date of today, for "in the future" checks and exact ages. Pure code never reads the clock. */
  readonly today?: string;
  /** The classes of the learner's school this year. Without it the class and age rules are skipped. */
  readonly schoolClasses?: readonly ClassRef[];
  /** Student ids that have at least one guardian. Without it the guardian rule is skipped. */
  readonly guardianStudentIds?: ReadonlySet<string>;
  /** Years beyond the grade's min/max age at which a warning becomes blocking (default 2). */
  readonly ageFarMargin?: number;
}

/** Ids already stored for one school of the province. */
export interface ExistingIds {
  readonly personalIds?: Iterable<string>;
  readonly studentIds?: Iterable<string>;
}

export interface CrossRecordContext {
  /** Ids already in the database, by school id. */
  readonly existingIdsBySchool?: ReadonlyMap<string, ExistingIds>;
  /** School of rows that have no schoolId of their own (a one-school import). */
  readonly schoolId?: string;
  /** How a row is named in messages (a spreadsheet row number); default index + 1. */
  readonly rowLabel?: (index: number) => string;
}
