import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { useApiData } from '../../components/hooks';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { type EntityDiff, reportingApi, type SnapshotRow, type VersionView } from './api';

const text = (v: SnapshotRow[string] | undefined) => (v === null || v === undefined ? '' : String(v));

function DiffList({ title, diff }: { title: string; diff: EntityDiff }) {
  const t = useT();
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return null;
  return (
    <div>
      <h4 className="subsection-title">{title}</h4>
      <ul className="plain-list">
        {diff.added.map((r) => (
          <li key={`a${r.id}`}>
            {t('reporting.diffAdded')}: <code>{r.label}</code>
          </li>
        ))}
        {diff.removed.map((r) => (
          <li key={`r${r.id}`}>
            {t('reporting.diffRemoved')}: <code>{r.label}</code>
          </li>
        ))}
        {diff.changed.map((r) => (
          <li key={`c${r.id}`}>
            {t('reporting.diffChanged')}: <code>{r.label}</code> — {r.fields.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DiffView({ version }: { version: VersionView }) {
  const t = useT();
  const { diff } = version;
  if (!diff) return <p className="muted">{t('reporting.diffFirst')}</p>;
  const size = (['school', 'classes', 'staff', 'students'] as const).reduce(
    (n, e) => n + diff[e].added.length + diff[e].removed.length + diff[e].changed.length,
    0,
  );
  if (size === 0) return <p className="muted">{t('reporting.diffNone')}</p>;
  return (
    <>
      <DiffList title={t('reporting.entity.school')} diff={diff.school} />
      <DiffList title={t('reporting.classes')} diff={diff.classes} />
      <DiffList title={t('reporting.staff')} diff={diff.staff} />
      <DiffList title={t('reporting.pupils')} diff={diff.students} />
    </>
  );
}

/** One frozen version: summary, diff against the previous one, and the records (masked per role). */
export function SnapshotView({ submissionId, version }: { submissionId: string; version: number }) {
  const t = useT();
  const data = useApiData(`version|${submissionId}|${version}`, (signal) =>
    reportingApi.version(submissionId, version, signal),
  );
  if (data.error) return <ErrorAlert error={data.error} />;
  if (!data.data) return <Loading />;
  const v = data.data;
  const gradeOf = new Map(v.records.classes.map((c) => [text(c.id), text(c.grade)]));
  const nameOf = new Map(v.records.classes.map((c) => [text(c.id), text(c.name)]));
  return (
    <section className="section" aria-labelledby="snapshot-title">
      <h3 id="snapshot-title" className="subsection-title">
        {t('reporting.snapshot', { version: v.version })} · {formatDateTime(v.createdAt)}
      </h3>
      {v.masked && <Alert kind="info" title={t('reporting.maskedNote')} />}
      <h4 className="subsection-title">{t('reporting.diff')}</h4>
      <DiffView version={v} />
      <TableWrap label={t('reporting.classes')}>
        <table className="table">
          <caption>{t('reporting.classes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.code')}</th>
              <th scope="col">{t('reporting.name')}</th>
              <th scope="col">{t('reporting.grade')}</th>
            </tr>
          </thead>
          <tbody>
            {v.records.classes.length === 0 && <EmptyRow colSpan={3}>—</EmptyRow>}
            {v.records.classes.map((c) => (
              <tr key={text(c.id)}>
                <td>
                  <code>{text(c.code)}</code>
                </td>
                <td>{text(c.name)}</td>
                <td>{text(c.grade)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <TableWrap label={t('reporting.pupils')}>
        <table className="table">
          <caption>
            {t('reporting.pupils')} ({v.records.students.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.code')}</th>
              <th scope="col">{t('reporting.name')}</th>
              <th scope="col">{t('reporting.birthDate')}</th>
              <th scope="col">{t('reporting.classes')}</th>
            </tr>
          </thead>
          <tbody>
            {v.records.students.length === 0 && <EmptyRow colSpan={4}>—</EmptyRow>}
            {v.records.students.map((s) => (
              <tr key={text(s.id)}>
                <td>
                  <code>{text(s.studentCode)}</code>
                </td>
                <td>{text(s.fullName)}</td>
                <td className="nowrap">{formatDate(text(s.birthDate))}</td>
                <td>
                  {nameOf.get(text(s.classId)) ?? '—'}
                  {gradeOf.get(text(s.classId)) ? ` (${gradeOf.get(text(s.classId))})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <TableWrap label={t('reporting.staff')}>
        <table className="table">
          <caption>
            {t('reporting.staff')} ({v.records.staff.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.code')}</th>
              <th scope="col">{t('reporting.name')}</th>
            </tr>
          </thead>
          <tbody>
            {v.records.staff.length === 0 && <EmptyRow colSpan={2}>—</EmptyRow>}
            {v.records.staff.map((s) => (
              <tr key={text(s.id)}>
                <td>
                  <code>{text(s.staffCode)}</code>
                </td>
                <td>{text(s.fullName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
