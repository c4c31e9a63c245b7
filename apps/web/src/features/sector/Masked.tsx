import type { ReactNode } from 'react';
import type { Masking } from '../../api/sector';
import { useT } from '../../i18n';

/** A small padlock drawn with SVG (no inline styles: the CSP forbids them). */
export function LockIcon() {
  return (
    <svg
      className="lock-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** What a withheld field shows: dots and a lock, with the reason as a tooltip and for screen readers. */
export function MaskedValue() {
  const t = useT();
  return (
    <span className="masked" title={t('sector.masked')}>
      <LockIcon />
      <span aria-hidden="true">••••</span>
      <span className="visually-hidden">{t('sector.masked')}</span>
    </span>
  );
}

export function isMasked(record: Masking, field: string): boolean {
  return record.masked.includes(field);
}

/**
 * A personal field as text: masked when the server withheld it, a dash when
 * empty. Server values are rendered as text only.
 */
export function Personal({
  record,
  field,
  value,
  format,
}: {
  record: Masking;
  field: string;
  value: string | null | undefined;
  format?: (value: string) => ReactNode;
}) {
  if (isMasked(record, field)) return <MaskedValue />;
  if (value === null || value === undefined || value === '') return <>—</>;
  return <>{format ? format(value) : value}</>;
}

/** The one-line explanation shown above a list where anything is masked. */
export function MaskedNote({ records }: { records: readonly Masking[] }) {
  const t = useT();
  if (!records.some((record) => record.masked.length > 0)) return null;
  return (
    <p className="masked-note">
      <LockIcon /> {t('sector.maskedNote')}
    </p>
  );
}
