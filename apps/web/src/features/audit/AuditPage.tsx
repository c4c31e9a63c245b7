import { type FormEvent, Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { auditApi } from '../../api/audit';
import type { AuditOutcome, AuditVerifyResult } from '../../api/types';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge, type BadgeTone } from '../../components/Badge';
import { DateField, SelectField, TextField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime, parseDate } from '../../i18n/format';
import { isMessageKey } from '../../i18n/vi';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { AUDIT_PAGE_SIZE, auditQueryFromParams, detailsText } from './query';

const OUTCOME_TONE: Record<AuditOutcome, BadgeTone> = {
  success: 'success',
  denied: 'warning',
  failure: 'danger',
};

export function AuditPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const query = auditQueryFromParams(params);
  const actions = useApiData('audit-actions', (signal) => auditApi.actions(signal));
  const units = useUnitList({ includeClosed: true }, can('org.read'));
  const list = useApiData(`audit|${JSON.stringify(query)}`, (signal) => auditApi.list(query, signal));
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const [verifyResult, setVerifyResult] = useState<AuditVerifyResult | null>(null);
  const verify = useAction(auditApi.verify);

  // The form edits a draft; the list follows the address bar once applied.
  const [fromText, setFromText] = useState(formatDate(query.from));
  const [toText, setToText] = useState(formatDate(query.to));
  const [action, setAction] = useState(query.action ?? '');
  const [actorName, setActorName] = useState(query.actorName ?? '');
  const [unitId, setUnitId] = useState(query.unitId ?? '');
  const [outcome, setOutcome] = useState<string>(query.outcome ?? '');
  const fromIso = fromText.trim() ? parseDate(fromText) : '';
  const toIso = toText.trim() ? parseDate(toText) : '';

  function apply(event: FormEvent) {
    event.preventDefault();
    if (fromIso === null || toIso === null) return;
    const next = new URLSearchParams();
    const entries: [string, string][] = [
      ['from', fromIso],
      ['to', toIso],
      ['action', action],
      ['actorName', actorName.trim()],
      ['unitId', unitId],
      ['outcome', outcome],
    ];
    for (const [key, value] of entries) if (value) next.set(key, value);
    setParams(next);
    setOpen(new Set());
  }

  function clear() {
    setFromText('');
    setToText('');
    setAction('');
    setActorName('');
    setUnitId('');
    setOutcome('');
    setParams(new URLSearchParams());
  }

  /** A readable name for an action; new actions the UI does not know yet show their code. */
  const actionLabel = (action: string, withCode = false) => {
    const key = `auditAction.${action}`;
    if (!isMessageKey(key)) return action;
    return withCode ? `${t(key)} (${action})` : t(key);
  };

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.lead')}
        actions={
          can('audit.verify') ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={verify.pending}
              onClick={async () => {
                setVerifyResult(null);
                const result = await verify.run();
                if (result) setVerifyResult(result);
              }}
            >
              {verify.pending ? t('audit.verifying') : t('audit.verify')}
            </button>
          ) : null
        }
      />
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      {verifyResult &&
        (verifyResult.ok ? (
          <Alert
            kind="success"
            title={t('audit.verifyOk', {
              checked: verifyResult.checked,
              checkpoints: verifyResult.checkpoints,
            })}
          />
        ) : (
          <Alert kind="error" title={t('audit.verifyBroken')}>
            {verifyResult.broken && (
              <p>
                {t('audit.verifyBrokenAt', {
                  id: verifyResult.broken.id,
                  reason: verifyResult.broken.reason,
                })}
              </p>
            )}
            <p>
              {t('audit.verifyChecked', {
                checked: verifyResult.checked,
                checkpoints: verifyResult.checkpoints,
              })}
            </p>
          </Alert>
        ))}

      <form className="toolbar toolbar--form" onSubmit={apply} aria-label={t('audit.filters')} noValidate>
        <DateField
          label={t('audit.from')}
          value={fromText}
          onChange={setFromText}
          hint=""
          error={fromIso === null ? t('field.dateInvalid') : undefined}
        />
        <DateField
          label={t('audit.to')}
          value={toText}
          onChange={setToText}
          hint=""
          error={toIso === null ? t('field.dateInvalid') : undefined}
        />
        <SelectField
          label={t('audit.action')}
          value={action}
          onChange={setAction}
          placeholder={t('audit.allActions')}
          options={(actions.data ?? []).map((name) => ({ value: name, label: actionLabel(name, true) }))}
        />
        <TextField label={t('audit.actor')} value={actorName} onChange={setActorName} autoComplete="off" />
        {can('org.read') && (
          <UnitPicker
            label={t('audit.unit')}
            units={units.data ?? []}
            value={unitId}
            onChange={setUnitId}
            placeholder={t('audit.allUnits')}
          />
        )}
        <SelectField
          label={t('audit.outcome')}
          value={outcome}
          onChange={setOutcome}
          placeholder={t('audit.allOutcomes')}
          options={(['success', 'denied', 'failure'] as const).map((value) => ({
            value,
            label: t(`auditOutcome.${value}`),
          }))}
        />
        <div className="toolbar__buttons">
          <button type="submit" className="button button--primary">
            {t('audit.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>

      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <>
          <TableWrap label={t('audit.table')}>
            <table className="table table--wide">
              <caption className="visually-hidden">{t('audit.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.outcome')}</th>
                  <th scope="col">{t('audit.object')}</th>
                  <th scope="col">{t('audit.unit')}</th>
                  <th scope="col">{t('audit.ip')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody aria-busy={list.loading}>
                {list.data?.items.length === 0 && <EmptyRow colSpan={8}>{t('audit.empty')}</EmptyRow>}
                {list.data?.items.map((item) => {
                  const id = String(item.id);
                  const text = detailsText(item.details);
                  const expanded = open.has(id);
                  return (
                    <Fragment key={id}>
                      <tr>
                        <td className="nowrap">{formatDateTime(item.at, true)}</td>
                        <td>{item.actorName ?? '—'}</td>
                        <td>
                          {actionLabel(item.action)}
                          <code className="cell-code">{item.action}</code>
                        </td>
                        <td>
                          <Badge tone={OUTCOME_TONE[item.outcome] ?? 'neutral'}>
                            {t(`auditOutcome.${item.outcome}`)}
                          </Badge>
                        </td>
                        <td className="break">
                          {item.objectType
                            ? `${item.objectType}${item.objectId ? ` · ${item.objectId}` : ''}`
                            : '—'}
                        </td>
                        <td>{item.unitName ?? '—'}</td>
                        <td className="nowrap">{item.ip ?? '—'}</td>
                        <td>
                          {text ? (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-expanded={expanded}
                              aria-controls={`audit-details-${id}`}
                              onClick={() => toggle(id)}
                            >
                              {expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                              <span className="visually-hidden"> #{id}</span>
                            </button>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                      {expanded && (
                        <tr className="table__details-row">
                          <td colSpan={8} id={`audit-details-${id}`}>
                            <pre className="json">{text}</pre>
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          {list.data && (
            <Pagination
              page={query.page}
              pageSize={AUDIT_PAGE_SIZE}
              total={list.data.total}
              onPage={(page) =>
                setParams((previous) => {
                  const next = new URLSearchParams(previous);
                  next.set('page', String(page));
                  return next;
                })
              }
            />
          )}
        </>
      )}
    </>
  );
}
