import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { IMPORT_ACCEPT, type ImportBatch, sectorApi } from '../../../api/sector';
import { Alert, ErrorAlert, Loading } from '../../../components/Alert';
import { FileField } from '../../../components/Field';
import { useAction, useApiData } from '../../../components/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { ExportBar } from '../ExportBar';
import { SchoolField, YearField } from '../ScopeFields';
import { useSectorScope } from '../useSectorScope';
import { acceptedFile } from './findings';
import { ImportHistory } from './ImportHistory';
import {
  ErrorDetails,
  ErrorWorkbookButton,
  ImportFailure,
  ProgressPanel,
  StepIndicator,
} from './ImportParts';
import { ImportPreview } from './ImportPreview';
import { initialProgress } from './progress';
import { useBatchProgress } from './useBatchProgress';

/**
 * The student import as a wizard: school and file → check (progress from
 * the server's event stream) → preview of every cell, nothing written yet →
 * all-or-nothing or valid rows only → progress → counts, the error workbook
 * and the pupil list. The batch lives in the address (/sector/imports/:id),
 * so a reload or a return later resumes where the import is.
 */
export function ImportPage() {
  const { batchId } = useParams();
  return batchId ? <BatchView batchId={batchId} /> : <StartImport />;
}

function Header() {
  const { t } = useI18n();
  return <PageHeader title={t('simport.wizardTitle')} description={t('simport.wizardLead')} />;
}

