import { useState } from 'react';
import type { DownloadedFile } from '../../api/client';
import { type ExportFormat, sectorApi } from '../../api/sector';
import { useSession } from '../../app/session';
import { downloadBlob } from '../../components/download';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { todayIso } from '../../i18n/format';

type Busy = ExportFormat | 'template' | null;

/**
 * Exports and the pre-filled template, fetched as blobs (not plain links) so
 * the request carries the session's headers and a refusal shows its message
 * instead of downloading an error page.
 */
export function ExportBar({
  schoolId,
  yearId,
  classId,
  status,
  templateOnly,
}: {
  schoolId: string;
  yearId: string;
  classId: string;
  status: string;
  /** Only the pre-filled template (the import wizard). */
  templateOnly?: boolean;
}) {
  const t = useT();
  const toast = useToast();
  const { can } = useSession();
  const [busy, setBusy] = useState<Busy>(null);
  const canExport = can('sector.export') && !templateOnly;
  const canTemplate = can('sector.import');
  if (!canExport && !canTemplate) return null;

  async function fetchFile(kind: Exclude<Busy, null>, load: () => Promise<DownloadedFile>, fallback: string) {
    if (busy) return;
    setBusy(kind);
    try {
      const file = await load();
      const name = file.filename ?? fallback;
      downloadBlob(file.blob, name);
      toast.success(t('export.done', { name }));
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('error.unexpected'));
    } finally {
      setBusy(null);
    }
  }

  const exportAs = (format: ExportFormat) =>
    fetchFile(
      format,
      () =>
        sectorApi.exportStudents({
          format,
          unitId: schoolId || undefined,
          classId: classId || undefined,
          status: status || undefined,
        }),
      `hoc-sinh-${todayIso()}.${format}`,
    );

  return (
    <section className="export-bar" aria-labelledby="export-bar-title">
      <h2 id="export-bar-title" className={templateOnly ? 'visually-hidden' : 'export-bar__title'}>
        {templateOnly ? t('export.template') : t('export.title')}
      </h2>
      {canExport && (
        <div className="export-bar__group">
          {(['xlsx', 'csv', 'json'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--secondary button--small"
              disabled={busy !== null}
              aria-busy={busy === format}
              onClick={() => void exportAs(format)}
            >
              {busy === format ? t('export.working') : t(`export.${format}`)}
            </button>
          ))}
          <span className="export-bar__hint">{t('export.scope')}</span>
        </div>
      )}
      {canTemplate && (
        <div className="export-bar__group">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy !== null || !schoolId}
            aria-describedby="export-template-hint"
            onClick={() =>
              void fetchFile(
                'template',
                () => sectorApi.template(schoolId, yearId || undefined),
                `mau-hoc-sinh-${todayIso()}.xlsx`,
              )
            }
          >
            {busy === 'template' ? t('export.working') : t('export.template')}
          </button>
          <span id="export-template-hint" className="export-bar__hint">
            {schoolId ? t('export.templateHint') : t('export.needSchool')}
          </span>
        </div>
      )}
    </section>
  );
}
