import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { type StudentDetail, sectorApi } from '../../api/sector';
import type { Unit } from '../../api/types';
import { Alert } from '../../components/Alert';
import { DateField, RadioGroup, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../components/hooks';
import { useI18n } from '../../i18n';
import { formatDate, parseDate, todayIso } from '../../i18n/format';
import { codeOptions, type StudentAction } from './codes';
import { DirectorySchoolField } from './DirectorySchoolField';
import { useClasses } from './useClasses';

/**
 * An effective date typed dd/mm/yyyy: required, real, not in the future and,
 * for a pupil's status change, not before the current status (the server's rule).
 */
function useEffectiveDate(submitted: boolean, notBefore?: string) {
  const { t } = useI18n();
  const [text, setText] = useState(formatDate(todayIso()));
  const iso = parseDate(text);
  let error: string | undefined;
  if (submitted && !text.trim()) error = t('field.dateMissing');
  else if (text.trim() && !iso) error = t('field.dateInvalid');
  else if (iso && iso > todayIso()) error = t('sector.dateFuture');
  else if (iso && notBefore && iso < notBefore)
    error = t('action.dateBeforeStatus', { date: formatDate(notBefore) });
  return { text, setText, iso, error };
}

/**
 * The server names a refused date by code only (STU_STATUS_DATE_INVALID, no
 * message): say what the rule is instead of a generic "invalid value".
 */
function dateRefusal(error: unknown, t: ReturnType<typeof useI18n>['t']): string | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return undefined;
  const refused = (error.details as { field?: unknown; code?: unknown }[]).some(
    (item) => item?.field === 'date' && item.code === 'STU_STATUS_DATE_INVALID',
  );
  return refused ? t('action.dateInvalidServer') : undefined;
}

