import { type FormEvent, useMemo, useState } from 'react';
import { Link, NavLink, Route, Routes, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge, type BadgeTone } from '../../components/Badge';
import { ConfirmDialog } from '../../components/Dialog';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/vi';
import { UnitPicker } from '../units/UnitPicker';
import { useRoles, useUnitList } from '../units/useUnits';
import { type DrillDetail, type DrillStats, type DrillStatus, drillsApi, type Landing, percent } from './api';
import './drills.css';

const STATUS_TONE: Record<DrillStatus, BadgeTone> = {
  draft: 'neutral',
  scheduled: 'info',
  sending: 'warning',
  completed: 'success',
  cancelled: 'danger',
};

/** The drills section (routes under /drills): drills, results per unit, reported emails. */
export function DrillsSection() {
  const { t } = useI18n();
  const items = [
    { to: '/drills', label: t('drills.nav.list'), end: true },
    { to: '/drills/results', label: t('drills.nav.results'), end: false },
    { to: '/drills/reports', label: t('drills.nav.reports'), end: false },
  ];
  return (
    <>
      <nav className="subnav" aria-label={t('drills.nav.label')}>
        <ul className="subnav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="subnav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
          <li>
            <Link to="/p/about" className="subnav__link">
              {t('drills.about.link')}
            </Link>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<DrillList />} />
        <Route path="new" element={<NewDrill />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path=":id" element={<DrillPage />} />
      </Routes>
    </>
  );
}

function Rate({ part, whole }: { part: number; whole: number }) {
  const value = percent(part, whole);
  return <>{value === null ? '—' : `${value.toLocaleString('vi-VN')} %`}</>;
}

/** The four result cells of a unit's row: sent, click rate, report rate, scanner hits. */
function ResultCells({
  counts,
}: {
  counts: { sent: number; clicked: number; reported: number; scannerFlagged: number };
}) {
  return (
    <>
      <td>{counts.sent}</td>
      <td>
        <Rate part={counts.clicked} whole={counts.sent} />
      </td>
      <td>
        <Rate part={counts.reported} whole={counts.sent} />
      </td>
      <td>{counts.scannerFlagged}</td>
    </>
  );
}

