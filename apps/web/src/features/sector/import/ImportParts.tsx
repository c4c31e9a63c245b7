import { errorMessage } from '@edushield/core/errors';
import { useId, useState } from 'react';
import { ApiError } from '../../../api/client';
import { type BatchStatus, type ImportBatch, sectorApi } from '../../../api/sector';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { downloadBlob } from '../../../components/download';
import { useToast } from '../../../components/Toasts';
import { type Translate, useI18n, useT } from '../../../i18n';
import { isMessageKey } from '../../../i18n/vi';
import { type ProgressState, percent } from './progress';

/** The wizard's steps; the current one is announced to screen readers. */
export function StepIndicator({ current }: { current: 1 | 2 | 3 | 4 | 5 }) {
  const t = useT();
  const steps = [
    t('simport.step1'),
    t('simport.step2'),
    t('simport.step3'),
    t('simport.step4'),
    t('simport.step5'),
  ];
  return (
    <ol className="wizard-steps" aria-label={t('simport.stepsLabel')}>
      {steps.map((label, index) => {
        const n = index + 1;
        const state = n < current ? 'done' : n === current ? 'current' : 'todo';
        return (
          <li
            key={label}
            className={`wizard-steps__item wizard-steps__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {n}
            </span>
            <span className="wizard-steps__label">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}

export function phaseLabel(phase: string, t: Translate): string {
  const key = `simport.phase.${phase}`;
  // A phase the server added later reads as plain "working", never as a code.
  return isMessageKey(key) ? t(key) : t('common.working');
}

export function statusLabel(status: BatchStatus, t: Translate): string {
  const key = `simport.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/** A native <progress> (no inline style needed for its width) fed by the batch's events. */
export function ProgressPanel({
  title,
  state,
  bare,
}: {
  title: string;
  state: ProgressState;
  /** Inside another panel: no frame, the title only for screen readers. */
  bare?: boolean;
}) {
  const t = useT();
  const id = useId();
  const value = percent(state);
  const counts =
    state.total > 0
      ? t('simport.progressRows', { done: state.done, total: state.total })
      : state.done > 0
        ? t('simport.progressRowsOnly', { done: state.done })
        : '';
  return (
    <section className={bare ? 'import-progress' : 'panel import-progress'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={bare ? 'visually-hidden' : 'panel__title'}>
        {title}
      </h2>
      <progress
        className="progress"
        max={100}
        value={value ?? undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
      />
      <p id={`${id}-text`} className="import-progress__text">
        <span>{phaseLabel(state.phase, t)}</span>
        {counts && <span> · {counts}</span>}
        {value !== null && <span className="import-progress__percent"> · {value}%</span>}
      </p>
      {/* Screen readers hear each phase once, not every count of every row. */}
      <p className="visually-hidden" role="status">
        {phaseLabel(state.phase, t)}
      </p>
      {state.transport === 'polling' && <p className="muted">{t('simport.liveFallback')}</p>}
    </section>
  );
}

/** What a refusal carried besides its message: the missing columns, the row limit. */
export function ErrorDetails({ details }: { details: unknown }) {
  const { t, locale } = useI18n();
  if (!details || typeof details !== 'object') return null;
  const { missing, found, maxRows, row, reason } = details as {
    missing?: unknown;
    found?: unknown;
    maxRows?: unknown;
    row?: unknown;
    reason?: unknown;
  };
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const missingList = list(missing);
  const foundList = list(found);
  return (
    <>
      {missingList.length > 0 && (
        <p>
          <strong>{t('simport.missingColumns')}:</strong> {missingList.join(', ')}
        </p>
      )}
      {foundList.length > 0 && (
        <p>
          {t('simport.foundColumns')}: {foundList.join(', ')}
        </p>
      )}
      {typeof maxRows === 'number' && <p>{t('simport.maxRows', { max: maxRows.toLocaleString('vi-VN') })}</p>}
      {typeof row === 'number' && (
        <p>
          {t('simport.failedRow', { row })}
          {typeof reason === 'string' && reason ? `: ${errorMessage(reason, locale)}` : ''}
        </p>
      )}
    </>
  );
}

/** A refused upload or a failed batch: the server's own message, never a blank page. */
export function ImportFailure({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  return (
    <Alert kind="error" title={t('simport.failed')}>
      <p>{error.message}</p>
      <ErrorDetails details={error.details} />
      {error.requestId && (
        <p className="alert__meta">
          {t('error.requestId')}: <code>{error.requestId}</code>
        </p>
      )}
    </Alert>
  );
}

/** The error workbook of a batch, fetched as a blob so a refusal shows its message. */
export function ErrorWorkbookButton({
  batch,
  primary,
}: {
  batch: Pick<ImportBatch, 'id' | 'filename' | 'errorWorkbook'>;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  if (!batch.errorWorkbook) return null;
  return (
    <button
      type="button"
      className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const file = await sectorApi.errorWorkbook(batch.id);
          const name = file.filename ?? `loi-nhap-${batch.filename.replace(/\.[^.]*$/, '')}.xlsx`;
          downloadBlob(file.blob, name);
          toast.success(t('export.done', { name }));
        } catch (error) {
          toast.error(error instanceof Error ? error.message : t('error.unexpected'));
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t('export.working') : t('simport.errorWorkbook')}
    </button>
  );
}
