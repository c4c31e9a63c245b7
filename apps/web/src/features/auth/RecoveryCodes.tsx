import { downloadText } from '../../components/download';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

/** Recovery codes, shown once: the user saves them as a text file or writes them down. */
export function RecoveryCodes({ codes, username }: { codes: string[]; username: string }) {
  const t = useT();

  function download() {
    const lines = [
      t('recovery.fileTitle'),
      `${t('recovery.fileAccount')}: ${username}`,
      `${t('recovery.fileCreated')}: ${formatDateTime(new Date().toISOString())}`,
      t('recovery.fileNote'),
      '',
      ...codes,
      '',
    ];
    downloadText(lines.join('\n'), `edushield-${username}-ma-khoi-phuc.txt`);
  }

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title" className="section-title">
        {t('recovery.title')}
      </h2>
      <p>{t('recovery.explain')}</p>
      <ol className="recovery__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={download}>
        {t('recovery.download')}
      </button>
    </section>
  );
}
