import type { Locale } from '@edushield/core';
import type { EntityId } from '@edushield/core/standard/entities/field';
// The same per-field rules the server and the importer apply, so the message is the same everywhere.
import { validateField } from '@edushield/core/validation/field';

export interface FieldFeedback {
  /** The standardised text to put back in the input (title-cased name, 10-digit phone …). */
  value: string;
  /** A blocking problem: the server will refuse the value. */
  error: string | null;
  /** Worth a look, but the server accepts it (an old 11-digit prefix that was converted …). */
  warning: string | null;
}

/**
 * Checks one typed value against the data standard's field (entity field
 * key, not the API name). Empty values are left to the "required" checks of
 * the form; the text shown is the shared rule's message in the UI language.
 */
export function checkField(entity: EntityId, key: string, raw: string, locale: Locale): FieldFeedback {
  const text = raw.trim();
  if (text === '') return { value: '', error: null, warning: null };
  const result = validateField(entity, key, text);
  const blocking = result.issues.find((issue) => issue.severity === 'blocking');
  const warning = result.issues.find((issue) => issue.severity === 'warning');
  const value =
    !blocking &&
    result.value !== null &&
    (typeof result.value === 'string' || typeof result.value === 'number')
      ? String(result.value)
      : text;
  return {
    value,
    error: blocking ? blocking.message[locale] : null,
    warning: warning ? warning.message[locale] : null,
  };
}

/** A 12-digit number (spaces and dots allowed): a personal id, which must never go into an address. */
export function looksLikePersonalId(text: string): boolean {
  return /^\d{12}$/.test(text.replace(/[\s.]/g, ''));
}
