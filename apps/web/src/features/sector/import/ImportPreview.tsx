import { STUDENT } from '@edushield/core/standard/entities/student';
import { Fragment, useId, useState } from 'react';
import { type CommitMode, type Finding, type ImportBatch, sectorApi } from '../../../api/sector';
import { Alert, ErrorAlert, Loading } from '../../../components/Alert';
import { Badge } from '../../../components/Badge';
import { ConfirmDialog } from '../../../components/Dialog';
import { useAction, useApiData } from '../../../components/hooks';
import { Pagination } from '../../../components/Pagination';
import { EmptyRow, TableWrap } from '../../../components/Table';
import { type Translate, useI18n } from '../../../i18n';
import { isMessageKey } from '../../../i18n/vi';
import {
  asFilter,
  FINDINGS_FILTERS,
  type FindingsFilter,
  findingsQuery,
  groupFindings,
  writableRows,
} from './findings';
import { ErrorWorkbookButton } from './ImportParts';

const FILTER_LABEL = {
  all: 'simport.filterAll',
  changes: 'simport.filterChanges',
  blocking: 'simport.filterBlocking',
  warnings: 'simport.filterWarnings',
} as const;

/** "guardian.father.phone" → "Cha – số điện thoại"; a student field → its label in the standard. */
export function columnFieldLabel(field: string, t: Translate, locale: 'vi' | 'en'): string {
  const guardian = /^guardian\.(\w+)\.(\w+)$/.exec(field);
  if (guardian) {
    const slot = `simport.slot.${guardian[1]}`;
    const attribute = `simport.attr.${guardian[2]}`;
    if (isMessageKey(slot) && isMessageKey(attribute)) return `${t(slot)} – ${t(attribute)}`;
    return field;
  }
  const spec = STUDENT.fields.find((f) => f.key === field);
  if (!spec) return field;
  return locale === 'vi' ? spec.labelVi : spec.labelEn;
}

