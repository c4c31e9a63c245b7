import { Link, useLocation, useSearchParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { SelectField } from '../../components/Field';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { type IssueFilters, type IssueState, qualityApi, type Severity } from './api';
import { severityKey, severityTone, stateKey, stateTone } from './labels';

const PAGE_SIZE = 50;
const STATES: IssueState[] = ['open', 'in_progress', 'reopened', 'resolved', 'accepted_exception'];

/**
 * The worklist: "my issues" (assigned to me) or every issue in my scope,
 * with filters kept in the address so a link shows the same list.
 */
export function IssuesPage({ mine = false }: { mine?: boolean }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters: IssueFilters = {
    unitId: params.get('unit') ?? '',
    ruleId: params.get('rule') ?? '',
    severity: (params.get('severity') ?? '') as Severity | '',
    state: (params.get('state') ?? 'active') as IssueFilters['state'],
    assignee: mine ? 'me' : (params.get('assignee') ?? ''),
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: PAGE_SIZE,
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const units = useUnitList();
  const catalogue = useApiData('quality-catalogue', (signal) => qualityApi.catalogue(signal));
  const key = JSON.stringify(filters);
  const list = useApiData(`quality-issues|${key}`, (signal) => qualityApi.issues(filters, signal));

  return (
    <>
      <PageHeader
        title={t(mine ? 'quality.mine.title' : 'quality.issues.title')}
        description={t(mine ? 'quality.mine.lead' : 'quality.issues.lead')}
      />
      <section className="toolbar quality-filters" aria-label={t('quality.filters')}>
        {!mine && units.data && (
          <UnitPicker
            label={t('quality.filter.unit')}
            units={units.data}
            value={filters.unitId ?? ''}
            onChange={(id) => set('unit', id)}
            placeholder={t('quality.filter.allUnits')}
          />
        )}
        <SelectField
          label={t('quality.filter.rule')}
          value={filters.ruleId ?? ''}
          onChange={(v) => set('rule', v)}
          placeholder={t('quality.filter.allRules')}
          options={(catalogue.data?.rules ?? []).map((r) => ({
            value: r.id,
            label: `${r.code} · ${locale === 'vi' ? r.nameVi : r.nameEn}`,
          }))}
        />
        <SelectField
          label={t('quality.filter.severity')}
          value={filters.severity ?? ''}
          onChange={(v) => set('severity', v)}
          placeholder={t('quality.filter.allSeverities')}
          options={(['blocking', 'warning'] as const).map((s) => ({ value: s, label: t(severityKey(s)) }))}
        />
        <SelectField
          label={t('quality.filter.state')}
          value={filters.state === 'active' ? '' : (filters.state ?? '')}
          onChange={(v) => set('state', v)}
          placeholder={t('quality.filter.active')}
          options={STATES.map((s) => ({ value: s, label: t(stateKey(s)) }))}
        />
        {!mine && (
          <SelectField
            label={t('quality.filter.assignee')}
            value={filters.assignee ?? ''}
            onChange={(v) => set('assignee', v)}
            placeholder={t('quality.filter.anyone')}
            options={[
              { value: 'me', label: t('quality.filter.me') },
              { value: 'none', label: t('quality.filter.none') },
            ]}
          />
        )}
      </section>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? (
        list.loading && <Loading />
      ) : list.data.total === 0 && mine && filters.state === 'active' ? (
        <Alert kind="success" title={t('quality.issues.emptyMine')} />
      ) : (
        <>
          <TableWrap label={t('quality.issues.table')}>
            <table className="table table--wide quality-issues">
              <caption className="visually-hidden">{t('quality.issues.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quality.col.severity')}</th>
                  <th scope="col">{t('quality.col.record')}</th>
                  <th scope="col">{t('quality.col.problem')}</th>
                  <th scope="col">{t('quality.col.state')}</th>
                  <th scope="col">{t('quality.col.assignee')}</th>
                  <th scope="col">{t('quality.col.due')}</th>
                </tr>
              </thead>
              <tbody aria-busy={list.loading}>
                {list.data.items.length === 0 && <EmptyRow colSpan={6}>{t('quality.issues.empty')}</EmptyRow>}
                {list.data.items.map((issue) => (
                  <tr key={issue.id}>
                    <td>
                      <Badge tone={severityTone(issue.severity)}>{t(severityKey(issue.severity))}</Badge>
                    </td>
                    <td className="quality-issues__wide">
                      <Link
                        to={`/quality/issues/${encodeURIComponent(issue.id)}`}
                        state={{ back: `${location.pathname}${location.search}` }}
                        className="strong-link"
                        aria-label={t('quality.openIssue', { record: issue.recordLabel })}
                      >
                        {issue.recordLabel}
                      </Link>
                      <div className="muted">{issue.unitName}</div>
                    </td>
                    <td className="quality-issues__wide">
                      <div className="quality-rule-name">{issue.ruleName}</div>
                      <div className="quality-message">{issue.message}</div>
                    </td>
                    <td>
                      <Badge tone={stateTone(issue.state)}>{t(stateKey(issue.state))}</Badge>
                    </td>
                    <td className="quality-issues__after">
                      <span className="quality-issues__label">{t('quality.col.assignee')}: </span>
                      {issue.assigneeName ?? <span className="muted">{t('quality.unassigned')}</span>}
                    </td>
                    <td className="nowrap quality-issues__after">
                      <span className="quality-issues__label">{t('quality.col.due')}: </span>
                      {formatDate(issue.dueOn)}
                      {issue.overdue && (
                        <>
                          {' '}
                          <Badge tone="danger">{t('quality.overdue')}</Badge>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(page) => set('page', String(page))}
          />
        </>
      )}
    </>
  );
}
