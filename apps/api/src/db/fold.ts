import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * Accent- and case-insensitive matching of Vietnamese text in SQL, the same
 * on PGlite and PostgreSQL (no unaccent extension needed): translate() maps
 * every precomposed Vietnamese letter to its base letter.
 */
const FROM =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ' +
  'ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
const TO =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd' +
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

export function foldSql(column: SQLWrapper): SQL {
  return sql`lower(translate(${column}, ${FROM}, ${TO}))`;
}

/** The same folding in JavaScript, for the search term (NFD input is composed first). */
export function foldText(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC')) {
    const i = FROM.indexOf(ch);
    out += i >= 0 ? TO[i] : ch;
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Escapes LIKE wildcards so user text and stored paths match literally. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export const likePattern = (value: string) => `%${escapeLike(value)}%`;
