import { type ReactNode, useId, useState } from 'react';
import { type StudentDetail, sectorApi } from '../../api/sector';
import type { Unit } from '../../api/types';
import { Alert } from '../../components/Alert';
import { DateField, RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../components/hooks';
import { useI18n } from '../../i18n';
import { parseDate, todayIso } from '../../i18n/format';
import { codeOptions } from './codes';
import { MaskedValue } from './Masked';
import {
  createBody,
  EMPTY_GUARDIAN,
  GUARDIAN_STANDARD_KEYS,
  type GuardianValues,
  guardianErrorKeys,
  initialValues,
  patchBody,
  STUDENT_STANDARD_KEYS,
  type StudentFormValues,
  type StudentTextField,
} from './student-form';
import { useClasses } from './useClasses';
import { useFocusFirstError } from './useFocusFirstError';
import { checkField, type FieldFeedback } from './validation';

const MAX_GUARDIANS = 6;

/** A warning the server accepts anyway (an old phone prefix that was converted …), shown as the hint. */
function warning(text: string | null | undefined): ReactNode {
  return text ? <span className="field__warning">{text}</span> : undefined;
}

/**
 * Entering or correcting a pupil. Each typed value is checked when the user
 * leaves the field with the data standard's own rule (the message the server
 * and the importer give); what only the server can judge (duplicates, the
 * personal id against birth date and sex, the class) comes back per field.
 */
export function StudentFormDialog({
  school,
  yearId,
  student,
  onClose,
  onSaved,
}: {
  school: Pick<Unit, 'id' | 'name'>;
  yearId: string;
  /** Present when correcting an existing record. */
  student?: StudentDetail;
  onClose: () => void;
  onSaved: (student: StudentDetail) => void;
}) {
  const { t, locale } = useI18n();
  const radioName = useId();
  const [values, setValues] = useState<StudentFormValues>(() => initialValues(student));
  const [feedback, setFeedback] = useState<Record<string, FieldFeedback>>({});
  const [submitted, setSubmitted] = useState(false);
  const [edited, setEdited] = useState<Set<string>>(() => new Set());
  const classes = useClasses(school.id, yearId);
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const save = useAction((body: Record<string, unknown>) =>
    student
      ? sectorApi.updateStudent(student.id, body)
      : sectorApi.createStudent(body as unknown as Parameters<typeof sectorApi.createStudent>[0]),
  );
  const masked = new Set(student?.masked ?? []);
  const serverErrors = save.fieldErrors;
  const serverError = (...keys: string[]) => {
    for (const key of keys) if (!edited.has(key) && serverErrors[key]) return serverErrors[key];
    return undefined;
  };

  /** Typing clears the field's old verdict at once, so the layout does not jump when focus leaves. */
  const clearFeedback = (key: string) =>
    setFeedback((f) => {
      if (!(key in f)) return f;
      const { [key]: _gone, ...rest } = f;
      return rest;
    });
  const setField = (name: StudentTextField, value: string) => {
    setValues((v) => ({ ...v, fields: { ...v.fields, [name]: value } }));
    setEdited((set) => new Set(set).add(name));
  };
  const typeField = (name: StudentTextField, value: string) => {
    setField(name, value);
    clearFeedback(name);
  };
  const setGuardian = (index: number, name: keyof GuardianValues, value: string) => {
    setValues((v) => ({
      ...v,
      guardians: v.guardians.map((g, i) => (i === index ? { ...g, [name]: value } : g)),
    }));
    setEdited((set) => new Set(set).add(guardianErrorKeys(index, name)[0]!));
  };
  const typeGuardian = (index: number, name: keyof GuardianValues, value: string) => {
    setGuardian(index, name, value);
    clearFeedback(`g${index}.${name}`);
  };

  /** On leaving a field: the shared rule's verdict, and the standardised text back in the input. */
  const check = (name: keyof typeof STUDENT_STANDARD_KEYS) => {
    if (name === 'birthDate') return;
    const result = checkField('student', STUDENT_STANDARD_KEYS[name], values.fields[name], locale);
    setFeedback((f) => ({ ...f, [name]: result }));
    if (!result.error && result.value !== values.fields[name]) setField(name, result.value);
  };
  const checkGuardian = (index: number, name: keyof typeof GUARDIAN_STANDARD_KEYS) => {
    const raw = values.guardians[index]?.[name] ?? '';
    const result = checkField('guardian', GUARDIAN_STANDARD_KEYS[name], raw, locale);
    setFeedback((f) => ({ ...f, [`g${index}.${name}`]: result }));
    if (!result.error && result.value !== raw) setGuardian(index, name, result.value);
  };

  const required = (name: StudentTextField) =>
    submitted && !values.fields[name].trim() ? t('field.missing') : undefined;
  const birthIso = parseDate(values.fields.birthDate);
  const birthError =
    values.fields.birthDate.trim() && (submitted || feedback.birthDate) && !birthIso
      ? t('field.dateInvalid')
      : birthIso && birthIso > todayIso()
        ? t('sector.dateFuture')
        : undefined;
  const statusDateIso = values.statusDate.trim() ? parseDate(values.statusDate) : '';
  const statusDateError =
    statusDateIso === null
      ? t('field.dateInvalid')
      : statusDateIso && statusDateIso > todayIso()
        ? t('sector.dateFuture')
        : undefined;
  const localError = (name: string) => feedback[name]?.error ?? undefined;

  async function submit() {
    setSubmitted(true);
    setFeedback((f) => ({ ...f, birthDate: { value: '', error: null, warning: null } }));
    // Judge every field once more (the user may never have left some of them).
    const next: Record<string, FieldFeedback> = {};
    for (const name of Object.keys(STUDENT_STANDARD_KEYS) as (keyof typeof STUDENT_STANDARD_KEYS)[]) {
      if (name === 'birthDate' || masked.has(name)) continue;
      next[name] = checkField('student', STUDENT_STANDARD_KEYS[name], values.fields[name], locale);
    }
    values.guardians.forEach((g, i) => {
      for (const name of Object.keys(GUARDIAN_STANDARD_KEYS) as (keyof typeof GUARDIAN_STANDARD_KEYS)[]) {
        next[`g${i}.${name}`] = checkField('guardian', GUARDIAN_STANDARD_KEYS[name], g[name], locale);
      }
    });
    setFeedback((f) => ({ ...f, ...next }));
    const missing =
      !values.fields.fullName.trim() ||
      !values.fields.genderCode ||
      !birthIso ||
      values.guardians.some((g) => !g.relationshipCode || !g.fullName.trim());
    if (missing || birthError || statusDateError || Object.values(next).some((f) => f.error)) {
      focusFirstError();
      return;
    }
    setEdited(new Set());
    const body = student ? patchBody(student, values) : createBody(school.id, values);
    if (student && Object.keys(body).length === 0) {
      onClose();
      return;
    }
    const saved = await save.run(body as Record<string, unknown>);
    if (saved) onSaved(saved);
    else focusFirstError();
  }

  const text = (
    name: keyof typeof STUDENT_STANDARD_KEYS,
    label: string,
    extra: { required?: boolean; inputMode?: 'numeric' | 'tel'; maxLength?: number } = {},
  ) => {
    if (masked.has(name)) return <MaskedField label={label} />;
    const fb = feedback[name];
    return (
      <TextField
        label={label}
        value={values.fields[name]}
        onChange={(value) => typeField(name, value)}
        onBlur={() => check(name)}
        required={extra.required}
        inputMode={extra.inputMode}
        maxLength={extra.maxLength ?? 200}
        autoComplete="off"
        spellCheck={name === 'fullName' ? false : undefined}
        hint={warning(fb && !fb.error ? fb.warning : null)}
        error={localError(name) ?? serverError(name) ?? (extra.required ? required(name) : undefined)}
      />
    );
  };

  const select = (
    name: StudentTextField,
    label: string,
    options: { value: string; label: string }[],
    placeholder: string,
    isRequired = false,
  ) => {
    if (masked.has(name)) return <MaskedField label={label} />;
    return (
      <SelectField
        label={label}
        value={values.fields[name]}
        onChange={(value) => setField(name, value)}
        options={options}
        placeholder={placeholder}
        required={isRequired}
        error={serverError(name) ?? (isRequired ? required(name) : undefined)}
      />
    );
  };

  const entryOptions = [
    { value: '01' as const, label: t('studentForm.entryEnrolled') },
    { value: '02' as const, label: t('studentForm.entryTransferred') },
  ];

  return (
    <FormDialog
      title={student ? t('studentForm.editTitle', { name: student.fullName }) : t('studentForm.createTitle')}
      description={student ? undefined : `${school.name} · ${t('studentForm.codeNote')}`}
      size="large"
      onClose={onClose}
      submitLabel={student ? t('studentForm.submitEdit') : t('studentForm.submitCreate')}
      pending={save.pending}
      error={save.error}
      formRef={formRef}
      onSubmit={submit}
    >
      <div className="form__grid">
        {text('fullName', t('student.fullName'), { required: true, maxLength: 200 })}
        <DateField
          label={t('student.birthDate')}
          value={values.fields.birthDate}
          onChange={(value) => setField('birthDate', value)}
          onBlur={() => setFeedback((f) => ({ ...f, birthDate: { value: '', error: null, warning: null } }))}
          required
          error={birthError ?? serverError('birthDate') ?? required('birthDate')}
        />
        {select(
          'genderCode',
          t('student.gender'),
          codeOptions('gender', locale),
          t('studentForm.chooseGender'),
          true,
        )}
        {select(
          'classId',
          t('student.class'),
          (classes.data ?? []).map((c) => ({ value: c.id, label: c.name })),
          t('studentForm.chooseClass'),
        )}
        {!student && (
          <>
            <RadioGroup
              legend={t('studentForm.entry')}
              name={`${radioName}-entry`}
              value={values.statusCode}
              onChange={(statusCode) => setValues((v) => ({ ...v, statusCode }))}
              options={entryOptions}
            />
            <DateField
              label={t('studentForm.entryDate')}
              value={values.statusDate}
              onChange={(statusDate) => setValues((v) => ({ ...v, statusDate }))}
              hint={t('studentForm.entryDateHint')}
              error={statusDateError ?? serverError('statusDate')}
            />
          </>
        )}
      </div>

      <fieldset className="subform fieldset-plain">
        <legend className="subsection-title">{t('studentForm.personalSection')}</legend>
        <div className="form__grid">
          {text('personalId', t('student.personalId'), { inputMode: 'numeric', maxLength: 20 })}
          {text('phone', t('student.phone'), { inputMode: 'tel', maxLength: 30 })}
          {select(
            'ethnicityCode',
            t('student.ethnicity'),
            codeOptions('ethnicity', locale),
            t('studentForm.choose'),
          )}
          {select(
            'religionCode',
            t('student.religion'),
            codeOptions('religion', locale),
            t('studentForm.choose'),
          )}
          {select(
            'disabilityCode',
            t('student.disability'),
            codeOptions('disability', locale),
            t('studentForm.choose'),
          )}
          {text('healthNote', t('student.healthNote'))}
          {text('birthPlace', t('student.birthPlace'))}
          {text('address', t('student.address'))}
        </div>
      </fieldset>

      {!masked.has('guardians') && (
        <fieldset className="subform fieldset-plain">
          <legend className="subsection-title">{t('studentForm.guardians')}</legend>
          {values.guardians.map((guardian, index) => {
            const n = index + 1;
            const gError = (name: keyof GuardianValues) =>
              feedback[`g${index}.${name}`]?.error ?? serverError(...guardianErrorKeys(index, name));
            const gWarning = (name: keyof GuardianValues) => {
              const fb = feedback[`g${index}.${name}`];
              return warning(fb && !fb.error ? fb.warning : null);
            };
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: guardians have no id until saved; order is stable
              <section key={index} className="guardian-block" aria-label={t('studentForm.guardian', { n })}>
                <div className="guardian-block__header">
                  <h3 className="guardian-block__title">{t('studentForm.guardian', { n })}</h3>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() =>
                      setValues((v) => ({ ...v, guardians: v.guardians.filter((_, i) => i !== index) }))
                    }
                  >
                    {t('studentForm.removeGuardian', { n })}
                  </button>
                </div>
                <div className="form__grid">
                  <SelectField
                    label={t('studentForm.relationship')}
                    value={guardian.relationshipCode}
                    onChange={(value) => typeGuardian(index, 'relationshipCode', value)}
                    options={codeOptions('relationship', locale)}
                    placeholder={t('studentForm.choose')}
                    required
                    error={
                      serverError(...guardianErrorKeys(index, 'relationshipCode')) ??
                      (submitted && !guardian.relationshipCode ? t('field.missing') : undefined)
                    }
                  />
                  <TextField
                    label={t('studentForm.guardianName')}
                    value={guardian.fullName}
                    onChange={(value) => typeGuardian(index, 'fullName', value)}
                    onBlur={() => checkGuardian(index, 'fullName')}
                    required
                    maxLength={200}
                    autoComplete="off"
                    error={
                      gError('fullName') ??
                      (submitted && !guardian.fullName.trim() ? t('field.missing') : undefined)
                    }
                  />
                  <TextField
                    label={t('studentForm.guardianPhone')}
                    value={guardian.phone}
                    onChange={(value) => typeGuardian(index, 'phone', value)}
                    onBlur={() => checkGuardian(index, 'phone')}
                    inputMode="tel"
                    maxLength={30}
                    autoComplete="off"
                    hint={gWarning('phone')}
                    error={gError('phone')}
                  />
                  <TextField
                    label={t('studentForm.guardianPersonalId')}
                    value={guardian.personalId}
                    onChange={(value) => typeGuardian(index, 'personalId', value)}
                    onBlur={() => checkGuardian(index, 'personalId')}
                    inputMode="numeric"
                    maxLength={20}
                    autoComplete="off"
                    error={gError('personalId')}
                  />
                  <TextField
                    label={t('studentForm.occupation')}
                    value={guardian.occupation}
                    onChange={(value) => typeGuardian(index, 'occupation', value)}
                    onBlur={() => checkGuardian(index, 'occupation')}
                    maxLength={100}
                    autoComplete="off"
                    error={gError('occupation')}
                  />
                </div>
              </section>
            );
          })}
          {values.guardians.length < MAX_GUARDIANS && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setValues((v) => ({ ...v, guardians: [...v.guardians, { ...EMPTY_GUARDIAN }] }))}
            >
              {t('studentForm.addGuardian')}
            </button>
          )}
        </fieldset>
      )}
      {submitted && save.error === null && Object.values(feedback).some((f) => f.error) && (
        <Alert kind="warning" title={t('studentForm.fixErrors')} />
      )}
    </FormDialog>
  );
}

/** A field the server withheld: shown as masked, never editable (its null means "hidden", not "empty"). */
function MaskedField({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <p className="masked-field">
        <MaskedValue />
        <span className="field__hint">{t('studentForm.maskedField')}</span>
      </p>
    </div>
  );
}
