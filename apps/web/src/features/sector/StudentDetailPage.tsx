import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { sectorApi } from '../../api/sector';
import { useSession } from '../../app/session';
import { ErrorAlert, Loading } from '../../components/Alert';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { allowedActions, codeLabel, type StudentAction } from './codes';
import { isMasked, LockIcon, MaskedNote, Personal } from './Masked';
import { StudentFormDialog } from './StudentForm';
import { StudentActionDialog } from './StudentStatusDialogs';
import { StatusBadge } from './StudentsPage';
import { useSectorScope } from './useSectorScope';

const ACTION_LABEL = {
  transferOut: 'action.transferOut',
  dropOut: 'action.dropOut',
  graduate: 'action.graduate',
  reEnrol: 'action.reEnrol',
} as const;

/** One pupil: the record (masked per role), parents and guardians, status history, and the actions. */
export function StudentDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { can } = useSession();
  const toast = useToast();
  const scope = useSectorScope();
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState(false);
  const [acting, setActing] = useState<StudentAction | null>(null);
  const detail = useApiData(`student|${id}|${reload}|${locale}`, (signal) => sectorApi.student(id, signal));
  const back = `/sector/students?${params.toString()}`;
  const student = detail.data;
  const canWrite = can('sector.write');

  if (detail.error && !student) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={back}>{t('student.back')}</Link>
        </p>
        <ErrorAlert error={detail.error} />
      </>
    );
  }
  if (!student) return <Loading />;

  const code = (list: Parameters<typeof codeLabel>[0]) => (value: string) => codeLabel(list, value, locale);
  const actions = canWrite ? allowedActions(student.statusCode) : [];

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('student.back')}</Link>
      </p>
      <PageHeader
        title={student.fullName}
        description={
          <>
            <code>{student.studentCode}</code> · {student.unitName}
          </>
        }
        actions={
          canWrite ? (
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              {t('sector.edit')}
            </button>
          ) : null
        }
      />
      <MaskedNote records={[student]} />

      <div className="detail-grid">
        <section className="panel" aria-labelledby="student-schooling">
          <h2 id="student-schooling" className="panel__title">
            {t('student.schooling')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('student.code')}</dt>
              <dd>
                <code>{student.studentCode}</code>
              </dd>
            </div>
            <div>
              <dt>{t('student.school')}</dt>
              <dd>{student.unitName}</dd>
            </div>
            <div>
              <dt>{t('student.class')}</dt>
              <dd>{student.className ?? t('students.noClass')}</dd>
            </div>
            <div>
              <dt>{t('student.status')}</dt>
              <dd>
                <StatusBadge code={student.statusCode} date={student.statusDate} />
              </dd>
            </div>
            <div>
              <dt>{t('student.birthDate')}</dt>
              <dd>{formatDate(student.birthDate)}</dd>
            </div>
            <div>
              <dt>{t('student.gender')}</dt>
              <dd>{codeLabel('gender', student.genderCode, locale)}</dd>
            </div>
          </dl>
          {canWrite && (
            <div className="detail__section">
              <h3 className="subsection-title">{t('student.actions')}</h3>
              {actions.length === 0 ? (
                <p className="muted">{t('student.noActions')}</p>
              ) : (
                <div className="button-row">
                  {actions.map((action) => (
                    <button
                      key={action}
                      type="button"
                      className={`button button--small ${action === 'dropOut' ? 'button--danger-outline' : 'button--secondary'}`}
                      onClick={() => setActing(action)}
                    >
                      {t(ACTION_LABEL[action])}
                    </button>
                  ))}
                </div>
              )}
            </div>
          )}
        </section>

        <section className="panel" aria-labelledby="student-personal">
          <h2 id="student-personal" className="panel__title">
            {t('student.personal')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('student.personalId')}</dt>
              <dd>
                <Personal record={student} field="personalId" value={student.personalId} />
              </dd>
            </div>
            <div>
              <dt>{t('student.phone')}</dt>
              <dd>
                <Personal record={student} field="phone" value={student.phone} />
              </dd>
            </div>
            <div>
              <dt>{t('student.ethnicity')}</dt>
              <dd>
                <Personal
                  record={student}
                  field="ethnicityCode"
                  value={student.ethnicityCode}
                  format={code('ethnicity')}
                />
              </dd>
            </div>
            <div>
              <dt>{t('student.religion')}</dt>
              <dd>
                <Personal
                  record={student}
                  field="religionCode"
                  value={student.religionCode}
                  format={code('religion')}
                />
              </dd>
            </div>
            <div>
              <dt>{t('student.disability')}</dt>
              <dd>
                <Personal
                  record={student}
                  field="disabilityCode"
                  value={student.disabilityCode}
                  format={code('disability')}
                />
              </dd>
            </div>
            <div>
              <dt>{t('student.healthNote')}</dt>
              <dd>
                <Personal record={student} field="healthNote" value={student.healthNote} />
              </dd>
            </div>
            <div>
              <dt>{t('student.birthPlace')}</dt>
              <dd>
                <Personal record={student} field="birthPlace" value={student.birthPlace} />
              </dd>
            </div>
            <div>
              <dt>{t('student.address')}</dt>
              <dd>
                <Personal record={student} field="address" value={student.address} />
              </dd>
            </div>
          </dl>
        </section>
      </div>

      <section className="section" aria-labelledby="student-guardians">
        <h2 id="student-guardians" className="section-title">
          {t('student.guardians')}
        </h2>
        {isMasked(student, 'guardians') ? (
          <p className="masked-note">
            <LockIcon /> {t('student.guardiansMasked')}
          </p>
        ) : (
          <TableWrap label={t('student.guardians')}>
            <table className="table">
              <caption className="visually-hidden">{t('student.guardians')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('studentForm.relationship')}</th>
                  <th scope="col">{t('studentForm.guardianName')}</th>
                  <th scope="col">{t('studentForm.guardianPhone')}</th>
                  <th scope="col">{t('studentForm.guardianPersonalId')}</th>
                  <th scope="col">{t('studentForm.occupation')}</th>
                </tr>
              </thead>
              <tbody>
                {student.guardians.length === 0 && (
                  <EmptyRow colSpan={5}>{t('student.noGuardians')}</EmptyRow>
                )}
                {student.guardians.map((g) => (
                  <tr key={g.id}>
                    <td>{codeLabel('relationship', g.relationshipCode, locale)}</td>
                    <td>{g.fullName}</td>
                    <td className="nowrap">{g.phone ?? '—'}</td>
                    <td className="nowrap">{g.personalId ?? '—'}</td>
                    <td>{g.occupation ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="section" aria-labelledby="student-history">
        <h2 id="student-history" className="section-title">
          {t('student.history')}
        </h2>
        <TableWrap label={t('student.history')}>
          <table className="table table--history">
            <caption className="visually-hidden">{t('student.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sector.effectiveDate')}</th>
                <th scope="col">{t('student.status')}</th>
                <th scope="col">{t('student.school')}</th>
                <th scope="col">{t('student.otherSchool')}</th>
                <th scope="col">{t('student.reason')}</th>
                <th scope="col">{t('sector.note')}</th>
                <th scope="col">{t('student.recordedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {student.history.length === 0 && <EmptyRow colSpan={7}>{t('student.historyEmpty')}</EmptyRow>}
              {[...student.history]
                .sort(
                  (a, b) =>
                    b.eventDate.localeCompare(a.eventDate) || b.recordedAt.localeCompare(a.recordedAt),
                )
                .map((event) => (
                  <tr key={event.id}>
                    <td className="nowrap">{formatDate(event.eventDate)}</td>
                    <td>
                      <StatusBadge code={event.statusCode} />
                    </td>
                    <td>{event.unitName}</td>
                    <td>{event.otherUnitName ?? event.otherSchoolName ?? '—'}</td>
                    <td>
                      <Personal
                        record={event}
                        field="reasonCode"
                        value={event.reasonCode}
                        format={code('leavingReason')}
                      />
                    </td>
                    <td className="break">
                      <Personal record={event} field="note" value={event.note} />
                    </td>
                    <td className="nowrap">{formatDateTime(event.recordedAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {editing && (
        <StudentFormDialog
          school={{ id: student.unitId, name: student.unitName }}
          yearId={scope.yearId}
          student={student}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast.success(t('sector.saved'));
            setReload((n) => n + 1);
          }}
        />
      )}
      {acting && (
        <StudentActionDialog
          kind={acting}
          student={student}
          yearId={scope.yearId}
          onClose={() => setActing(null)}
          onDone={(updated) => {
            setActing(null);
            toast.success(
              t('action.done', { status: codeLabel('learnerStatus', updated.statusCode, locale) }),
            );
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
