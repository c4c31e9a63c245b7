import type { Locale } from '@edushield/core';
import { useI18n } from '../i18n';
import { useSession } from './session';

const LANGUAGES: { code: Locale; label: string; short: string }[] = [
  { code: 'vi', label: 'Tiếng Việt', short: 'VI' },
  { code: 'en', label: 'English', short: 'EN' },
];

/** Each language is named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const { changeLanguage } = useSession();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          className="lang-switch__button"
          aria-pressed={locale === language.code}
          onClick={() => changeLanguage(language.code)}
        >
          <span aria-hidden="true">{language.short}</span>
          <span className="visually-hidden">{language.label}</span>
        </button>
      ))}
    </fieldset>
  );
}
