import { useState } from 'react';
import type { DownloadedFile } from '../../api/client';
import type { UserImportCheck, UserImportRow } from '../../api/types';
import { USER_IMPORT_TEMPLATE_URL, usersApi } from '../../api/users';
import { roleName } from '../../app/labels';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { downloadBlob } from '../../components/download';
import { FileField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { ImportErrors, problemsFromError } from '../../components/ImportErrors';
import { TableWrap } from '../../components/Table';
import { useI18n, useT } from '../../i18n';
import { todayIso } from '../../i18n/format';
import { SCOPE_LABEL } from './labels';

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const USER_IMPORT_COLUMNS = ['Tên đăng nhập', 'Họ và tên', 'Email', 'Mã đơn vị', 'Vai trò', 'Phạm vi'];

/**
 * Check first (nothing is written), then create every account at once; the
 * answer is a spreadsheet of one-time passwords, downloaded straight away.
 */
export function UserImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [preview, setPreview] = useState<UserImportCheck | null>(null);
  const [result, setResult] = useState<DownloadedFile | null>(null);
  const check = useAction(usersApi.checkImport);
  const commit = useAction(usersApi.commitImport);
  const fallbackName = `edushield-tai-khoan-${todayIso()}.xlsx`;

  async function runCheck() {
    setSubmitted(true);
    if (!file) return;
    const outcome = await check.run(file);
    if (outcome) setPreview(outcome);
  }

  async function runCommit() {
    if (!file) return;
    const downloaded = await commit.run(file);
    if (downloaded) {
      setResult(downloaded);
      downloadBlob(downloaded.blob, downloaded.filename ?? fallbackName);
    }
  }

  const rowCount = preview ? (Array.isArray(preview.rows) ? preview.rows.length : preview.rows) : 0;
  const plannedRows = preview && Array.isArray(preview.rows) ? preview.rows : [];
  const error = commit.error ?? check.error;
  const rowProblems = problemsFromError(error);
  const ready = preview !== null && preview.errors.length === 0;

  let primary = (
    <button type="button" className="button button--primary" onClick={runCheck} disabled={check.pending}>
      {check.pending ? t('common.working') : t('import.check')}
    </button>
  );
  if (ready && !result) {
    primary = (
      <button type="button" className="button button--primary" onClick={runCommit} disabled={commit.pending}>
        {commit.pending ? t('common.working') : t('userImport.commit', { count: rowCount })}
      </button>
    );
  }
  if (result) {
    primary = (
      <button type="button" className="button button--primary" onClick={onClose}>
        {t('common.close')}
      </button>
    );
  }

  return (
    <Dialog
      title={t('userImport.title')}
      size="large"
      onClose={onClose}
      dismissible={!commit.pending}
      footer={
        <>
          {!result && (
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          )}
          {primary}
        </>
      }
    >
      {result ? (
        <>
          <Alert kind="success" title={t('userImport.done', { count: rowCount })}>
            <p>{t('userImport.keepSafe')}</p>
          </Alert>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadBlob(result.blob, result.filename ?? fallbackName)}
          >
            {t('userImport.downloadAgain')}
          </button>
        </>
      ) : (
        <>
          <p>{t('userImport.lead')}</p>
          <p className="field__hint">
            {t('userImport.columns')}: {USER_IMPORT_COLUMNS.join(', ')}
          </p>
          <p>
            <a className="button button--secondary button--small" href={USER_IMPORT_TEMPLATE_URL} download>
              {t('import.template')}
            </a>
          </p>
          <FileField
            label={t('import.file')}
            accept={ACCEPT}
            required
            hint={t('userImport.fileHint')}
            error={submitted && !file ? t('import.fileMissing') : undefined}
            onChange={(chosen) => {
              setFile(chosen);
              setPreview(null);
              check.reset();
              commit.reset();
            }}
          />
          {error ? <ErrorAlert error={error} /> : null}
          {rowProblems && <ImportErrors errors={rowProblems} />}
          {preview && (
            <section className="import-preview" aria-labelledby="user-import-preview">
              <h3 id="user-import-preview" className="section-title">
                {t('import.previewTitle')}
              </h3>
              <dl className="stats">
                <div>
                  <dt>{t('userImport.rows')}</dt>
                  <dd>{rowCount}</dd>
                </div>
                <div>
                  <dt>{t('userImport.errorCount')}</dt>
                  <dd>{preview.errors.length}</dd>
                </div>
              </dl>
              {preview.errors.length > 0 ? (
                <>
                  <Alert kind="error" title={t('import.hasErrors')} />
                  <ImportErrors errors={preview.errors} />
                </>
              ) : (
                <>
                  <Alert kind="success" title={t('userImport.ready', { count: rowCount })} />
                  {plannedRows.length > 0 && <PlannedAccounts rows={plannedRows} />}
                </>
              )}
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}

function PlannedAccounts({ rows }: { rows: readonly UserImportRow[] }) {
  const { t, locale } = useI18n();
  return (
    <TableWrap label={t('userImport.planned')}>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('userImport.planned')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('user.username')}</th>
            <th scope="col">{t('user.fullName')}</th>
            <th scope="col">{t('user.unit')}</th>
            <th scope="col">{t('user.role')}</th>
            <th scope="col">{t('user.scope')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td className="num">{row.row}</td>
              <td>
                <code>{row.username}</code>
              </td>
              <td>{row.fullName}</td>
              <td>{row.unitName ?? row.unitCode}</td>
              <td>{roleName(row.roleCode, locale)}</td>
              <td>
                {row.scope === 'subtree' || row.scope === 'unit' ? t(SCOPE_LABEL[row.scope]) : row.scope}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
