import { type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type StaffEdit, type StaffItem, sectorApi } from '../../api/sector';
import type { Unit } from '../../api/types';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { DateField, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction, useApiData, useDebounced } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDate, parseDate, todayIso } from '../../i18n/format';
import { codeLabel, codeOptions } from './codes';
import { MaskedNote, MaskedValue, Personal } from './Masked';
import { SchoolField } from './ScopeFields';
import { useFocusFirstError } from './useFocusFirstError';
import { useSectorScope } from './useSectorScope';
import { checkField, type FieldFeedback } from './validation';

const PAGE_SIZE = 50;

export function StaffPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const scope = useSectorScope();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const position = params.get('position') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const [query, setQuery] = useState(q);
  const settled = useDebounced(query.trim(), 350);
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<StaffItem | 'new' | null>(null);
  const canWrite = can('sector.write');

  const update = (changes: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled query updates the address
  useEffect(() => {
    if (q !== settled) update({ q: settled });
  }, [settled]);

  const ready = !scope.loading && !scope.error;
  const list = useApiData(
    ready ? `staff|${scope.schoolId}|${q}|${status}|${position}|${page}|${reload}` : null,
    (signal) =>
      sectorApi.staff(
        {
          unitId: scope.schoolId || undefined,
          q: q || undefined,
          status: status || undefined,
          positionCode: position || undefined,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
  );

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.lead')}
        actions={
          canWrite && scope.schoolId ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('staff.create')}
            </button>
          ) : null
        }
      />
      {scope.error ? <ErrorAlert error={scope.error} /> : null}
      <section className="toolbar" aria-label={t('staff.filters')}>
        <SchoolField schools={scope.schools} value={scope.schoolId} onChange={scope.setSchool} allowAll />
        <SelectField
          label={t('staff.position')}
          value={position}
          onChange={(value) => update({ position: value })}
          placeholder={t('staff.allPositions')}
          options={codeOptions('position', locale)}
        />
        <SelectField
          label={t('staff.status')}
          value={status}
          onChange={(value) => update({ status: value })}
          placeholder={t('staff.allStatuses')}
          options={[
            { value: 'working', label: t('staff.working') },
            { value: 'left', label: t('staff.left') },
          ]}
        />
        <TextField
          label={t('staff.search')}
          type="search"
          value={query}
          onChange={setQuery}
          placeholder={t('staff.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          fieldClassName="toolbar__grow"
        />
      </section>

      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? (
        (list.loading || scope.loading) && <Loading />
      ) : (
        <>
          <MaskedNote records={list.data.items} />
          <TableWrap label={t('staff.table')}>
            <table className="table table--wide">
              <caption className="visually-hidden">{t('staff.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.code')}</th>
                  <th scope="col">{t('staff.fullName')}</th>
                  <th scope="col">{t('student.birthDate')}</th>
                  <th scope="col">{t('staff.position')}</th>
                  <th scope="col">{t('staff.qualification')}</th>
                  <th scope="col">{t('staff.subject')}</th>
                  <th scope="col">{t('staff.unit')}</th>
                  <th scope="col">{t('student.phone')}</th>
                  <th scope="col">{t('student.personalId')}</th>
                  <th scope="col">{t('staff.status')}</th>
                  {canWrite && <th scope="col">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody aria-busy={list.loading}>
                {list.data.items.length === 0 && (
                  <EmptyRow colSpan={canWrite ? 11 : 10}>{t('staff.empty')}</EmptyRow>
                )}
                {list.data.items.map((member) => (
                  <tr key={member.id}>
                    <td className="nowrap">
                      <code>{member.staffCode}</code>
                    </td>
                    <td>{member.fullName}</td>
                    <td className="nowrap">{formatDate(member.birthDate) || '—'}</td>
                    <td>{codeLabel('position', member.positionCode, locale) || '—'}</td>
                    <td>{codeLabel('qualification', member.qualificationCode, locale) || '—'}</td>
                    <td>{member.subject ?? '—'}</td>
                    <td>{member.unitName}</td>
                    <td className="nowrap">
                      <Personal record={member} field="phone" value={member.phone} />
                    </td>
                    <td className="nowrap">
                      <Personal record={member} field="personalId" value={member.personalId} />
                    </td>
                    <td>
                      <Badge tone={member.status === 'working' ? 'success' : 'neutral'}>
                        {member.status === 'working' ? t('staff.working') : t('staff.left')}
                      </Badge>
                    </td>
                    {canWrite && (
                      <td>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setEditing(member)}
                        >
                          {t('sector.edit')}
                          <span className="visually-hidden"> {member.fullName}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(next) => update({ page: String(next) })}
          />
        </>
      )}
      {editing && (editing !== 'new' || scope.school) && (
        <StaffDialog
          school={scope.school}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            toast.success(
              editing === 'new'
                ? t('staff.created', { name: saved.fullName, code: saved.staffCode })
                : t('sector.saved'),
            );
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

type StaffText =
  | 'fullName'
  | 'birthDate'
  | 'genderCode'
  | 'ethnicityCode'
  | 'religionCode'
  | 'personalId'
  | 'phone'
  | 'address'
  | 'email'
  | 'positionCode'
  | 'qualificationCode'
  | 'contractTypeCode'
  | 'subject'
  | 'startedOn';

const STAFF_TEXT: readonly StaffText[] = [
  'fullName',
  'birthDate',
  'genderCode',
  'ethnicityCode',
  'religionCode',
  'personalId',
  'phone',
  'address',
  'email',
  'positionCode',
  'qualificationCode',
  'contractTypeCode',
  'subject',
  'startedOn',
];

/** API field → field key of the standard's staff entity, for the shared per-field rules. */
const STAFF_STANDARD_KEYS: Partial<Record<StaffText, string>> = {
  fullName: 'fullName',
  personalId: 'personalId',
  phone: 'phone',
  email: 'email',
  address: 'permanentAddress',
  subject: 'mainSubject',
};

const DATE_FIELDS: ReadonlySet<StaffText> = new Set(['birthDate', 'startedOn']);

function StaffDialog({
  school,
  member,
  onClose,
  onSaved,
}: {
  school: Unit | undefined;
  member?: StaffItem;
  onClose: () => void;
  onSaved: (saved: StaffItem) => void;
}) {
  const { t, locale } = useI18n();
  const initial = Object.fromEntries(
    STAFF_TEXT.map((name) => {
      const value = member?.[name] ?? '';
      return [name, DATE_FIELDS.has(name) ? formatDate(value) : value];
    }),
  ) as Record<StaffText, string>;
  const [values, setValues] = useState(initial);
  const [staffCode, setStaffCode] = useState('');
  const [status, setStatus] = useState<'working' | 'left'>(member?.status === 'left' ? 'left' : 'working');
  const [feedback, setFeedback] = useState<Record<string, FieldFeedback>>({});
  const [submitted, setSubmitted] = useState(false);
  const masked = new Set(member?.masked ?? []);
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const iso = (name: StaffText) => (values[name].trim() ? parseDate(values[name]) : '');

  const body = (): Record<string, string | null> => {
    const out: Record<string, string | null> = {};
    for (const name of STAFF_TEXT) {
      if (masked.has(name)) continue;
      const value = DATE_FIELDS.has(name) ? iso(name) || null : values[name].trim() || null;
      const before = DATE_FIELDS.has(name) ? member?.[name] || null : member?.[name]?.trim() || null;
      if (!member || value !== before) out[name] = value;
    }
    return out;
  };
  const save = useAction(async () => {
    const fields = body();
    if (member) {
      const edit: StaffEdit = { ...(fields as StaffEdit) };
      if (status !== member.status) edit.status = status;
      return sectorApi.updateStaff(member.id, edit);
    }
    const created = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    return sectorApi.createStaff({
      ...(created as unknown as Parameters<typeof sectorApi.createStaff>[0]),
      unitId: school!.id,
      ...(staffCode.trim() ? { staffCode: staffCode.trim() } : {}),
    });
  });
  const errors = save.fieldErrors;
  const set = (name: StaffText) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const check = (name: StaffText) => {
    const key = STAFF_STANDARD_KEYS[name];
    if (!key) return;
    const result = checkField('staff', key, values[name], locale);
    setFeedback((f) => ({ ...f, [name]: result }));
    if (!result.error && result.value !== values[name]) set(name)(result.value);
  };
  const missing = (name: StaffText) => (submitted && !values[name].trim() ? t('field.missing') : undefined);
  const dateError = (name: StaffText) => {
    const value = iso(name);
    if (value === null) return t('field.dateInvalid');
    if (value && value > todayIso()) return t('sector.dateFuture');
    return undefined;
  };
  const hint = (name: StaffText): ReactNode => {
    const fb = feedback[name];
    return fb && !fb.error && fb.warning ? <span className="field__warning">{fb.warning}</span> : undefined;
  };

  async function submit() {
    setSubmitted(true);
    const next: Record<string, FieldFeedback> = {};
    for (const [name, key] of Object.entries(STAFF_STANDARD_KEYS) as [StaffText, string][]) {
      if (!masked.has(name)) next[name] = checkField('staff', key, values[name], locale);
    }
    setFeedback(next);
    const required: StaffText[] = ['fullName', 'birthDate', 'genderCode', 'positionCode'];
    if (
      required.some((name) => !values[name].trim()) ||
      dateError('birthDate') ||
      dateError('startedOn') ||
      Object.values(next).some((f) => f.error)
    ) {
      focusFirstError();
      return;
    }
    const saved = await save.run();
    if (saved) onSaved(saved);
    else focusFirstError();
  }

  const textField = (
    name: StaffText,
    label: string,
    extra: { required?: boolean; inputMode?: 'numeric' | 'tel' | 'email'; maxLength?: number } = {},
  ) =>
    masked.has(name) ? (
      <div className="field" key={name}>
        <span className="field__label">{label}</span>
        <p className="masked-field">
          <MaskedValue />
          <span className="field__hint">{t('studentForm.maskedField')}</span>
        </p>
      </div>
    ) : (
      <TextField
        key={name}
        label={label}
        value={values[name]}
        onChange={(value) => {
          set(name)(value);
          // Typing clears the old verdict, so the layout does not jump when focus leaves.
          setFeedback(({ [name]: _gone, ...rest }) => rest);
        }}
        onBlur={() => check(name)}
        required={extra.required}
        inputMode={extra.inputMode}
        maxLength={extra.maxLength ?? 200}
        autoComplete="off"
        hint={hint(name)}
        error={feedback[name]?.error ?? errors[name] ?? (extra.required ? missing(name) : undefined)}
      />
    );
  const selectField = (
    name: StaffText,
    label: string,
    list: Parameters<typeof codeOptions>[0],
    req = false,
  ) =>
    masked.has(name) ? (
      textField(name, label)
    ) : (
      <SelectField
        label={label}
        value={values[name]}
        onChange={set(name)}
        options={codeOptions(list, locale)}
        placeholder={t('studentForm.choose')}
        required={req}
        error={errors[name] ?? (req ? missing(name) : undefined)}
      />
    );

  return (
    <FormDialog
      title={member ? t('staff.editTitle', { name: member.fullName }) : t('staff.createTitle')}
      description={member?.unitName ?? school?.name}
      size="large"
      onClose={onClose}
      pending={save.pending}
      error={save.error}
      formRef={formRef}
      onSubmit={submit}
    >
      <div className="form__grid">
        {textField('fullName', t('staff.fullName'), { required: true })}
        {!member && (
          <TextField
            label={t('staff.code')}
            value={staffCode}
            onChange={setStaffCode}
            maxLength={20}
            spellCheck={false}
            hint={t('staff.codeHint')}
            error={errors.staffCode}
          />
        )}
        <DateField
          label={t('student.birthDate')}
          value={values.birthDate}
          onChange={set('birthDate')}
          required
          error={dateError('birthDate') ?? errors.birthDate ?? missing('birthDate')}
        />
        {selectField('genderCode', t('student.gender'), 'gender', true)}
        {selectField('positionCode', t('staff.position'), 'position', true)}
        {selectField('qualificationCode', t('staff.qualification'), 'qualification')}
        {selectField('contractTypeCode', t('staff.contractType'), 'contractType')}
        {textField('subject', t('staff.subject'), { maxLength: 100 })}
        <DateField
          label={t('staff.startedOn')}
          value={values.startedOn}
          onChange={set('startedOn')}
          error={dateError('startedOn') ?? errors.startedOn}
        />
        {member && (
          <SelectField
            label={t('staff.status')}
            value={status}
            onChange={(value) => setStatus(value === 'left' ? 'left' : 'working')}
            options={[
              { value: 'working', label: t('staff.working') },
              { value: 'left', label: t('staff.left') },
            ]}
            error={errors.status}
          />
        )}
      </div>
      <fieldset className="subform fieldset-plain">
        <legend className="subsection-title">{t('student.personal')}</legend>
        <div className="form__grid">
          {textField('personalId', t('student.personalId'), { inputMode: 'numeric', maxLength: 20 })}
          {textField('phone', t('student.phone'), { inputMode: 'tel', maxLength: 30 })}
          {textField('email', t('staff.email'), { inputMode: 'email', maxLength: 254 })}
          {selectField('ethnicityCode', t('student.ethnicity'), 'ethnicity')}
          {selectField('religionCode', t('student.religion'), 'religion')}
          {textField('address', t('student.address'))}
        </div>
      </fieldset>
      {submitted && Object.values(feedback).some((f) => f.error) && (
        <Alert kind="warning" title={t('studentForm.fixErrors')} />
      )}
    </FormDialog>
  );
}
