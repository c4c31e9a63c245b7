import { useState } from 'react';
import { Link } from 'react-router';
import { type ClassItem, type SchoolProfile, sectorApi } from '../../api/sector';
import type { Unit } from '../../api/types';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { ConfirmDialog } from '../../components/Dialog';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { codeLabel, codeOptions, gradesOfLevel } from './codes';
import { SchoolField, YearField } from './ScopeFields';
import { sitesOf } from './scope';
import { useClasses, useWorkingStaff } from './useClasses';
import { useFocusFirstError } from './useFocusFirstError';
import { useSectorScope } from './useSectorScope';

function gradeLabel(grade: number, t: ReturnType<typeof useI18n>['t']) {
  return grade === 0 ? t('classes.preschool') : t('classes.gradeValue', { grade });
}

export function ClassesPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const scope = useSectorScope();
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<ClassItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ClassItem | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);
  const canWrite = can('sector.write');
  const classes = useClasses(scope.schoolId, scope.yearId, reload);
  const profile = useApiData(scope.schoolId ? `profile|${scope.schoolId}|${reload}` : null, (signal) =>
    sectorApi.profile(scope.schoolId, signal),
  );
  const remove = useAction(async (id: string) => {
    await sectorApi.deleteClass(id);
    return true;
  });
  const grades = gradesOfLevel(profile.data?.levelCode);
  const levelName = profile.data?.levelCode ? codeLabel('schoolLevel', profile.data.levelCode, locale) : '';
  const studentsSearch = (classId: string) =>
    `?${new URLSearchParams({ school: scope.schoolId, year: scope.yearId, class: classId }).toString()}`;

  return (
    <>
      <PageHeader
        title={t('classes.title')}
        description={t('classes.lead')}
        actions={
          canWrite && scope.schoolId && scope.yearId && grades ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('classes.create')}
            </button>
          ) : null
        }
      />
      {scope.error ? <ErrorAlert error={scope.error} /> : null}
      {!scope.loading && scope.years.length === 0 && <Alert kind="warning" title={t('sector.noYears')} />}
      <section className="toolbar" aria-label={t('students.filters')}>
        <SchoolField schools={scope.schools} value={scope.schoolId} onChange={scope.setSchool} />
        <YearField years={scope.years} value={scope.yearId} onChange={scope.setYear} />
      </section>

      {!scope.schoolId ? (
        !scope.loading && <Alert kind="info" title={t('sector.pickSchool')} />
      ) : (
        <>
          {profile.error ? <ErrorAlert error={profile.error} /> : null}
          {profile.data && !grades && (
            <Alert kind="warning" title={t('classes.profileMissing')}>
              <p>{t('classes.profileMissingBody')}</p>
              {canWrite && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setEditingProfile(true)}
                >
                  {t('profile.schoolEdit')}
                </button>
              )}
            </Alert>
          )}
          {profile.data && grades && (
            <p className="muted">
              {t('classes.level', { level: levelName })}
              {canWrite && (
                <>
                  {' · '}
                  <button type="button" className="link-button" onClick={() => setEditingProfile(true)}>
                    {t('profile.schoolEdit')}
                  </button>
                </>
              )}
            </p>
          )}
          {classes.error ? <ErrorAlert error={classes.error} /> : null}
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
          {!classes.data ? (
            classes.loading && <Loading />
          ) : (
            <TableWrap label={t('classes.table')}>
              <table className="table table--wide">
                <caption className="visually-hidden">{t('classes.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('classes.name')}</th>
                    <th scope="col">{t('classes.code')}</th>
                    <th scope="col">{t('classes.grade')}</th>
                    <th scope="col">{t('classes.site')}</th>
                    <th scope="col">{t('classes.homeroom')}</th>
                    <th scope="col">{t('classes.options')}</th>
                    <th scope="col" className="num">
                      {t('classes.pupils')}
                    </th>
                    {canWrite && <th scope="col">{t('common.actions')}</th>}
                  </tr>
                </thead>
                <tbody aria-busy={classes.loading}>
                  {classes.data.length === 0 && (
                    <EmptyRow colSpan={canWrite ? 8 : 7}>{t('classes.empty')}</EmptyRow>
                  )}
                  {classes.data.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link
                          to={{ pathname: '/sector/students', search: studentsSearch(item.id) }}
                          className="strong-link"
                          aria-label={t('classes.viewPupils', { name: item.name })}
                        >
                          {item.name}
                        </Link>
                      </td>
                      <td className="nowrap">
                        <code>{item.code}</code>
                      </td>
                      <td className="nowrap">{gradeLabel(item.grade, t)}</td>
                      <td>{item.siteName ?? t('classes.mainSite')}</td>
                      <td>{item.homeroomName ?? <span className="muted">{t('classes.noHomeroom')}</span>}</td>
                      <td>
                        {[
                          item.twoSessions && t('classes.twoSessions'),
                          item.combined && t('classes.combined'),
                          item.semiBoarding && t('classes.semiBoarding'),
                        ]
                          .filter(Boolean)
                          .join(', ') || '—'}
                      </td>
                      <td className="num">{item.pupilCount}</td>
                      {canWrite && (
                        <td className="nowrap">
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            onClick={() => setEditing(item)}
                          >
                            {t('sector.edit')}
                            <span className="visually-hidden"> {item.name}</span>
                          </button>
                          {item.pupilCount === 0 && (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              onClick={() => setDeleting(item)}
                            >
                              {t('sector.delete')}
                              <span className="visually-hidden"> {item.name}</span>
                            </button>
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}

      {editing && scope.school && (
        <ClassDialog
          school={scope.school}
          units={scope.units}
          yearId={scope.yearId}
          grades={grades ?? []}
          levelName={levelName}
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            toast.success(editing === 'new' ? t('classes.created', { name: saved.name }) : t('sector.saved'));
            setReload((n) => n + 1);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('classes.deleteTitle', { name: deleting.name })}
          message={t('classes.deleteBody')}
          confirmLabel={t('sector.delete')}
          danger
          busy={remove.pending}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const name = deleting.name;
            setDeleting(null);
            if (await remove.run(deleting.id)) {
              toast.success(t('classes.deleted', { name }));
              setReload((n) => n + 1);
            }
          }}
        />
      )}
      {editingProfile && profile.data && (
        <SchoolProfileDialog
          profile={profile.data}
          onClose={() => setEditingProfile(false)}
          onSaved={() => {
            setEditingProfile(false);
            toast.success(t('profile.saved'));
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

/** Opening or changing a class: grades of the school's level, its satellite sites, its working staff. */
function ClassDialog({
  school,
  units,
  yearId,
  grades,
  levelName,
  item,
  onClose,
  onSaved,
}: {
  school: Unit;
  units: readonly Unit[];
  yearId: string;
  grades: readonly number[];
  levelName: string;
  item?: ClassItem;
  onClose: () => void;
  onSaved: (saved: ClassItem) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(item?.name ?? '');
  const [code, setCode] = useState('');
  const [grade, setGrade] = useState(
    item ? String(item.grade) : grades.length === 1 ? String(grades[0]) : '',
  );
  const [siteUnitId, setSiteUnitId] = useState(item?.siteUnitId ?? '');
  const [homeroomStaffId, setHomeroomStaffId] = useState(item?.homeroomStaffId ?? '');
  const [twoSessions, setTwoSessions] = useState(item?.twoSessions ?? false);
  const [combined, setCombined] = useState(item?.combined ?? false);
  const [semiBoarding, setSemiBoarding] = useState(item?.semiBoarding ?? false);
  const [submitted, setSubmitted] = useState(false);
  const staff = useWorkingStaff(school.id);
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const sites = sitesOf(units, school.id);
  const save = useAction(async () => {
    const common = {
      name: name.trim(),
      grade: Number(grade),
      siteUnitId: siteUnitId || null,
      homeroomStaffId: homeroomStaffId || null,
      twoSessions,
      combined,
      semiBoarding,
    };
    return item
      ? sectorApi.updateClass(item.id, common)
      : sectorApi.createClass({
          ...common,
          unitId: school.id,
          schoolYearId: yearId,
          ...(code.trim() ? { code: code.trim() } : {}),
        });
  });
  const errors = save.fieldErrors;
  const codeInvalid = code.trim() && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code.trim());
  // A homeroom teacher who has left still shows, so the current choice is never lost silently.
  const staffOptions = (staff.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.fullName} (${s.staffCode})`,
  }));
  if (item?.homeroomStaffId && !staffOptions.some((o) => o.value === item.homeroomStaffId)) {
    staffOptions.unshift({ value: item.homeroomStaffId, label: item.homeroomName ?? item.homeroomStaffId });
  }
  const gradeOptions = [...new Set([...grades, ...(item ? [item.grade] : [])])].map((g) => ({
    value: String(g),
    label: gradeLabel(g, t),
  }));

  async function submit() {
    setSubmitted(true);
    if (!name.trim() || grade === '' || codeInvalid) {
      focusFirstError();
      return;
    }
    const saved = await save.run();
    if (saved) onSaved(saved);
    else focusFirstError();
  }

  return (
    <FormDialog
      title={item ? t('classes.editTitle', { name: item.name }) : t('classes.createTitle')}
      description={school.name}
      onClose={onClose}
      pending={save.pending}
      error={save.error}
      formRef={formRef}
      onSubmit={submit}
    >
      <div className="form__grid">
        <TextField
          label={t('classes.name')}
          value={name}
          onChange={setName}
          required
          maxLength={50}
          hint={t('classes.nameHint')}
          error={errors.name ?? (submitted && !name.trim() ? t('field.missing') : undefined)}
        />
        {!item && (
          <TextField
            label={t('classes.code')}
            value={code}
            onChange={setCode}
            maxLength={20}
            spellCheck={false}
            hint={t('classes.codeHint')}
            error={errors.code ?? (codeInvalid ? t('sector.codeInvalid') : undefined)}
          />
        )}
        <SelectField
          label={t('classes.grade')}
          value={grade}
          onChange={setGrade}
          options={gradeOptions}
          placeholder={t('classes.chooseGrade')}
          required
          hint={levelName ? t('classes.gradeHint', { level: levelName }) : t('classes.gradeUnknownLevel')}
          error={errors.grade ?? (submitted && grade === '' ? t('field.missing') : undefined)}
        />
        <SelectField
          label={t('classes.site')}
          value={siteUnitId}
          onChange={setSiteUnitId}
          options={sites.map((site) => ({ value: site.id, label: `${site.name} (${site.code})` }))}
          placeholder={t('classes.mainSite')}
          error={errors.siteUnitId}
        />
        <SelectField
          label={t('classes.homeroom')}
          value={homeroomStaffId}
          onChange={setHomeroomStaffId}
          options={staffOptions}
          placeholder={t('classes.noHomeroom')}
          hint={t('classes.homeroomHint')}
          error={errors.homeroomStaffId}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field__label">{t('classes.options')}</legend>
        <Checkbox label={t('classes.twoSessions')} checked={twoSessions} onChange={setTwoSessions} />
        <Checkbox label={t('classes.combined')} checked={combined} onChange={setCombined} />
        <Checkbox label={t('classes.semiBoarding')} checked={semiBoarding} onChange={setSemiBoarding} />
      </fieldset>
    </FormDialog>
  );
}

/** The school's record: its level decides which grades it may open. */
function SchoolProfileDialog({
  profile,
  onClose,
  onSaved,
}: {
  profile: SchoolProfile;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const [schoolCode, setSchoolCode] = useState(profile.schoolCode ?? '');
  const [levelCode, setLevelCode] = useState(profile.levelCode ?? '');
  const [schoolTypeCode, setSchoolTypeCode] = useState(profile.schoolTypeCode ?? '');
  const [provinceCode, setProvinceCode] = useState(profile.provinceCode ?? '');
  const [principalName, setPrincipalName] = useState(profile.principalName ?? '');
  const [phone, setPhone] = useState(profile.phone ?? '');
  const [email, setEmail] = useState(profile.email ?? '');
  const [submitted, setSubmitted] = useState(false);
  const save = useAction(() =>
    sectorApi.putProfile(profile.unitId, {
      // The school code is set once; sending it again unchanged is allowed, changing it is not.
      ...(schoolCode.trim() ? { schoolCode: schoolCode.trim() } : {}),
      levelCode,
      schoolTypeCode,
      provinceCode,
      communeCode: profile.communeCode,
      phone: phone.trim() || null,
      email: email.trim() || null,
      website: profile.website,
      principalName: principalName.trim() || null,
      foundedOn: profile.foundedOn,
    }),
  );
  const errors = save.fieldErrors;
  const missing = (value: string) => (submitted && !value ? t('field.missing') : undefined);

  async function submit() {
    setSubmitted(true);
    if (!levelCode || !schoolTypeCode || !provinceCode) return;
    if (await save.run()) onSaved();
  }

  return (
    <FormDialog
      title={t('profile.schoolTitle')}
      description={`${profile.unitName} (${profile.unitCode})`}
      onClose={onClose}
      pending={save.pending}
      error={save.error}
      onSubmit={submit}
    >
      <div className="form__grid">
        <SelectField
          label={t('profile.level')}
          value={levelCode}
          onChange={setLevelCode}
          options={codeOptions('schoolLevel', locale)}
          placeholder={t('studentForm.choose')}
          required
          error={errors.levelCode ?? missing(levelCode)}
        />
        <SelectField
          label={t('profile.type')}
          value={schoolTypeCode}
          onChange={setSchoolTypeCode}
          options={codeOptions('schoolType', locale)}
          placeholder={t('studentForm.choose')}
          required
          error={errors.schoolTypeCode ?? missing(schoolTypeCode)}
        />
        <SelectField
          label={t('profile.province')}
          value={provinceCode}
          onChange={setProvinceCode}
          options={codeOptions('province', locale)}
          placeholder={t('studentForm.choose')}
          required
          error={errors.provinceCode ?? missing(provinceCode)}
        />
        <TextField
          label={t('profile.schoolCode')}
          value={schoolCode}
          onChange={setSchoolCode}
          maxLength={15}
          disabled={Boolean(profile.schoolCode)}
          hint={t('profile.schoolCodeHint')}
          error={errors.schoolCode}
        />
        <TextField
          label={t('profile.principal')}
          value={principalName}
          onChange={setPrincipalName}
          maxLength={200}
          error={errors.principalName}
        />
        <TextField
          label={t('profile.phone')}
          value={phone}
          onChange={setPhone}
          inputMode="tel"
          maxLength={30}
          error={errors.phone}
        />
        <TextField
          label={t('profile.email')}
          type="email"
          value={email}
          onChange={setEmail}
          maxLength={254}
          error={errors.email}
        />
      </div>
    </FormDialog>
  );
}
