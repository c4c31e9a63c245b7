import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/session';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { type QualityRule, qualityApi } from './api';
import { groupKey, severityKey, severityTone } from './labels';
import { RuleDialog } from './RuleDialog';
import { paramSummary } from './rule-form';

const RUN_POLL_MS = 2000;

/** The catalogue: department rules (editable with quality.manage), runs, and the data standard's rules. */
export function RulesPage() {
  const { t, locale } = useI18n();
  const { can, session } = useSession();
  const toast = useToast();
  const manage = can('quality.manage');
  const [tick, setTick] = useState(0);
  const [runTick, setRunTick] = useState(0);
  const catalogue = useApiData(`quality-catalogue|${tick}`, (signal) => qualityApi.catalogue(signal));
  const runs = useApiData(`quality-runs|${tick}|${runTick}`, (signal) => qualityApi.runs(signal));
  // While a run waits or runs, look again every few seconds; when it ends, the open-issue counts change too.
  const waiting = runs.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ?? false;
  const wasWaiting = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer schedules the next look
  useEffect(() => {
    if (wasWaiting.current && !waiting) setTick((n) => n + 1);
    wasWaiting.current = waiting;
    if (!waiting) return;
    const timer = window.setTimeout(() => setRunTick((n) => n + 1), RUN_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, runs.data]);
  const units = useUnitList({}, manage);
  const [editing, setEditing] = useState<QualityRule | 'new' | null>(null);
  const defaultRoot = session?.user?.unitId ?? '';
  const [runUnit, setRunUnit] = useState('');
  const start = useAction(async () => {
    await qualityApi.startRun(runUnit || defaultRoot);
    toast.success(t('quality.runs.started'));
    setTick((n) => n + 1);
    return true;
  });

  return (
    <>
      <PageHeader
        title={t('quality.rules.title')}
        description={t('quality.rules.lead')}
        actions={
          manage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('quality.rules.create')}
            </button>
          ) : null
        }
      />
      {catalogue.error ? <ErrorAlert error={catalogue.error} /> : null}
      <h2 className="section-title">{t('quality.rules.department')}</h2>
      {!catalogue.data ? (
        catalogue.loading && <Loading />
      ) : (
        <TableWrap label={t('quality.rules.table')}>
          <table className="table table--wide quality-rules">
            <caption className="visually-hidden">{t('quality.rules.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('quality.rules.code')}</th>
                <th scope="col">{t('quality.rules.name')}</th>
                <th scope="col">{t('quality.rules.group')}</th>
                <th scope="col">{t('quality.rules.severity')}</th>
                <th scope="col">{t('quality.rules.params')}</th>
                <th scope="col">{t('quality.rules.scope')}</th>
                <th scope="col" className="num">
                  {t('quality.rules.openIssues')}
                </th>
                {manage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {catalogue.data.rules.length === 0 && (
                <EmptyRow colSpan={manage ? 8 : 7}>{t('quality.rules.empty')}</EmptyRow>
              )}
              {catalogue.data.rules.map((rule) => (
                <tr key={rule.id}>
                  <td className="nowrap">
                    <code>{rule.code}</code>
                    {!rule.enabled && (
                      <>
                        {' '}
                        <Badge>{t('quality.rules.disabled')}</Badge>
                      </>
                    )}
                  </td>
                  <td>{locale === 'vi' ? rule.nameVi : rule.nameEn}</td>
                  <td>{t(groupKey(rule.dataGroup))}</td>
                  <td>
                    <Badge tone={severityTone(rule.severity)}>{t(severityKey(rule.severity))}</Badge>
                  </td>
                  <td>{paramSummary(rule.ruleType, rule.params, t)}</td>
                  <td>{rule.rootUnitName}</td>
                  <td className="num">{rule.openIssues}</td>
                  {manage && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setEditing(rule)}
                      >
                        {t('quality.rules.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <section className="section" aria-labelledby="quality-runs-title">
        <h2 id="quality-runs-title" className="section-title">
          {t('quality.runs.title')}
        </h2>
        {manage && units.data && (
          <form
            className="toolbar toolbar--form"
            onSubmit={(event) => {
              event.preventDefault();
              void start.run();
            }}
          >
            <UnitPicker
              label={t('quality.runs.unit')}
              units={units.data}
              value={runUnit || defaultRoot}
              onChange={setRunUnit}
            />
            <div className="toolbar__buttons">
              <button type="submit" className="button button--primary" disabled={start.pending}>
                {t('quality.runs.start')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setTick((n) => n + 1)}
              >
                {t('quality.runs.refresh')}
              </button>
            </div>
          </form>
        )}
        {start.error ? <ErrorAlert error={start.error} /> : null}
        {runs.error ? <ErrorAlert error={runs.error} /> : null}
        {runs.data && (
          <TableWrap label={t('quality.runs.table')}>
            <table className="table quality-runs">
              <caption className="visually-hidden">{t('quality.runs.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quality.runs.when')}</th>
                  <th scope="col">{t('quality.resp.unit')}</th>
                  <th scope="col">{t('quality.runs.status')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.items.length === 0 && <EmptyRow colSpan={3}>{t('quality.runs.empty')}</EmptyRow>}
                {runs.data.items.map((run) => (
                  <tr key={run.id}>
                    <td className="nowrap">
                      {formatDateTime(run.createdAt)}
                      <div className="muted">{t(`quality.runs.trigger.${run.trigger}` as MessageKey)}</div>
                    </td>
                    <td>{run.rootUnitName}</td>
                    <td>
                      <Badge
                        tone={run.status === 'done' ? 'success' : run.status === 'failed' ? 'danger' : 'info'}
                      >
                        {t(`quality.runs.status.${run.status}` as MessageKey)}
                      </Badge>
                      {run.summary && (
                        <div className="muted">
                          {t('quality.runs.summary', {
                            found: run.summary.found ?? 0,
                            created: run.summary.created ?? 0,
                            resolved: run.summary.resolved ?? 0,
                            reopened: run.summary.reopened ?? 0,
                          })}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <details className="section">
        <summary className="section-title">{t('quality.rules.builtin')}</summary>
        {catalogue.data && (
          <TableWrap label={t('quality.rules.builtinTable')}>
            <table className="table table--wide">
              <caption className="visually-hidden">{t('quality.rules.builtinTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quality.rules.code')}</th>
                  <th scope="col">{t('quality.rules.kind')}</th>
                  <th scope="col">{t('quality.rules.entity')}</th>
                  <th scope="col">{t('quality.rules.severity')}</th>
                  <th scope="col">{t('quality.rules.message')}</th>
                </tr>
              </thead>
              <tbody>
                {catalogue.data.builtin.map((rule) => (
                  <tr key={rule.code}>
                    <td className="nowrap">
                      <code>{rule.code}</code>
                    </td>
                    <td>{t(`quality.rules.kind.${rule.scope}` as MessageKey)}</td>
                    <td>{rule.entity === '*' ? '—' : rule.entity}</td>
                    <td>
                      <Badge tone={severityTone(rule.severity)}>{t(severityKey(rule.severity))}</Badge>
                    </td>
                    <td className="quality-message">{rule.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </details>

      {editing && units.data && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          units={units.data}
          defaultRootId={defaultRoot}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setTick((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