function DrillList() {
  const { t } = useI18n();
  const list = useApiData('drills', (signal) => drillsApi.list(signal));
  return (
    <>
      <PageHeader
        title={t('drills.title')}
        description={t('drills.lead')}
        actions={
          <Link to="/drills/new" className="button button--primary">
            {t('drills.new')}
          </Link>
        }
      />
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <TableWrap label={t('drills.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('drills.col.name')}</th>
                <th scope="col">{t('drills.col.unit')}</th>
                <th scope="col">{t('drills.col.status')}</th>
                <th scope="col">{t('drills.col.sent')}</th>
                <th scope="col">{t('drills.col.phishProne')}</th>
                <th scope="col">{t('drills.col.reportRate')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.length === 0 && <EmptyRow colSpan={6}>{t('drills.empty')}</EmptyRow>}
              {list.data?.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/drills/${d.id}`}>{d.name}</Link>
                  </td>
                  <td>{d.unitName}</td>
                  <td>
                    <Badge tone={STATUS_TONE[d.status]}>{t(`drills.status.${d.status}` as MessageKey)}</Badge>
                  </td>
                  <td>{d.stats.sent}</td>
                  <td>
                    <Rate part={d.stats.clicked} whole={d.stats.sent} />
                  </td>
                  <td>
                    <Rate part={d.stats.reported} whole={d.stats.sent} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

function NewDrill() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const units = useUnitList();
  const roles = useRoles();
  const templates = useApiData('drill-templates', (signal) => drillsApi.templates(signal));
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState('');
  const [templateCode, setTemplateCode] = useState('');
  const [roleCodes, setRoleCodes] = useState<string[]>([]);
  const [landing, setLanding] = useState<Landing>('explain');
  const create = useAction(drillsApi.create);
  const template = templates.data?.items.find((x) => x.code === templateCode);
  // Pupils are never drill targets: their role is not offered at all.
  const staffRoles = (roles.data ?? []).filter((r) => r.code !== 'student');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const drill = await create.run({ unitId, name: name.trim(), templateCode, roleCodes, landing });
    if (drill) navigate(`/drills/${drill.id}`);
  }

  return (
    <>
      <PageHeader title={t('drills.new')} description={t('drills.newLead')} />
      <ErrorAlert error={create.error ?? units.error ?? templates.error} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('drills.field.name')}
          value={name}
          onChange={setName}
          required
          maxLength={200}
          error={create.fieldErrors.name}
        />
        <UnitPicker
          label={t('drills.field.unit')}
          units={units.data ?? []}
          value={unitId}
          onChange={setUnitId}
          placeholder={t('drills.field.unitPlaceholder')}
          required
          hint={t('drills.field.unitHint')}
          error={create.fieldErrors.unitId}
        />
        <SelectField
          label={t('drills.field.template')}
          value={templateCode}
          onChange={setTemplateCode}
          placeholder={t('drills.field.templatePlaceholder')}
          options={(templates.data?.items ?? []).map((x) => ({ value: x.code, label: x.title }))}
          required
          error={create.fieldErrors.templateCode}
        />
        {template && (
          <section className="subform" aria-label={t('drills.preview')}>
            <p>
              <strong>{t('drills.previewFrom')}:</strong> {template.senderName}
              <br />
              <strong>{t('drills.previewSubject')}:</strong> {template.subject}
            </p>
            <pre className="drill-preview">{template.previewText}</pre>
          </section>
        )}
        <fieldset className="field fieldset">
          <legend className="field__label">{t('drills.field.roles')}</legend>
          <p className="field__hint">{t('drills.field.rolesHint')}</p>
          {staffRoles.map((r) => (
            <Checkbox
              key={r.code}
              label={locale === 'en' ? r.nameEn : r.nameVi}
              checked={roleCodes.includes(r.code)}
              onChange={(on) =>
                setRoleCodes((current) => (on ? [...current, r.code] : current.filter((c) => c !== r.code)))
              }
            />
          ))}
          {create.fieldErrors.roleCodes && <p className="field__error">{create.fieldErrors.roleCodes}</p>}
        </fieldset>
        <RadioGroup<Landing>
          legend={t('drills.field.landing')}
          name="landing"
          value={landing}
          onChange={setLanding}
          options={[
            { value: 'explain', label: t('drills.landing.explain'), hint: t('drills.landing.explainHint') },
            { value: 'form', label: t('drills.landing.form'), hint: t('drills.landing.formHint') },
          ]}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={create.pending || !name.trim() || !unitId || !templateCode}
          >
            {t('drills.create')}
          </button>
          <Link to="/drills" className="button button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function Meter({ stats }: { stats: DrillStats }) {
  const { t } = useI18n();
  const items: [MessageKey, string | number][] = [
    ['drills.stat.recipients', stats.recipients],
    ['drills.stat.sent', stats.sent],
    ['drills.stat.opened', stats.opened],
    ['drills.stat.clicked', stats.clicked],
    ['drills.stat.submitted', stats.submitted],
    ['drills.stat.reported', stats.reported],
  ];
  const prone = percent(stats.clicked, stats.sent);
  const report = percent(stats.reported, stats.sent);
  return (
    <>
      <dl className="drill-meter">
        {items.map(([label, value]) => (
          <div key={label} className="drill-meter__item">
            <dt className="drill-meter__label">{t(label)}</dt>
            <dd className="drill-meter__value">{value}</dd>
          </div>
        ))}
        <div className="drill-meter__item">
          <dt className="drill-meter__label">{t('drills.col.phishProne')}</dt>
          <dd className="drill-meter__value">{prone === null ? '—' : `${prone} %`}</dd>
        </div>
        <div className="drill-meter__item">
          <dt className="drill-meter__label">{t('drills.col.reportRate')}</dt>
          <dd className="drill-meter__value">{report === null ? '—' : `${report} %`}</dd>
        </div>
      </dl>
      <p className="muted">
        {t('drills.scannerNote', { recipients: stats.scannerFlagged, hits: stats.scannerHits })}
        {stats.failed > 0 && ` ${t('drills.failedNote', { count: stats.failed })}`}
      </p>
    </>
  );
}

function DrillPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const drill = useApiData(`drill|${id}`, (signal) => drillsApi.get(id, signal));
  const [confirm, setConfirm] = useState<'launch' | 'cancel' | 'delete' | null>(null);
  const [at, setAt] = useState('');
  const launch = useAction(drillsApi.launch);
  const cancel = useAction(drillsApi.cancel);
  const remove = useAction(drillsApi.remove);

  async function act() {
    const which = confirm;
    setConfirm(null);
    if (which === 'launch') {
      if (await launch.run(id, at ? new Date(at).toISOString() : undefined)) drill.reload();
    } else if (which === 'cancel') {
      if (await cancel.run(id)) drill.reload();
    } else if (which === 'delete') {
      await remove.run(id);
      if (!remove.error) navigate('/drills');
    }
  }

  if (drill.error) return <ErrorAlert error={drill.error} />;
  const d = drill.data;
  if (!d) return <Loading />;
  return (
    <>
      <PageHeader
        title={d.name}
        description={`${d.unitName} · ${d.subject}`}
        actions={<Badge tone={STATUS_TONE[d.status]}>{t(`drills.status.${d.status}` as MessageKey)}</Badge>}
      />
      <ErrorAlert error={launch.error ?? cancel.error ?? remove.error} />
      {d.status === 'draft' && (
        <section className="panel">
          <p>{t('drills.eligible', { count: d.eligible })}</p>
          <TextField
            label={t('drills.field.at')}
            type="datetime-local"
            value={at}
            onChange={setAt}
            hint={t('drills.field.atHint')}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={launch.pending || d.eligible === 0}
              onClick={() => setConfirm('launch')}
            >
              {t('drills.launch')}
            </button>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setConfirm('delete')}
            >
              {t('drills.delete')}
            </button>
          </div>
        </section>
      )}
      {(d.status === 'scheduled' || d.status === 'sending') && (
        <div className="button-row">
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => setConfirm('cancel')}
          >
            {t('drills.cancel')}
          </button>
          <button type="button" className="button button--secondary" onClick={drill.reload}>
            {t('drills.refresh')}
          </button>
        </div>
      )}
      {d.status !== 'draft' && <DrillFigures drill={d} />}
      {confirm !== null && (
        <ConfirmDialog
          title={t(
            confirm === 'launch'
              ? 'drills.confirmLaunch'
              : confirm === 'cancel'
                ? 'drills.confirmCancel'
                : 'drills.confirmDelete',
          )}
          message={
            confirm === 'launch'
              ? t('drills.confirmLaunchText', { count: d.eligible })
              : t('drills.confirmSure')
          }
          confirmLabel={t(
            confirm === 'launch' ? 'drills.launch' : confirm === 'cancel' ? 'drills.cancel' : 'drills.delete',
          )}
          danger={confirm !== 'launch'}
          onConfirm={() => void act()}
          onCancel={() => setConfirm(null)}
        />
      )}
    </>
  );
}

function DrillFigures({ drill }: { drill: DrillDetail }) {
  const { t } = useI18n();
  const recipients = useApiData(`drill-recipients|${drill.id}|${drill.stats.sent}`, (signal) =>
    drillsApi.recipients(drill.id, signal),
  );
  const timeline = useApiData(`drill-timeline|${drill.id}|${drill.stats.sent}`, (signal) =>
    drillsApi.timeline(drill.id, signal),
  );
  const time = (value: string | null) => (value ? formatDateTime(value) : '—');
  return (
    <>
      <Meter stats={drill.stats} />
      <h2 className="section-title">{t('drills.byUnit')}</h2>
      <TableWrap label={t('drills.byUnit')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('drills.col.unit')}</th>
              <th scope="col">{t('drills.col.sent')}</th>
              <th scope="col">{t('drills.col.phishProne')}</th>
              <th scope="col">{t('drills.col.reportRate')}</th>
              <th scope="col">{t('drills.col.scanner')}</th>
            </tr>
          </thead>
          <tbody>
            {drill.byUnit.map((u) => (
              <tr key={u.unitId}>
                <td>{u.unitName}</td>
                <ResultCells counts={u} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2 className="section-title">{t('drills.recipients')}</h2>
      <ErrorAlert error={recipients.error} />
      <TableWrap label={t('drills.recipients')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('drills.col.person')}</th>
              <th scope="col">{t('drills.stat.sent')}</th>
              <th scope="col">{t('drills.stat.opened')}</th>
              <th scope="col">{t('drills.stat.clicked')}</th>
              <th scope="col">{t('drills.stat.submitted')}</th>
              <th scope="col">{t('drills.stat.reported')}</th>
              <th scope="col">{t('drills.col.scanner')}</th>
              <th scope="col">{t('drills.col.remedial')}</th>
            </tr>
          </thead>
          <tbody>
            {recipients.data?.items.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.fullName}
                  <br />
                  <span className="muted">{r.unitName}</span>
                </td>
                <td>
                  {r.sendError ? <Badge tone="danger">{t('drills.sendFailed')}</Badge> : time(r.sentAt)}
                </td>
                <td>{time(r.first.opened)}</td>
                <td>{time(r.first.clicked)}</td>
                <td>{time(r.first.submitted)}</td>
                <td>{time(r.first.reported)}</td>
                <td>{r.scannerHits}</td>
                <td>{r.remedial ? t('drills.remedialYes') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2 className="section-title">{t('drills.timeline')}</h2>
      <ErrorAlert error={timeline.error} />
      <TableWrap label={t('drills.timeline')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('drills.col.time')}</th>
              <th scope="col">{t('drills.col.person')}</th>
              <th scope="col">{t('drills.col.event')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.data?.items.map((e) => (
              <tr key={e.id} className={e.scanner ? 'drill-scanner' : undefined}>
                <td className="nowrap">{formatDateTime(e.at, true)}</td>
                <td>{e.fullName}</td>
                <td>
                  {t(`drills.stat.${e.type}` as MessageKey)}
                  {e.scanner &&
                    ` · ${t('drills.scannerHit', { reason: t(`drills.scanner.${e.scannerReason ?? 'user_agent'}` as MessageKey) })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {timeline.data?.truncated && <p className="muted">{t('drills.timelineTruncated')}</p>}
    </>
  );
}

function ResultsPage() {
  const { t } = useI18n();
  const units = useUnitList();
  const [chosen, setChosen] = useState('');
  const unitId = chosen || (units.data?.find((u) => !units.data?.some((p) => p.id === u.parentId))?.id ?? '');
  const results = useApiData(unitId ? `drill-results|${unitId}` : null, (signal) =>
    drillsApi.results(unitId, signal),
  );
  const rows = useMemo(() => results.data?.items ?? [], [results.data]);
  return (
    <>
      <PageHeader title={t('drills.nav.results')} description={t('drills.resultsLead')} />
      <UnitPicker label={t('drills.col.unit')} units={units.data ?? []} value={unitId} onChange={setChosen} />
      <ErrorAlert error={results.error ?? units.error} />
      {results.loading && !results.data ? (
        <Loading />
      ) : (
        <TableWrap label={t('drills.nav.results')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('drills.col.unit')}</th>
                <th scope="col">{t('drills.col.sent')}</th>
                <th scope="col">{t('drills.col.phishProne')}</th>
                <th scope="col">{t('drills.col.reportRate')}</th>
                <th scope="col">{t('drills.col.scanner')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && <EmptyRow colSpan={5}>{t('drills.noResults')}</EmptyRow>}
              {rows.map((r, index) => (
                <tr key={r.unitId}>
                  <td>
                    {index > 0 && r.hasChildren ? (
                      <button type="button" className="link-button" onClick={() => setChosen(r.unitId)}>
                        {r.unitName}
                      </button>
                    ) : index === 0 ? (
                      <strong>{r.unitName}</strong>
                    ) : (
                      r.unitName
                    )}
                  </td>
                  <ResultCells counts={r} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

function ReportsPage() {
  const { t } = useI18n();
  const reports = useApiData('drill-reports', (signal) => drillsApi.reports(signal));
  return (
    <>
      <PageHeader title={t('drills.nav.reports')} description={t('drills.reportsLead')} />
      <Alert kind="info">
        <p>{t('drills.reportsHow')}</p>
      </Alert>
      <ErrorAlert error={reports.error} />
      <TableWrap label={t('drills.nav.reports')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('drills.col.time')}</th>
              <th scope="col">{t('drills.col.person')}</th>
              <th scope="col">{t('drills.report.subject')}</th>
              <th scope="col">{t('drills.report.sender')}</th>
              <th scope="col">{t('drills.col.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data?.items.length === 0 && <EmptyRow colSpan={5}>{t('drills.noReports')}</EmptyRow>}
            {reports.data?.items.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">{formatDateTime(r.createdAt)}</td>
                <td>
                  {r.fullName}
                  <br />
                  <span className="muted">{r.unitName}</span>
                </td>
                <td>{r.subject}</td>
                <td>{r.sender ?? '—'}</td>
                <td>
                  <Badge tone={r.drill ? 'success' : 'warning'}>
                    {t(r.drill ? 'drills.kind.drill' : 'drills.kind.suspicious')}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
