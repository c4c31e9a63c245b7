import type { SchoolYear } from '../../api/sector';
import type { Unit } from '../../api/types';
import { SelectField } from '../../components/Field';
import { useT } from '../../i18n';
import { UnitPicker } from '../units/UnitPicker';

/** The school picker of the sector pages: schools only, filterable when there are many. */
export function SchoolField({
  schools,
  value,
  onChange,
  allowAll,
  required,
  error,
  label,
}: {
  label?: string;
  schools: readonly Unit[];
  value: string;
  onChange: (id: string) => void;
  /** Offer "all schools" (lists that work across schools). */
  allowAll?: boolean;
  required?: boolean;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <UnitPicker
      label={label ?? t('sector.school')}
      units={schools}
      value={value}
      onChange={onChange}
      placeholder={allowAll ? t('sector.allSchools') : t('sector.chooseSchool')}
      required={required}
      error={error}
    />
  );
}

export function yearLabel(year: SchoolYear, t: ReturnType<typeof useT>): string {
  return year.isCurrent ? t('sector.yearCurrent', { code: year.code }) : year.code;
}

export function YearField({
  years,
  value,
  onChange,
  required,
}: {
  years: readonly SchoolYear[];
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
}) {
  const t = useT();
  return (
    <SelectField
      label={t('sector.year')}
      value={value}
      onChange={onChange}
      required={required}
      options={years.map((year) => ({ value: year.id, label: yearLabel(year, t) }))}
    />
  );
}
