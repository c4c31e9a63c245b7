import { useMemo, useState } from 'react';
import type { Unit } from '../../api/types';
import { SelectField, type SelectOption, TextField } from '../../components/Field';
import { useT } from '../../i18n';
import { buildTree, filterTree, flattenTree } from './tree';

const INDENT = '\u00a0\u00a0\u00a0';
const FILTER_THRESHOLD = 12;

/** Options for a <select> of units, indented by level, optionally filtered by a search. */
export function unitOptions(
  units: readonly Unit[],
  query: string,
  exclude?: ReadonlySet<string>,
): SelectOption[] {
  const roots = buildTree(units);
  const filter = query.trim() ? filterTree(roots, query) : null;
  return flattenTree(roots)
    .filter((node) => !filter || filter.visible.has(node.unit.id))
    .map((node) => ({
      value: node.unit.id,
      label: `${INDENT.repeat(node.depth)}${node.unit.name} (${node.unit.code})`,
      disabled: exclude?.has(node.unit.id) ?? false,
    }));
}

/**
 * Chooses one unit from those the user may see. With many units a filter box
 * narrows the list (accent-insensitive, like the tree).
 */
export function UnitPicker({
  label,
  units,
  value,
  onChange,
  placeholder,
  exclude,
  error,
  required,
  hint,
}: {
  label: string;
  units: readonly Unit[];
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
  exclude?: ReadonlySet<string>;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const list = unitOptions(units, query, exclude);
    // Keep the current choice visible while filtering.
    if (value && !list.some((option) => option.value === value)) {
      const current = units.find((unit) => unit.id === value);
      if (current) list.unshift({ value: current.id, label: `${current.name} (${current.code})` });
    }
    return list;
  }, [units, query, exclude, value]);

  const select = (selectLabel: string, labelClass?: string) => (
    <SelectField
      label={selectLabel}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={placeholder ?? t('unitPicker.choose')}
      error={error}
      required={labelClass ? undefined : required}
      aria-required={required || undefined}
      hint={labelClass ? undefined : hint}
      fieldClassName={labelClass}
    />
  );

  // Few units: a plain select. Many: a group with a filter box above the list.
  if (units.length <= FILTER_THRESHOLD) return select(label);
  return (
    <fieldset className={`unit-picker${error ? ' field--invalid' : ''}`}>
      <legend className="field__label unit-picker__legend">
        {label}
        {required && (
          <span aria-hidden="true" className="field__required">
            {' '}
            *
          </span>
        )}
      </legend>
      {hint && <p className="field__hint">{hint}</p>}
      <TextField
        label={t('unitPicker.filter')}
        value={query}
        onChange={setQuery}
        type="search"
        autoComplete="off"
        placeholder={t('unitPicker.filterPlaceholder')}
        fieldClassName="unit-picker__sub"
      />
      {select(t('unitPicker.select'), 'unit-picker__sub')}
    </fieldset>
  );
}
