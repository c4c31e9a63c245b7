import { type FormEvent, useState } from 'react';
import { Link, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { drillsApi } from './api';
import { isLandingCode, type LandingCode, tokenFromHash } from './landing';
import './drills.css';

/** Public pages under /p (no sign-in): the drill landing, the transparency page, the report pages. */
export function DrillLandingPage() {
  return (
    <Routes>
      <Route path="l/:template" element={<Landing />} />
      <Route path="reported" element={<Reported />} />
      <Route path="report" element={<ReportSuspicious />} />
      <Route path="*" element={<About />} />
    </Routes>
  );
}

const key = (code: LandingCode, part: string) => `drills.landing.${code}.${part}` as MessageKey;

/** What a person sees after clicking a drill link: the explanation, or first a fake form that keeps nothing. */
function Landing() {
  const { template } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const code: LandingCode = isLandingCode(template) ? template : 'mat-khau-het-han';
  const [stage, setStage] = useState<'form' | 'explain'>(params.get('mode') === 'form' ? 'form' : 'explain');

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The inputs have no name and are never read: only the fact of submitting is recorded.
    if (token) await drillsApi.submitted(token).catch(() => undefined);
    setStage('explain');
  }

  if (stage === 'form') return <Lure code={code} onSubmit={submit} />;
  return <Explanation code={code} />;
}

function Lure({ code, onSubmit }: { code: LandingCode; onSubmit: (event: FormEvent) => void }) {
  const { t } = useI18n();
  usePageTitle(t(key(code, 'title')));
  return (
    <section className="drill-lure" aria-labelledby="lure-title">
      <h1 id="lure-title" className="drill-lure__title">
        {t(key(code, 'title'))}
      </h1>
      <p>{t(key(code, 'lead'))}</p>
      <form className="form" onSubmit={onSubmit} autoComplete="off">
        <label className="field">
          <span className="field__label">{t(key(code, 'field1'))}</span>
          <input className="input" type="text" autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">{t(key(code, 'field2'))}</span>
          <input className="input" type="password" autoComplete="off" />
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t(key(code, 'submit'))}
          </button>
        </div>
      </form>
      <p className="muted">{t('drills.landing.lureFooter')}</p>
    </section>
  );
}

function Explanation({ code }: { code: LandingCode }) {
  const { t } = useI18n();
  usePageTitle(t('drills.landing.caughtTitle'));
  return (
    <section aria-labelledby="caught-title">
      <h1 id="caught-title" className="auth-title">
        {t('drills.landing.caughtTitle')}
      </h1>
      <p className="auth-lead">{t('drills.landing.caughtLead')}</p>
      <Alert kind="info" title={t('drills.landing.nothingStored')} />
      <h2 className="subsection-title">{t('drills.landing.signsTitle')}</h2>
      <ul className="drill-signs">
        <li>{t(key(code, 'sign1'))}</li>
        <li>{t(key(code, 'sign2'))}</li>
        <li>{t(key(code, 'sign3'))}</li>
      </ul>
      <h2 className="subsection-title">{t('drills.landing.habitsTitle')}</h2>
      <ul className="drill-signs">
        <li>{t('drills.landing.habit1')}</li>
        <li>{t('drills.landing.habit2')}</li>
        <li>{t('drills.landing.habit3')}</li>
      </ul>
      <p>{t('drills.landing.remedial')}</p>
      <p className="auth-links">
        <Link to="/learning">{t('drills.landing.toLearning')}</Link> ·{' '}
        <Link to="/p/about">{t('drills.about.link')}</Link>
      </p>
    </section>
  );
}

/** The transparency page: what drills are, what is (not) kept, who runs them. */
function About() {
  const { t } = useI18n();
  usePageTitle(t('drills.about.title'));
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title" className="auth-title">
        {t('drills.about.title')}
      </h1>
      <p className="auth-lead">{t('drills.about.what')}</p>
      <h2 className="subsection-title">{t('drills.about.whoTitle')}</h2>
      <p>{t('drills.about.who')}</p>
      <h2 className="subsection-title">{t('drills.about.dataTitle')}</h2>
      <ul className="drill-signs">
        <li>{t('drills.about.data1')}</li>
        <li>{t('drills.about.data2')}</li>
        <li>{t('drills.about.data3')}</li>
        <li>{t('drills.about.data4')}</li>
      </ul>
      <h2 className="subsection-title">{t('drills.about.reportTitle')}</h2>
      <p>{t('drills.about.report')}</p>
      <p className="auth-links">
        <Link to="/p/report">{t('drills.report.title')}</Link>
      </p>
    </section>
  );
}

function Reported() {
  const { t } = useI18n();
  usePageTitle(t('drills.reported.title'));
  return (
    <section aria-labelledby="reported-title">
      <h1 id="reported-title" className="auth-title">
        {t('drills.reported.title')}
      </h1>
      <p className="auth-lead">{t('drills.reported.lead')}</p>
      <p className="auth-links">
        <Link to="/p/about">{t('drills.about.link')}</Link>
      </p>
    </section>
  );
}

/** "Báo cáo thư đáng ngờ" for a signed-in user: the subject (and sender) of the suspicious email. */
function ReportSuspicious() {
  const { t } = useI18n();
  const { session } = useSession();
  usePageTitle(t('drills.report.title'));
  const [subject, setSubject] = useState('');
  const [sender, setSender] = useState('');
  const [result, setResult] = useState<{ drill: boolean } | null>(null);
  const send = useAction(drillsApi.report);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await send.run(subject.trim(), sender.trim());
    if (answer) {
      setResult(answer);
      setSubject('');
      setSender('');
    }
  }

  if (!session.user) {
    return (
      <section aria-labelledby="report-title">
        <h1 id="report-title" className="auth-title">
          {t('drills.report.title')}
        </h1>
        <p className="auth-lead">{t('drills.report.signIn')}</p>
        <p className="auth-links">
          <Link to="/login">{t('drills.report.toLogin')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title" className="auth-title">
        {t('drills.report.title')}
      </h1>
      <p className="auth-lead">{t('drills.report.lead')}</p>
      {result && (
        <Alert kind="success" title={t(result.drill ? 'drills.report.wasDrill' : 'drills.report.received')} />
      )}
      <ErrorAlert error={send.error} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('drills.report.subject')}
          value={subject}
          onChange={setSubject}
          required
          minLength={3}
          maxLength={300}
          error={send.fieldErrors.subject}
        />
        <TextField
          label={t('drills.report.sender')}
          value={sender}
          onChange={setSender}
          maxLength={300}
          hint={t('drills.report.senderHint')}
          error={send.fieldErrors.sender}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={send.pending || subject.trim().length < 3}
          >
            {t('drills.report.submit')}
          </button>
        </div>
      </form>
      <p className="auth-links">
        <Link to="/">{t('drills.report.home')}</Link> · <Link to="/p/about">{t('drills.about.link')}</Link>
      </p>
    </section>
  );
}
