import { useState } from 'react';
import { roleName } from '../../app/labels';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Checkbox, DateField, SelectField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n, useT } from '../../i18n';
import { parseDate } from '../../i18n/format';
import { learningApi } from './api';
import { ASSIGNABLE_ROLES, STATUS_KEYS } from './labels';
import './learning.css';

const vnDate = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

/** Assign a published course to roles in unit subtrees (pupils by grade band) with a deadline. */
export function AssignmentsPage() {
  const { t, locale } = useI18n();
  const roleLabel = (code: string) => roleName(code, locale);
  const toast = useToast();
  const courses = useApiData('courses', (signal) => learningApi.courses(signal));
  const units = useApiData('assignable-units', (signal) => learningApi.assignableUnits(signal));
  const list = useApiData('assignments', (signal) => learningApi.assignments(signal));
  const [courseId, setCourseId] = useState('');
  const [roles, setRoles] = useState<string[]>(['teacher']);
  const [targets, setTargets] = useState<string[]>([]);
  const [bands, setBands] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const create = useAction(async () => {
    const made = await learningApi.createAssignment({
      courseId,
      roleCodes: roles,
      targetUnitIds: targets,
      gradeBands: roles.includes('student') ? bands : [],
      dueOn: parseDate(dueOn) ?? dueOn,
    });
    toast.success(t('learning.assign.done', { n: made.enrolledNow }));
    list.reload();
  });
  const cancel = useAction(async (id: string) => {
    await learningApi.cancelAssignment(id);
    list.reload();
  });
  const published = courses.data?.items.filter((c) => c.status === 'published') ?? [];
  return (
    <>
      <PageHeader title={t('learning.assign.title')} description={t('learning.assign.description')} />
      <section className="panel">
        <h2 className="panel__title">{t('learning.assign.new')}</h2>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void create.run();
          }}
        >
          <ErrorAlert error={create.error ?? courses.error ?? units.error} />
          <SelectField
            label={t('learning.assign.course')}
            value={courseId}
            onChange={setCourseId}
            placeholder={t('learning.assign.pickCourse')}
            options={published.map((c) => ({ value: c.id, label: c.title }))}
            required
          />
          <fieldset className="fieldset-plain">
            <legend>{t('learning.assign.roles')}</legend>
            <div className="check-grid">
              {ASSIGNABLE_ROLES.map((r) => (
                <Checkbox
                  key={r}
                  label={roleLabel(r)}
                  checked={roles.includes(r)}
                  onChange={(on) => setRoles(on ? [...roles, r] : roles.filter((x) => x !== r))}
                />
              ))}
            </div>
          </fieldset>
          {roles.includes('student') && (
            <fieldset className="fieldset-plain">
              <legend>{t('learning.assign.bands')}</legend>
              <div className="check-grid">
                {['TH', 'THCS', 'THPT'].map((b) => (
                  <Checkbox
                    key={b}
                    label={t(`learning.band.${b}` as 'learning.band.TH')}
                    checked={bands.includes(b)}
                    onChange={(on) => setBands(on ? [...bands, b] : bands.filter((x) => x !== b))}
                  />
                ))}
              </div>
            </fieldset>
          )}
          <SelectField
            label={t('learning.assign.units')}
            hint={t('learning.assign.unitsHint')}
            value=""
            onChange={(id) => id && !targets.includes(id) && setTargets([...targets, id])}
            placeholder={t('learning.assign.addUnit')}
            options={(units.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${'\u00a0\u00a0'.repeat(Math.max(0, u.depth))}${u.name}`,
            }))}
          />
          {targets.length > 0 && (
            <ul className="plain-list">
              {targets.map((id) => (
                <li key={id}>
                  {units.data?.items.find((u) => u.id === id)?.name}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setTargets(targets.filter((x) => x !== id))}
                  >
                    {t('learning.assign.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <DateField label={t('learning.assign.due')} value={dueOn} onChange={setDueOn} required />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.pending}>
              {t('learning.assign.submit')}
            </button>
          </div>
        </form>
      </section>
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <TableWrap label={t('learning.assign.list')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('learning.assign.course')}</th>
                <th>{t('learning.assign.who')}</th>
                <th>{t('learning.assign.due')}</th>
                <th className="num">{t('learning.assign.progress')}</th>
                <th>{t('learning.field.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 && <EmptyRow colSpan={6}>{t('learning.assign.empty')}</EmptyRow>}
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <td>{a.courseTitle}</td>
                  <td>
                    {a.roleCodes.map((r) => roleLabel(r)).join(', ')}
                    {a.gradeBands.length > 0 && ` (${a.gradeBands.join(', ')})`} — {a.targetNames.join(', ')}
                  </td>
                  <td className="nowrap">{vnDate(a.dueOn)}</td>
                  <td className="num">
                    {a.completed}/{a.enrolled}
                  </td>
                  <td>
                    <Badge tone={a.status === 'active' ? 'info' : 'neutral'}>
                      {t(STATUS_KEYS[a.status]!)}
                    </Badge>
                  </td>
                  <td>
                    {a.status === 'active' && (
                      <button
                        type="button"
                        className="link-button"
                        disabled={cancel.pending}
                        onClick={() => void cancel.run(a.id)}
                      >
                        {t('learning.assign.cancel')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ErrorAlert error={cancel.error ?? list.error} />
    </>
  );
}

const pct = (done: number, all: number) => (all === 0 ? '—' : `${Math.round((done * 100) / all)}%`);

/** Completion, scores and time per unit, drilling down the tree; then the learners of a unit. */
export function ReportPage({ rootUnitId }: { rootUnitId: string }) {
  const t = useT();
  const [unitId, setUnitId] = useState(rootUnitId);
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [page, setPage] = useState(1);
  const report = useApiData(`report:${unitId}`, (signal) => learningApi.report(unitId, signal));
  const learners = useApiData(`learners:${unitId}:${page}`, (signal) =>
    learningApi.learners(unitId, page, signal),
  );
  const [root, ...children] = report.data?.units ?? [];
  const open = (id: string, name: string) => {
    if (root) setTrail([...trail, { id: root.unitId, name: root.name }]);
    setUnitId(id);
    setPage(1);
    void name;
  };
  return (
    <>
      <PageHeader title={t('learning.report.title')} description={root ? root.name : undefined} />
      <ErrorAlert error={report.error} />
      {report.loading && !report.data && <Loading />}
      {trail.length > 0 && (
        <nav aria-label={t('learning.report.trail')} className="button-row">
          {trail.map((u, i) => (
            <button
              key={u.id}
              type="button"
              className="link-button"
              onClick={() => {
                setTrail(trail.slice(0, i));
                setUnitId(u.id);
                setPage(1);
              }}
            >
              {u.name}
            </button>
          ))}
        </nav>
      )}
      {root && (
        <TableWrap label={t('learning.report.units')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('learning.report.unit')}</th>
                <th className="num">{t('learning.report.assigned')}</th>
                <th className="num">{t('learning.report.completion')}</th>
                <th className="num">{t('learning.report.avgScore')}</th>
                <th className="num">{t('learning.report.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {[root, ...children].map((r, i) => (
                <tr key={r.unitId}>
                  <td>
                    {i === 0 ? (
                      <strong>{r.name}</strong>
                    ) : (
                      <button type="button" className="link-button" onClick={() => open(r.unitId, r.name)}>
                        {r.name}
                      </button>
                    )}
                  </td>
                  <td className="num">{r.assigned}</td>
                  <td className="num">{pct(r.completed, r.assigned)}</td>
                  <td className="num">{r.avgScore ?? '—'}</td>
                  <td className="num">{r.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {report.data && report.data.courses.length > 0 && (
        <TableWrap label={t('learning.report.courses')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('learning.assign.course')}</th>
                <th className="num">{t('learning.report.assigned')}</th>
                <th className="num">{t('learning.report.completion')}</th>
                <th className="num">{t('learning.report.overdue')}</th>
                <th className="num">{t('learning.report.avgScore')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.courses.map((c) => (
                <tr key={c.courseId}>
                  <td>{c.title}</td>
                  <td className="num">{c.assigned}</td>
                  <td className="num">{pct(c.completed, c.assigned)}</td>
                  <td className="num">{c.overdue}</td>
                  <td className="num">{c.avgScore ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {learners.data && (
        <>
          <TableWrap label={t('learning.report.learners')}>
            <table className="table">
              <thead>
                <tr>
                  <th>{t('learning.report.learner')}</th>
                  <th>{t('learning.report.unit')}</th>
                  <th>{t('learning.assign.course')}</th>
                  <th>{t('learning.field.status')}</th>
                  <th className="num">{t('learning.report.score')}</th>
                  <th className="num">{t('learning.report.minutes')}</th>
                </tr>
              </thead>
              <tbody>
                {learners.data.items.length === 0 && (
                  <EmptyRow colSpan={6}>{t('learning.report.noLearners')}</EmptyRow>
                )}
                {learners.data.items.map((l) => (
                  <tr key={l.id}>
                    <td>{l.fullName}</td>
                    <td>{l.unitName}</td>
                    <td>{l.course}</td>
                    <td>
                      <Badge tone={l.status === 'completed' ? 'success' : 'neutral'}>
                        {t(STATUS_KEYS[l.status]!)}
                      </Badge>
                    </td>
                    <td className="num">{l.bestScore ?? '—'}</td>
                    <td className="num">{l.minutes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={page} pageSize={50} total={learners.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