function StartImport() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const scope = useSectorScope();
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const upload = useAction(sectorApi.startImport);
  const wrongType = file !== null && !acceptedFile(file.name);
  const fileError =
    submitted && !file ? t('import.fileMissing') : wrongType ? t('simport.fileTypeLocal') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!file || wrongType || !scope.schoolId || !scope.yearId) return;
    const started = await upload.run(file, scope.schoolId, scope.yearId);
    if (!started) return;
    navigate({
      pathname: `/sector/imports/${encodeURIComponent(started.batchId)}`,
      search: `?${new URLSearchParams({ school: scope.schoolId, year: scope.yearId }).toString()}`,
    });
  }

  return (
    <>
      <Header />
      <StepIndicator current={1} />
      {scope.error ? <ErrorAlert error={scope.error} /> : null}
      {!scope.loading && scope.years.length === 0 && <Alert kind="warning" title={t('sector.noYears')} />}
      {!scope.loading && scope.schools.length === 0 && <Alert kind="info" title={t('sector.noSchools')} />}
      <form className="panel form import-start" onSubmit={submit} noValidate>
        <div className="form__grid">
          <SchoolField
            schools={scope.schools}
            value={scope.schoolId}
            onChange={scope.setSchool}
            required
            error={submitted && !scope.schoolId ? t('field.missing') : undefined}
          />
          <YearField years={scope.years} value={scope.yearId} onChange={scope.setYear} required />
        </div>
        <FileField
          label={t('simport.chooseFile')}
          accept={IMPORT_ACCEPT}
          required
          hint={t('simport.fileHint')}
          error={fileError}
          onChange={(chosen) => {
            setFile(chosen);
            upload.reset();
          }}
        />
        {upload.error ? <ImportFailure error={upload.error} /> : null}
        {upload.pending && (
          <div className="import-progress" role="status">
            <progress className="progress" aria-label={t('simport.uploading')} />
            <p className="import-progress__text">{t('simport.uploading')}</p>
          </div>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={upload.pending}>
            {upload.pending ? t('simport.uploading') : t('simport.upload')}
          </button>
        </div>
      </form>
      <p className="muted import-template-lead">{t('simport.templateLead')}</p>
      <ExportBar schoolId={scope.schoolId} yearId={scope.yearId} classId="" status="" templateOnly />
      <ImportHistory schoolId={scope.schoolId} />
    </>
  );
}

function BatchView({ batchId }: { batchId: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [tick, setTick] = useState(0);
  const batch = useApiData(`batch|${batchId}|${tick}`, (signal) => sectorApi.batch(batchId, signal));
  const reload = () => setTick((n) => n + 1);
  const data = batch.data;
  const search = `?${params.toString()}`;
  const startOver = (
    <Link to={{ pathname: '/sector/imports', search }} className="button button--secondary">
      {t('simport.startOver')}
    </Link>
  );

  if (!data) {
    return (
      <>
        <Header />
        <StepIndicator current={2} />
        {batch.error ? (
          <>
            <ImportFailure error={batch.error} />
            {startOver}
          </>
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const step =
    data.status === 'analysed' ? 3 : data.status === 'committing' ? 4 : data.status === 'committed' ? 5 : 2;
  return (
    <>
      <Header />
      <StepIndicator current={data.status === 'failed' && data.mode ? 4 : step} />
      <p className="muted import-meta">
        {t('simport.file')}: <strong>{data.filename}</strong> · {t('simport.batchId')}: <code>{data.id}</code>
      </p>
      {batch.error ? <ErrorAlert error={batch.error} /> : null}
      {(data.status === 'queued' || data.status === 'analysing') && (
        <Running batchId={data.id} status={data.status} title={t('simport.analysing')} onSettled={reload} />
      )}
      {data.status === 'committing' && (
        <Running batchId={data.id} status={data.status} title={t('simport.committing')} onSettled={reload} />
      )}
      {data.status === 'analysed' && <ImportPreview batch={data} onCommitted={reload} onCancelled={reload} />}
      {data.status === 'committed' && <ImportResult batch={data} search={search} startOver={startOver} />}
      {data.status === 'failed' && (
        <>
          <Alert kind="error" title={t('simport.failed')}>
            <p>{data.error?.message ?? t('error.unexpected')}</p>
            <ErrorDetails details={data.error?.details} />
          </Alert>
          <div className="form__actions">
            {startOver}
            <ErrorWorkbookButton batch={data} />
          </div>
        </>
      )}
      {data.status === 'cancelled' && (
        <>
          <Alert kind="info" title={t('simport.cancelled')} />
          {startOver}
        </>
      )}
    </>
  );
}

/** A running phase: the progress bar, then a reload of the batch when the phase is over. */
function Running({
  batchId,
  status,
  title,
  onSettled,
}: {
  batchId: string;
  status: ImportBatch['status'];
  title: string;
  onSettled: () => void;
}) {
  const state = useBatchProgress(batchId, status, onSettled);
  return <ProgressPanel title={title} state={state} />;
}

function ImportResult({
  batch,
  search,
  startOver,
}: {
  batch: ImportBatch;
  search: string;
  startOver: ReactNode;
}) {
  const { t } = useI18n();
  const commit = batch.commit ?? { mode: '', created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const params = new URLSearchParams(search);
  params.set('school', batch.unitId);
  if (batch.schoolYearId) params.set('year', batch.schoolYearId);
  return (
    <section className="panel" aria-labelledby="import-result">
      <h2 id="import-result" className="panel__title">
        {t('simport.resultTitle')}
      </h2>
      <ProgressPanel
        title={t('simport.phase.done')}
        state={{
          ...initialProgress('committed'),
          done: batch.progress?.done ?? 0,
          total: batch.progress?.total ?? 0,
          phase: 'done',
        }}
        bare
      />
      <dl className="stats import-stats">
        <div className="stats__item--success">
          <dt>{t('simport.created')}</dt>
          <dd>{commit.created}</dd>
        </div>
        <div>
          <dt>{t('simport.updated')}</dt>
          <dd>{commit.updated}</dd>
        </div>
        <div>
          <dt>{t('simport.unchanged')}</dt>
          <dd>{commit.unchanged}</dd>
        </div>
        <div className={commit.skipped > 0 ? 'stats__item--danger' : undefined}>
          <dt>{t('simport.skipped')}</dt>
          <dd>{commit.skipped}</dd>
        </div>
      </dl>
      {batch.errorWorkbook && <p className="muted">{t('simport.resultLead')}</p>}
      <div className="form__actions">
        <ErrorWorkbookButton batch={batch} primary />
        <Link
          to={{ pathname: '/sector/students', search: `?${params.toString()}` }}
          className="button button--secondary"
        >
          {t('simport.toStudents')}
        </Link>
        {startOver}
      </div>
    </section>
  );
}
