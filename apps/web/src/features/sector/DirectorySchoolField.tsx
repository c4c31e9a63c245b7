import { useState } from 'react';
import { api } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import { useApiData, useDebounced } from '../../components/hooks';
import { useT } from '../../i18n';

/** A school of the province's directory: what its signboard says, nothing more. */
export interface DirectorySchool {
  id: string;
  code: string;
  schoolCode: string | null;
  name: string;
  commune: string | null;
}

export const schoolDirectory = (q: string, signal?: AbortSignal) =>
  api<{ items: DirectorySchool[] }>('/api/schools/directory', { signal, query: { q, limit: 20 } });

/**
 * The destination of a transfer: any active school of the province, found
 * by name or code (accents optional), even outside the caller's own scope.
 */
export function DirectorySchoolField({
  label,
  excludeId,
  value,
  onChange,
  required,
  error,
}: {
  label: string;
  /** The pupil's own school. */
  excludeId: string;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string | undefined;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 300);
  const found = useApiData(`school-directory|${settled}`, (signal) => schoolDirectory(settled, signal));
  const options = (found.data?.items ?? [])
    .filter((school) => school.id !== excludeId)
    .map((school) => ({
      value: school.id,
      label: school.commune ? `${school.name} (${school.commune})` : school.name,
    }));
  return (
    <>
      <TextField
        label={t('action.searchSchool')}
        type="search"
        value={query}
        onChange={setQuery}
        placeholder={t('action.searchSchoolPlaceholder')}
        autoComplete="off"
      />
      <SelectField
        label={label}
        value={value}
        onChange={onChange}
        placeholder={found.loading && !found.data ? t('action.searchingSchools') : t('sector.chooseSchool')}
        options={options}
        required={required}
        error={error ?? (found.error instanceof Error ? found.error.message : undefined)}
      />
    </>
  );
}
