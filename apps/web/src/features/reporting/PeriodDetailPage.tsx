import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession } from '../../app/session';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { DateField, SelectField, TextAreaField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { formatDate, formatDateTime, parseDate } from '../../i18n/format';
import { type Period, reportingApi, type SubmissionItem, type SubmissionState } from './api';
import { vnEndOfDay } from './labels';
import { PeriodFormDialog } from './PeriodFormDialog';
import { SubmissionsTable } from './SubmissionsTable';

const STATES: SubmissionState[] = ['not_submitted', 'submitted', 'returned', 'approved', 'accepted'];
const PAGE_SIZE = 50;

function Counts({ period }: { period: Period }) {
  const t = useT();
  const c = period.counts;
  const items = [
    ['expected', c.expected],
    ['notSubmitted', c.notSubmitted],
    ['submitted', c.submitted],
    ['returned', c.returned],
    ['approved', c.approved],
    ['accepted', c.accepted],
    ['late', c.late],
  ] as const;
  return (
    <dl className="reporting-stats" aria-label={t('reporting.counts')}>
      {items.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`reporting.count.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ExceptionDialog({
  period,
  unit,
  onClose,
  onDone,
}: {
  period: Period;
  unit: SubmissionItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const grant = useAction((body: { unitId: string; until: string; reason: string }) =>
    reportingApi.grantException(period.id, body),
  );
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const iso = parseDate(date);
    setDateError(iso ? null : t('reporting.dateInvalid'));
    if (!iso) return;
    if (await grant.run({ unitId: unit.unitId, until: vnEndOfDay(iso), reason })) {
      toast.success(t('reporting.exceptionGranted'));
      onDone();
    }
  }
  return (
    <Dialog
      title={t('reporting.exceptionFor', { unit: unit.unitName })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="exception-form"
            className="button button--primary"
            disabled={grant.pending}
          >
            {grant.pending ? t('common.working') : t('reporting.grantException')}
          </button>
        </>
      }
    >
      <form id="exception-form" className="form" onSubmit={submit} noValidate>
        {grant.error ? <ErrorAlert error={grant.error} /> : null}
        <DateField
          label={t('reporting.exceptionDate')}
          value={date}
          onChange={setDate}
          required
          error={dateError ?? grant.fieldErrors.until}
        />
        <TextAreaField
          label={t('reporting.exceptionReason')}
          value={reason}
          onChange={setReason}
          required
          maxLength={1000}
          error={grant.fieldErrors.reason}
        />
      </form>
    </Dialog>
  );
}

/** The submissions of a period that the caller's units make (the period itself is run above them). */
function PeriodSubmissionsInScope({ periodId }: { periodId: string }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const subs = useApiData(`period-subs-scope|${periodId}|${page}`, (signal) =>
    reportingApi.submissions({ periodId, page, pageSize: PAGE_SIZE }, signal),
  );
  if (subs.error) return <ErrorAlert error={subs.error} />;
  if (!subs.data) return <Loading />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reporting/periods">{t('reporting.periods')}</Link>
      </p>
      <PageHeader title={subs.data.items[0]?.periodName ?? t('reporting.period')} />
      <SubmissionsTable
        items={subs.data.items}
        label={t('reporting.units')}
        empty={t('reporting.noSubmissions')}
      />
      <Pagination page={page} pageSize={PAGE_SIZE} total={subs.data.total} onPage={setPage} />
    </>
  );
}

/** One period: settings, counts in the caller's scope, the units' submissions; open, close, exceptions. */
export function PeriodDetailPage() {
  const t = useT();
  const toast = useToast();
  const { can } = useSession();
  const { id = '' } = useParams();
  const [reload, setReload] = useState(0);
  const [state, setState] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'open' | 'close' | null>(null);
  const [exceptionFor, setExceptionFor] = useState<SubmissionItem | null>(null);
  const period = useApiData(`period|${id}|${reload}`, (signal) => reportingApi.period(id, signal));
  const subs = useApiData(
    period.data && period.data.status !== 'draft' ? `period-subs|${id}|${state}|${page}|${reload}` : null,
    (signal) =>
      reportingApi.submissions(
        { periodId: id, state: state || undefined, page, pageSize: PAGE_SIZE },
        signal,
      ),
  );
  const change = useAction(async (what: 'open' | 'close') =>
    what === 'open' ? reportingApi.openPeriod(id) : reportingApi.closePeriod(id),
  );
  const manage = can('reporting.manage');
  const p = period.data;

  async function runChange(what: 'open' | 'close') {
    const done = await change.run(what);
    setConfirm(null);
    if (done) {
      toast.success(what === 'open' ? t('reporting.opened') : t('reporting.closed'));
      setReload((n) => n + 1);
    }
  }

  // A commune or school sees a period run above it only through its own units' submissions.
  if (period.error instanceof ApiError && period.error.status === 404)
    return <PeriodSubmissionsInScope periodId={id} />;
  if (period.error) return <ErrorAlert error={period.error} />;
  if (!p) return <Loading />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reporting/periods">{t('reporting.periods')}</Link>
      </p>
      <PageHeader
        title={p.name}
        description={`${t(`reporting.kind.${p.kind}`)}${p.schoolYearCode ? ` ${p.schoolYearCode}` : ''} · ${p.rootUnitName}`}
        actions={
          manage ? (
            <>
              {p.status === 'draft' && (
                <>
                  <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                    {t('reporting.edit')}
                  </button>
                  <button type="button" className="button button--primary" onClick={() => setConfirm('open')}>
                    {t('reporting.open')}
                  </button>
                </>
              )}
              {p.status === 'open' && (
                <button
                  type="button"
                  className="button button--danger-outline"
                  onClick={() => setConfirm('close')}
                >
                  {t('reporting.close')}
                </button>
              )}
            </>
          ) : null
        }
      />
      {change.error ? <ErrorAlert error={change.error} /> : null}
      <section className="section" aria-labelledby="period-settings">
        <h2 id="period-settings" className="section-title">
          {t('reporting.settings')}
        </h2>
        <dl className="facts">
          <dt>{t('reporting.status')}</dt>
          <dd>
            <Badge tone={p.status === 'open' ? 'info' : p.status === 'closed' ? 'success' : 'neutral'}>
              {t(`reporting.status.${p.status}`)}
            </Badge>
          </dd>
          <dt>{t('reporting.opens')}</dt>
          <dd>{formatDateTime(p.opensAt)}</dd>
          <dt>{t('reporting.deadline')}</dt>
          <dd>{formatDateTime(p.deadlineAt)}</dd>
          <dt>{t('reporting.onTimeUntil')}</dt>
          <dd>{formatDateTime(p.onTimeUntil)}</dd>
          <dt>{t('reporting.lock')}</dt>
          <dd>{p.lockAfterDeadline ? t('reporting.lockYes') : t('reporting.lockNo')}</dd>
          <dt>{t('reporting.treeAsOf')}</dt>
          <dd>{formatDate(p.treeAsOf)}</dd>
          <dt>{t('reporting.unitTypes')}</dt>
          <dd>{p.requiredUnitTypes.join(', ') || '—'}</dd>
          <dt>{t('reporting.levels')}</dt>
          <dd>{p.requiredLevelCodes.join(', ') || '—'}</dd>
          <dt>{t('reporting.reminders')}</dt>
          <dd>
            {t('reporting.remindersValue', {
              before: p.remindDaysBefore.join(', ') || '—',
              after: p.remindDaysAfter.join(', ') || '—',
              escalate: p.escalateAfterDays,
            })}
          </dd>
          {p.description && (
            <>
              <dt>{t('reporting.description')}</dt>
              <dd>{p.description}</dd>
            </>
          )}
        </dl>
      </section>
      {p.status !== 'draft' && (
        <section className="section" aria-labelledby="period-units">
          <h2 id="period-units" className="section-title">
            {t('reporting.units')}
          </h2>
          <Counts period={p} />
          <div className="toolbar">
            <SelectField
              label={t('reporting.filterState')}
              value={state}
              onChange={(v) => {
                setState(v);
                setPage(1);
              }}
              placeholder={t('reporting.allStates')}
              options={STATES.map((s) => ({ value: s, label: t(`reporting.state.${s}`) }))}
            />
          </div>
          {subs.error ? <ErrorAlert error={subs.error} /> : null}
          {!subs.data ? (
            subs.loading && <Loading />
          ) : (
            <>
              <SubmissionsTable
                items={subs.data.items}
                label={t('reporting.units')}
                empty={t('reporting.noSubmissions')}
                extra={
                  manage && p.status === 'open'
                    ? (s) =>
                        s.state === 'not_submitted' || s.state === 'returned' ? (
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() => setExceptionFor(s)}
                          >
                            {t('reporting.grantException')}
                          </button>
                        ) : null
                    : undefined
                }
              />
              <Pagination page={page} pageSize={PAGE_SIZE} total={subs.data.total} onPage={setPage} />
            </>
          )}
        </section>
      )}
      {editing && (
        <PeriodFormDialog
          period={p}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setReload((n) => n + 1);
          }}
        />
      )}
      {confirm && (
        <ConfirmDialog
          title={confirm === 'open' ? t('reporting.open') : t('reporting.close')}
          message={confirm === 'open' ? t('reporting.openConfirm') : t('reporting.closeConfirm')}
          confirmLabel={confirm === 'open' ? t('reporting.open') : t('reporting.close')}
          danger={confirm === 'close'}
          busy={change.pending}
          onConfirm={() => runChange(confirm)}
          onCancel={() => setConfirm(null)}
        />
      )}
      {exceptionFor && (
        <ExceptionDialog
          period={p}
          unit={exceptionFor}
          onClose={() => setExceptionFor(null)}
          onDone={() => {
            setExceptionFor(null);
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
