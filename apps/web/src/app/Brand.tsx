import { useT } from '../i18n';

export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M16 2 4 6.5v8.2C4 22.3 9.1 28.4 16 30c6.9-1.6 12-7.7 12-15.3V6.5z" />
      <path fill="#14a3a3" d="M16 6.3 8 9.3v5.6c0 5 3.4 9.2 8 10.4 4.6-1.2 8-5.4 8-10.4V9.3z" />
      <path fill="#fff" d="m14.6 19.6-4-4 1.6-1.6 2.4 2.4 5.3-5.3 1.6 1.6z" />
    </svg>
  );
}

export function Brand() {
  const t = useT();
  return (
    <span className="brand">
      <BrandMark />
      <span className="brand__text">
        <span className="brand__name">EduShield</span>
        <span className="brand__org">{t('app.org')}</span>
      </span>
    </span>
  );
}
