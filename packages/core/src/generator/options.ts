import { PROVINCES } from '../standard';
import { schoolYearStart } from '../validation';
import { NORTHERN_MOUNTAIN_ETHNICITIES } from './population-data';
import type { ProvinceOptions } from './types';

/** Synthetic commune codes are 00100 + 10·i, so 9,000 fit in 5 digits (the country has 3,321). */
const MAX_COMMUNES = 9_000;

export interface ResolvedOptions extends ProvinceOptions {
  readonly provinceCode: string;
  readonly startYear: number;
  readonly asOf: string;
  readonly ethnicityWeights: Readonly<Record<string, number>>;
}

/** Options with their defaults, checked: a bad option is a programming error (RangeError). */
export function resolveOptions(options: ProvinceOptions): ResolvedOptions {
  const startYear = schoolYearStart(options.schoolYear);
  if (startYear === undefined)
    throw new RangeError(`School year must look like 2025-2026: ${options.schoolYear}`);
  if (!(options.messyShare >= 0 && options.messyShare <= 1))
    throw new RangeError('messyShare must be in 0..1');
  for (const key of ['communes', 'schoolsPerCommune', 'classesPerGrade', 'pupilsPerClass'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0)
      throw new RangeError(`${key} must be a whole number ≥ 0`);
  }
  if (options.communes > MAX_COMMUNES) throw new RangeError(`At most ${MAX_COMMUNES} communes`);
  const provinceCode = options.provinceCode ?? '08';
  if (!PROVINCES.entries.some((e) => e.code === provinceCode))
    throw new RangeError(`Unknown province ${provinceCode}`);
  return {
    ...options,
    provinceCode,
    startYear,
    // Mid-year, after semester I (docs/domain-vn.md §2: it ends before 18/1).
    asOf: options.asOf ?? `${startYear + 1}-01-15`,
    ethnicityWeights: options.ethnicityWeights ?? NORTHERN_MOUNTAIN_ETHNICITIES,
  };
}