/** The effective date and the note every status change ends with. */
function DateAndNote({
  date,
  error,
  note,
  setNote,
}: {
  date: ReturnType<typeof useEffectiveDate>;
  /** What the server said of the date, when the form's own check passed. */
  error: string | undefined;
  note: string;
  setNote: (note: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <DateField
        label={t('sector.effectiveDate')}
        value={date.text}
        onChange={date.setText}
        required
        error={date.error ?? error}
      />
      <TextAreaField label={t('sector.note')} value={note} onChange={setNote} maxLength={500} />
    </>
  );
}

const TITLES = {
  transferOut: 'action.transferOut',
  dropOut: 'action.dropOut',
  graduate: 'action.graduate',
  reEnrol: 'action.reEnrol',
} as const;
const LEADS = {
  transferOut: 'action.transferOutLead',
  dropOut: 'action.dropOutLead',
  graduate: 'action.graduateLead',
  reEnrol: 'action.reEnrolLead',
} as const;

/**
 * One explicit status change (chuyển trường đi, thôi học, tốt nghiệp, học
 * lại) with its effective date: status is never a field to overwrite.
 */
export function StudentActionDialog({
  kind,
  student,
  yearId,
  onClose,
  onDone,
}: {
  kind: StudentAction;
  student: StudentDetail;
  yearId: string;
  onClose: () => void;
  onDone: (student: StudentDetail) => void;
}) {
  const { t, locale } = useI18n();
  const radioName = useId();
  const [submitted, setSubmitted] = useState(false);
  const notBefore = student.statusDate > student.birthDate ? student.statusDate : student.birthDate;
  const date = useEffectiveDate(submitted, notBefore);
  const [note, setNote] = useState('');
  const [target, setTarget] = useState<'inside' | 'outside'>('inside');
  const [toUnitId, setToUnitId] = useState('');
  const [otherSchoolName, setOtherSchoolName] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [outcome, setOutcome] = useState<'06' | '07'>('06');
  const [classId, setClassId] = useState('');
  const classes = useClasses(kind === 'reEnrol' ? student.unitId : '', yearId);
  const action = useAction(async () => {
    const common = { date: date.iso!, ...(note.trim() ? { note: note.trim() } : {}) };
    switch (kind) {
      case 'transferOut':
        return sectorApi.transferOut(
          student.id,
          target === 'inside'
            ? { ...common, toUnitId }
            : { ...common, otherSchoolName: otherSchoolName.trim() },
        );
      case 'dropOut':
        return sectorApi.dropOut(student.id, { ...common, reasonCode });
      case 'graduate':
        return sectorApi.graduate(student.id, { ...common, statusCode: outcome });
      case 'reEnrol':
        return sectorApi.reEnrol(student.id, { ...common, classId: classId || null });
    }
  });
  const errors = action.fieldErrors;
  const targetMissing =
    submitted &&
    kind === 'transferOut' &&
    (target === 'inside' ? !toUnitId : !otherSchoolName.trim()) &&
    t('action.targetMissing');
  const reasonMissing = submitted && kind === 'dropOut' && !reasonCode ? t('field.missing') : undefined;

  async function submit() {
    setSubmitted(true);
    if (!date.iso || date.error || targetMissing || reasonMissing) return;
    if (kind === 'transferOut' && (target === 'inside' ? !toUnitId : !otherSchoolName.trim())) return;
    if (kind === 'dropOut' && !reasonCode) return;
    const result = await action.run();
    if (result) onDone(result);
  }

  return (
    <FormDialog
      title={`${t(TITLES[kind])}: ${student.fullName}`}
      description={t(LEADS[kind])}
      onClose={onClose}
      submitLabel={t(TITLES[kind])}
      danger={kind === 'dropOut'}
      pending={action.pending}
      error={action.error}
      autoComplete="on"
      onSubmit={submit}
    >
      {kind === 'transferOut' && (
        <>
          <RadioGroup
            legend={t('action.transferTarget')}
            name={`${radioName}-target`}
            value={target}
            onChange={setTarget}
            options={[
              { value: 'inside', label: t('action.targetInProvince') },
              { value: 'outside', label: t('action.targetOutside') },
            ]}
          />
          {target === 'inside' ? (
            <DirectorySchoolField
              label={t('action.toSchool')}
              excludeId={student.unitId}
              value={toUnitId}
              onChange={setToUnitId}
              required
              error={errors.toUnitId ?? (targetMissing || undefined)}
            />
          ) : (
            <TextField
              label={t('action.otherSchoolName')}
              value={otherSchoolName}
              onChange={setOtherSchoolName}
              required
              maxLength={200}
              autoComplete="off"
              error={errors.otherSchoolName ?? errors.toUnitId ?? (targetMissing || undefined)}
            />
          )}
        </>
      )}
      {kind === 'dropOut' && (
        <SelectField
          label={t('action.reason')}
          value={reasonCode}
          onChange={setReasonCode}
          options={codeOptions('leavingReason', locale)}
          placeholder={t('action.chooseReason')}
          required
          error={errors.reasonCode ?? reasonMissing}
        />
      )}
      {kind === 'graduate' && (
        <RadioGroup
          legend={t('action.graduateKind')}
          name={`${radioName}-outcome`}
          value={outcome}
          onChange={setOutcome}
          options={[
            { value: '06', label: t('action.graduated') },
            { value: '07', label: t('action.completed') },
          ]}
        />
      )}
      {kind === 'reEnrol' && (
        <SelectField
          label={t('action.reEnrolClass')}
          value={classId}
          onChange={setClassId}
          options={(classes.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder={t('studentForm.chooseClass')}
          error={errors.classId}
        />
      )}
      <DateAndNote
        date={date}
        error={dateRefusal(action.error, t) ?? errors.date}
        note={note}
        setNote={setNote}
      />
    </FormDialog>
  );
}

/**
 * The receiving school accepts a pupil it cannot see yet, by student id and
 * birth date (the server answers the same "not found" for any mismatch).
 */
export function TransferInDialog({
  school,
  yearId,
  onClose,
  onDone,
}: {
  school: Pick<Unit, 'id' | 'name'>;
  yearId: string;
  onClose: () => void;
  onDone: (student: StudentDetail) => void;
}) {
  const { t } = useI18n();
  const [submitted, setSubmitted] = useState(false);
  const [studentCode, setStudentCode] = useState('');
  const [birthText, setBirthText] = useState('');
  const [classId, setClassId] = useState('');
  const [note, setNote] = useState('');
  const date = useEffectiveDate(submitted);
  const classes = useClasses(school.id, yearId);
  const action = useAction(sectorApi.transferIn);
  const birthIso = parseDate(birthText);
  const errors = action.fieldErrors;
  const birthError =
    submitted && !birthText.trim()
      ? t('field.dateMissing')
      : birthText.trim() && !birthIso
        ? t('field.dateInvalid')
        : undefined;

  async function submit() {
    setSubmitted(true);
    if (!studentCode.trim() || !birthIso || !date.iso || date.error) return;
    const result = await action.run({
      unitId: school.id,
      studentCode: studentCode.trim(),
      birthDate: birthIso,
      date: date.iso,
      ...(classId ? { classId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (result) onDone(result);
  }

  return (
    <FormDialog
      title={t('transferIn.title')}
      description={`${school.name} · ${t('transferIn.lead')}`}
      onClose={onClose}
      submitLabel={t('transferIn.submit')}
      pending={action.pending}
      error={action.error}
      errorAlert={
        action.error instanceof ApiError && action.error.status === 404 ? (
          <Alert kind="error" title={t('transferIn.notFound')} />
        ) : undefined
      }
      onSubmit={submit}
    >
      <TextField
        label={t('transferIn.studentCode')}
        value={studentCode}
        onChange={setStudentCode}
        required
        maxLength={15}
        spellCheck={false}
        error={errors.studentCode ?? (submitted && !studentCode.trim() ? t('field.missing') : undefined)}
      />
      <DateField
        label={t('student.birthDate')}
        value={birthText}
        onChange={setBirthText}
        required
        error={birthError ?? errors.birthDate}
      />
      <SelectField
        label={t('student.class')}
        value={classId}
        onChange={setClassId}
        options={(classes.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        placeholder={t('studentForm.chooseClass')}
        error={errors.classId}
      />
      <DateAndNote
        date={date}
        error={dateRefusal(action.error, t) ?? errors.date}
        note={note}
        setNote={setNote}
      />
    </FormDialog>
  );
}
