import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { learningApi } from './api';
import './learning.css';

const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** Public page under /verify (no sign-in): anyone checks a certificate's code. */
export function VerifyCertificatePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const [typed, setTyped] = useState(code);
  const { data, error, loading } = useApiData(code ? `verify:${code}` : null, (signal) =>
    learningApi.verify(code, signal),
  );
  return (
    <div className="verify-page">
      <PageHeader title={t('learning.verify.title')} description={t('learning.verify.description')} />
      <section className="panel">
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            setParams(typed.trim() ? { code: typed.trim() } : {});
          }}
        >
          <TextField
            label={t('learning.verify.code')}
            hint={t('learning.verify.hint')}
            value={typed}
            onChange={setTyped}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            required
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={loading}>
              {t('learning.verify.check')}
            </button>
          </div>
        </form>
        <div className="verify-result" aria-live="polite">
          <ErrorAlert error={error} />
          {data?.valid && (
            <Alert kind="success" title={t('learning.verify.valid')}>
              <dl className="facts facts--single">
                <dt>{t('learning.verify.name')}</dt>
                <dd>{data.name}</dd>
                <dt>{t('learning.verify.course')}</dt>
                <dd>{data.course}</dd>
                <dt>{t('learning.verify.date')}</dt>
                <dd>{vnDate(data.issuedOn)}</dd>
              </dl>
            </Alert>
          )}
          {data && !data.valid && <Alert kind="error" title={t('learning.verify.invalid')} />}
        </div>
      </section>
    </div>
  );
}
