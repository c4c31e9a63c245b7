import { useState } from 'react';
import type { Unit, UnitImportResult } from '../../api/types';
import { UNIT_IMPORT_TEMPLATE_URL, unitsApi } from '../../api/units';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { FileField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { ImportErrors, problemsFromError } from '../../components/ImportErrors';
import { useT } from '../../i18n';
import { UnitPicker } from './UnitPicker';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * Import in two steps: a dry run that writes nothing and lists every problem,
 * then the commit of the same file. Any bad row means nothing is written.
 */
export function UnitImportDialog({
  units,
  defaultParentId,
  onClose,
  onDone,
}: {
  units: readonly Unit[];
  defaultParentId: string | null;
  onClose: () => void;
  onDone: (result: UnitImportResult) => void;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [parentId, setParentId] = useState(defaultParentId ?? '');
  const [preview, setPreview] = useState<UnitImportResult | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const check = useAction((chosen: File, parent: string) =>
    unitsApi.import(chosen, { dryRun: true, parentId: parent || undefined }),
  );
  const commit = useAction((chosen: File, parent: string) =>
    unitsApi.import(chosen, { dryRun: false, parentId: parent || undefined }),
  );

  const resetPreview = () => {
    setPreview(null);
    check.reset();
    commit.reset();
  };

  async function runCheck() {
    setSubmitted(true);
    if (!file) return;
    const result = await check.run(file, parentId);
    if (result) setPreview(result);
  }

  async function runCommit() {
    if (!file) return;
    const result = await commit.run(file, parentId);
    if (result && result.errors.length === 0) onDone(result);
    else if (result) setPreview(result);
  }

  const error = commit.error ?? check.error;
  const rowProblems = problemsFromError(error);
  const canCommit = preview !== null && preview.errors.length === 0 && !commit.pending;

  return (
    <Dialog
      title={t('unitImport.title')}
      size="large"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {preview && preview.errors.length === 0 ? (
            <button
              type="button"
              className="button button--primary"
              onClick={runCommit}
              disabled={!canCommit}
            >
              {commit.pending ? t('common.working') : t('import.commit')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={runCheck}
              disabled={check.pending}
            >
              {check.pending ? t('common.working') : t('import.check')}
            </button>
          )}
        </>
      }
    >
      <p>{t('unitImport.lead')}</p>
      <p>
        <a className="button button--secondary button--small" href={UNIT_IMPORT_TEMPLATE_URL} download>
          {t('import.template')}
        </a>
      </p>
      <div className="form">
        <FileField
          label={t('import.file')}
          accept={ACCEPT}
          hint={t('unitImport.fileHint')}
          required
          error={submitted && !file ? t('import.fileMissing') : undefined}
          onChange={(chosen) => {
            setFile(chosen);
            resetPreview();
          }}
        />
        <UnitPicker
          label={t('unitImport.parent')}
          units={units}
          value={parentId}
          onChange={(id) => {
            setParentId(id);
            resetPreview();
          }}
          placeholder={t('unitImport.noParent')}
          hint={t('unitImport.parentHint')}
        />
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {rowProblems && <ImportErrors errors={rowProblems} />}
      {preview && (
        <section className="import-preview" aria-labelledby="unit-import-preview">
          <h3 id="unit-import-preview" className="section-title">
            {t('import.previewTitle')}
          </h3>
          <dl className="stats">
            <div>
              <dt>{t('unitImport.created')}</dt>
              <dd>{preview.created}</dd>
            </div>
            <div>
              <dt>{t('unitImport.updated')}</dt>
              <dd>{preview.updated}</dd>
            </div>
            <div>
              <dt>{t('unitImport.unchanged')}</dt>
              <dd>{preview.unchanged}</dd>
            </div>
          </dl>
          {preview.errors.length > 0 ? (
            <>
              <Alert kind="error" title={t('import.hasErrors')} />
              <ImportErrors errors={preview.errors} />
            </>
          ) : (
            <Alert kind="success" title={t('import.readyToCommit')} />
          )}
        </section>
      )}
    </Dialog>
  );
}
