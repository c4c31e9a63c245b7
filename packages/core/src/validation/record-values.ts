import type { Issue } from './issue';
import type { FieldValue } from './types';

/**
 * The values record rules may rely on: a field with a blocking issue (or no
 * value) is left out, so a bad date is reported once, as a bad date, and not
 * again as an age or personal-id mismatch.
 */
export class TrustedValues {
  private readonly values: ReadonlyMap<string, FieldValue>;

  constructor(values: Readonly<Record<string, FieldValue>>, issues: readonly Issue[]) {
    const blocked = new Set(issues.filter((i) => i.severity === 'blocking').map((i) => i.field));
    this.values = new Map(
      Object.entries(values).filter(([key, value]) => value !== null && !blocked.has(key)),
    );
  }

  text(key: string): string | undefined {
    const value = this.values.get(key);
    return typeof value === 'string' ? value : undefined;
  }

  integer(key: string): number | undefined {
    const value = this.values.get(key);
    return typeof value === 'number' ? value : undefined;
  }
}