function encodingLabel(encoding: string | null, t: Translate): string {
  if (!encoding) return t('simport.unicode');
  return { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', viqr: 'VIQR' }[encoding] ?? encoding;
}

/** A cell value as text; an empty cell says so rather than showing nothing. */
function Value({ text, className }: { text: string | null; className: string }) {
  const { t } = useI18n();
  if (text === null || text === '')
    return <span className={`${className} muted`}>{t('simport.emptyValue')}</span>;
  return <span className={className}>{text}</span>;
}

function FindingCell({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.kind === 'change') {
    return (
      <span className="change">
        <Value text={finding.before} className="change__before" />
        <span className="change__arrow" aria-hidden="true">
          {' → '}
        </span>
        <span className="visually-hidden"> {t('simport.after')}: </span>
        <Value text={finding.after} className="change__after" />
      </span>
    );
  }
  return <span className="finding__message">{finding.message ?? finding.ruleCode ?? ''}</span>;
}

function FindingKind({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  if (finding.kind === 'change') return <Badge tone="info">{t('simport.change')}</Badge>;
  return finding.severity === 'blocking' ? (
    <Badge tone="danger">{t('simport.severity.blocking')}</Badge>
  ) : (
    <Badge tone="warning">{t('simport.severity.warning')}</Badge>
  );
}

/** Every standardised value and every problem, cell by cell, filtered and paged by the server. */
function FindingsTable({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<FindingsFilter>('all');
  const [page, setPage] = useState(1);
  const name = useId();
  const first = batch.findings;
  const useFirst = filter === 'all' && page === 1 && first !== undefined;
  const findings = useApiData(useFirst ? null : `findings|${batch.id}|${filter}|${page}`, (signal) =>
    sectorApi.findings(batch.id, findingsQuery(filter, page), signal),
  );
  const data = useFirst ? first : findings.data;
  const groups = groupFindings(data?.items ?? []);

  return (
    <section className="section" aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`} className="section-title">
        {t('simport.findingsTitle')}
      </h3>
      <p className="muted">{t('simport.findingsLead')}</p>
      <fieldset className="segmented">
        <legend className="field__label">{t('simport.filter')}</legend>
        {FINDINGS_FILTERS.map((value) => (
          <label
            key={value}
            className={`segmented__option${filter === value ? ' segmented__option--on' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={filter === value}
              onChange={(event) => {
                setFilter(asFilter(event.target.value));
                setPage(1);
              }}
            />
            <span>{t(FILTER_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
      {findings.error ? <ErrorAlert error={findings.error} /> : null}
      {!data ? (
        <Loading />
      ) : (
        <>
          <TableWrap label={t('simport.findingsTable')}>
            <table className="table table--compact findings">
              <caption className="visually-hidden">{t('simport.findingsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('simport.row')}</th>
                  <th scope="col">{t('simport.column')}</th>
                  <th scope="col">{t('simport.kind')}</th>
                  <th scope="col">{t('simport.detail')}</th>
                </tr>
              </thead>
              <tbody aria-busy={findings.loading}>
                {groups.length === 0 && <EmptyRow colSpan={4}>{t('simport.findingsEmpty')}</EmptyRow>}
                {groups.map((group) => {
                  const items = [...group.issues, ...group.changes];
                  return (
                    <Fragment key={group.row}>
                      {items.map((finding, index) => (
                        <tr
                          // biome-ignore lint/suspicious/noArrayIndexKey: a cell may have several findings of one kind
                          key={`${group.row}-${index}`}
                          className={`findings__row findings__row--${finding.kind === 'change' ? 'change' : (finding.severity ?? 'warning')}${index === 0 ? ' findings__row--first' : ''}`}
                        >
                          {index === 0 && (
                            <th scope="rowgroup" rowSpan={items.length} className="findings__rowhead num">
                              <span className="findings__rowword">{t('simport.row')} </span>
                              {group.row}
                            </th>
                          )}
                          <td className="findings__column">{finding.column ?? '—'}</td>
                          <td className="nowrap findings__kind">
                            <FindingKind finding={finding} />
                          </td>
                          <td className="break">
                            <FindingCell finding={finding} />
                          </td>
                        </tr>
                      ))}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          {data.total > data.pageSize && (
            <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          )}
        </>
      )}
    </section>
  );
}

/** The dry run's outcome: counts, what was recognised, every finding, then the choice of how to write. */
export function ImportPreview({
  batch,
  onCommitted,
  onCancelled,
}: {
  batch: ImportBatch;
  onCommitted: () => void;
  onCancelled: () => void;
}) {
  const { t, locale } = useI18n();
  const formId = useId();
  const counts = batch.counts ?? { rows: 0, valid: 0, withWarnings: 0, blocking: 0 };
  const writable = writableRows(counts);
  const allBlocked = counts.blocking > 0;
  const [mode, setMode] = useState<CommitMode>(allBlocked ? 'valid_only' : 'all_or_nothing');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const commit = useAction(async (chosen: CommitMode) => sectorApi.commit(batch.id, chosen));
  const cancel = useAction(async () => sectorApi.cancel(batch.id));
  const effectiveMode: CommitMode = allBlocked ? 'valid_only' : mode;

  return (
    <>
      <section className="panel" aria-labelledby={`${formId}-preview`}>
        <h2 id={`${formId}-preview`} className="panel__title">
          {t('simport.previewTitle')}
        </h2>
        <Alert kind="info" title={t('simport.nothingWritten')} />
        <dl className="facts import-facts">
          <div>
            <dt>{t('simport.file')}</dt>
            <dd>{batch.filename}</dd>
          </div>
          {batch.sheetName && (
            <div>
              <dt>{t('simport.sheet')}</dt>
              <dd>{batch.sheetName}</dd>
            </div>
          )}
          {batch.headerRows.length > 0 && (
            <div>
              <dt>{t('simport.headerRows')}</dt>
              <dd>{batch.headerRows.join(', ')}</dd>
            </div>
          )}
        </dl>
        <dl className="stats import-stats">
          <div>
            <dt>{t('simport.rows')}</dt>
            <dd>{counts.rows}</dd>
          </div>
          <div className="stats__item--success">
            <dt>{t('simport.valid')}</dt>
            <dd>{counts.valid}</dd>
          </div>
          <div className="stats__item--warning">
            <dt>{t('simport.withWarnings')}</dt>
            <dd>{counts.withWarnings}</dd>
          </div>
          <div className="stats__item--danger">
            <dt>{t('simport.blocking')}</dt>
            <dd>{counts.blocking}</dd>
          </div>
        </dl>
        {batch.notices.length > 0 && (
          <>
            <h3 className="subsection-title">{t('simport.notices')}</h3>
            <ul className="notice-list">
              {batch.notices.map((notice, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: notices may repeat a code with different columns
                <li key={`${notice.code}-${index}`}>{notice.message}</li>
              ))}
            </ul>
          </>
        )}
        {batch.columns.length > 0 && (
          <details className="columns-details">
            <summary>
              {t('simport.columnsTitle')} ({batch.columns.length})
            </summary>
            <TableWrap label={t('simport.columnsTitle')}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('simport.column')}</th>
                    <th scope="col">{t('simport.field')}</th>
                    <th scope="col">{t('simport.encoding')}</th>
                  </tr>
                </thead>
                <tbody>
                  {batch.columns.map((column) => (
                    <tr key={`${column.label}-${column.field}`}>
                      <td>{column.label}</td>
                      <td>{columnFieldLabel(column.field, t, locale)}</td>
                      <td>{encodingLabel(column.encoding, t)}</td>
                    </tr>
                  ))}
                  {batch.ignoredColumns.map((column) => {
                    const reason = `simport.ignored.${column.reason}`;
                    return (
                      <tr key={`ignored-${column.label}`} className="muted">
                        <td>{column.label}</td>
                        <td colSpan={2}>{isMessageKey(reason) ? t(reason) : column.reason}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          </details>
        )}
        {batch.errorWorkbook && (
          <div className="import-workbook">
            <p className="muted">{t('simport.downloadWorkbookLead')}</p>
            <ErrorWorkbookButton batch={batch} />
          </div>
        )}
        <FindingsTable batch={batch} />
      </section>

      <section className="panel" aria-labelledby={`${formId}-commit`}>
        <h2 id={`${formId}-commit`} className="panel__title">
          {t('simport.commitTitle')}
        </h2>
        {commit.error ? <ErrorAlert error={commit.error} /> : null}
        {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
        {writable === 0 ? (
          <Alert kind="warning" title={t('simport.modeNone')} />
        ) : (
          <form
            id={formId}
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              if (await commit.run(effectiveMode)) onCommitted();
            }}
          >
            <fieldset className="fieldset commit-modes">
              <legend className="visually-hidden">{t('simport.commitTitle')}</legend>
              <label className={`choice commit-mode${allBlocked ? ' commit-mode--disabled' : ''}`}>
                <input
                  type="radio"
                  name={`${formId}-mode`}
                  value="all_or_nothing"
                  checked={effectiveMode === 'all_or_nothing'}
                  disabled={allBlocked}
                  aria-describedby={`${formId}-all-hint`}
                  onChange={() => setMode('all_or_nothing')}
                />
                <span>
                  {t('simport.modeAll')}
                  <span id={`${formId}-all-hint`} className="choice__hint">
                    {allBlocked
                      ? t('simport.modeAllBlocked', { count: counts.blocking })
                      : t('simport.modeAllHint')}
                  </span>
                </span>
              </label>
              <label className="choice commit-mode">
                <input
                  type="radio"
                  name={`${formId}-mode`}
                  value="valid_only"
                  checked={effectiveMode === 'valid_only'}
                  aria-describedby={`${formId}-valid-hint`}
                  onChange={() => setMode('valid_only')}
                />
                <span>
                  {t('simport.modeValid')}
                  <span id={`${formId}-valid-hint`} className="choice__hint">
                    {t('simport.modeValidHint', { count: writable })}
                  </span>
                </span>
              </label>
            </fieldset>
          </form>
        )}
        <div className="form__actions">
          {writable > 0 && (
            <button type="submit" form={formId} className="button button--primary" disabled={commit.pending}>
              {commit.pending ? t('common.working') : t('simport.commit')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={cancel.pending || commit.pending}
            onClick={() => setConfirmCancel(true)}
          >
            {t('simport.cancel')}
          </button>
        </div>
      </section>
      {confirmCancel && (
        <ConfirmDialog
          title={t('simport.cancel')}
          message={t('simport.cancelConfirm')}
          confirmLabel={t('simport.cancel')}
          danger
          busy={cancel.pending}
          onCancel={() => setConfirmCancel(false)}
          onConfirm={async () => {
            setConfirmCancel(false);
            if (await cancel.run()) onCancelled();
          }}
        />
      )}
    </>
  );
}
