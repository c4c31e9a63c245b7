import { useState } from 'react';
import { sectorApi } from '../../api/sector';
import { unitsApi } from '../../api/units';
import { Checkbox, DateField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction, useApiData } from '../../components/hooks';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { formatDate, parseDate } from '../../i18n/format';
import { type NewPeriod, type Period, type PeriodKind, reportingApi } from './api';
import { parseDays, vnDate, vnEndOfDay, vnStartOfDay } from './labels';

const KINDS: PeriodKind[] = ['start_of_year', 'mid_year', 'end_of_year', 'ad_hoc'];
const list = (s: string) =>
  s
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Create a draft period, or edit one while it is a draft. Dates are whole days in Vietnam time. */
export function PeriodFormDialog({
  period,
  onClose,
  onSaved,
}: {
  period?: Period;
  onClose: () => void;
  onSaved: (period: Period) => void;
}) {
  const t = useT();
  const toast = useToast();
  const units = useApiData('reporting-roots', (signal) => unitsApi.list({}, signal));
  const years = useApiData('school-years', (signal) => sectorApi.schoolYears(signal));
  const roots = (units.data?.items ?? []).filter(
    (u) => !u.parentId || !(units.data?.items ?? []).some((p) => p.id === u.parentId),
  );
  const [form, setForm] = useState({
    rootUnitId: period?.rootUnitId ?? '',
    schoolYearId: period?.schoolYearId ?? '',
    kind: period?.kind ?? ('start_of_year' as PeriodKind),
    name: period?.name ?? '',
    description: period?.description ?? '',
    opensOn: period ? formatDate(vnDate(period.opensAt)) : '',
    deadlineOn: period ? formatDate(vnDate(period.deadlineAt)) : '',
    treeAsOf: period ? formatDate(period.treeAsOf) : '',
    unitTypes: (period?.requiredUnitTypes ?? ['school']).join(', '),
    levels: (period?.requiredLevelCodes ?? []).join(', '),
    grace: String(period?.onTimeGraceHours ?? 0),
    lock: period?.lockAfterDeadline ?? true,
    before: (period?.remindDaysBefore ?? [7, 3, 1]).join(', '),
    after: (period?.remindDaysAfter ?? [1, 3, 7]).join(', '),
    escalate: String(period?.escalateAfterDays ?? 3),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const rootId = form.rootUnitId || roots[0]?.id || '';
  const save = useAction(async (body: NewPeriod) =>
    period ? reportingApi.updatePeriod(period.id, body) : reportingApi.createPeriod(body),
  );

  async function submit() {
    const local: Record<string, string> = {};
    const opens = parseDate(form.opensOn);
    const deadline = parseDate(form.deadlineOn);
    const asOf = form.treeAsOf.trim() ? parseDate(form.treeAsOf) : undefined;
    const before = parseDays(form.before);
    const after = parseDays(form.after);
    if (!opens) local.opensAt = t('reporting.dateInvalid');
    if (!deadline) local.deadlineAt = t('reporting.dateInvalid');
    if (asOf === null) local.treeAsOf = t('reporting.dateInvalid');
    if (!before) local.remindDaysBefore = t('reporting.daysInvalid');
    if (!after) local.remindDaysAfter = t('reporting.daysInvalid');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const saved = await save.run({
      rootUnitId: rootId,
      schoolYearId: form.schoolYearId || null,
      kind: form.kind,
      name: form.name,
      description: form.description || null,
      ...(asOf ? { treeAsOf: asOf } : {}),
      requiredUnitTypes: list(form.unitTypes),
      requiredLevelCodes: list(form.levels).map((l) => l.toUpperCase()),
      opensAt: vnStartOfDay(opens!),
      deadlineAt: vnEndOfDay(deadline!),
      onTimeGraceHours: Number(form.grace) || 0,
      lockAfterDeadline: form.lock,
      remindDaysBefore: before!,
      remindDaysAfter: after!,
      escalateAfterDays: Number(form.escalate) || 0,
    });
    if (saved) {
      toast.success(period ? t('reporting.saved') : t('reporting.created'));
      onSaved(saved);
    }
  }

  const fieldError = (key: string) => errors[key] ?? save.fieldErrors[key];
  return (
    <FormDialog
      title={period ? period.name : t('reporting.createPeriod')}
      onClose={onClose}
      size="large"
      onSubmit={submit}
      pending={save.pending}
      error={save.error}
    >
      <div className="form__grid">
        {!period && (
          <SelectField
            label={t('reporting.rootUnit')}
            value={rootId}
            onChange={set('rootUnitId')}
            options={[
              ...roots,
              ...(units.data?.items ?? [])
                .filter((u) => !roots.includes(u) && u.typeCode !== 'school' && u.typeCode !== 'satellite')
                .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
            ].map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
            required
          />
        )}
        <TextField
          label={t('reporting.periodName')}
          value={form.name}
          onChange={set('name')}
          required
          maxLength={200}
          error={fieldError('name')}
        />
        <SelectField
          label={t('reporting.kind')}
          value={form.kind}
          onChange={(v) => set('kind')(v as PeriodKind)}
          options={KINDS.map((k) => ({ value: k, label: t(`reporting.kind.${k}`) }))}
        />
        <SelectField
          label={t('reporting.schoolYear')}
          value={form.schoolYearId}
          onChange={set('schoolYearId')}
          placeholder={t('reporting.noSchoolYear')}
          options={(years.data?.items ?? []).map((y) => ({ value: y.id, label: y.code }))}
          error={fieldError('schoolYearId')}
        />
        <DateField
          label={t('reporting.opens')}
          value={form.opensOn}
          onChange={set('opensOn')}
          required
          error={fieldError('opensAt')}
        />
        <DateField
          label={t('reporting.deadline')}
          value={form.deadlineOn}
          onChange={set('deadlineOn')}
          required
          error={fieldError('deadlineAt')}
        />
        <TextField
          label={t('reporting.grace')}
          hint={t('reporting.graceHint')}
          value={form.grace}
          onChange={set('grace')}
          inputMode="numeric"
          error={fieldError('onTimeGraceHours')}
        />
        <DateField
          label={t('reporting.treeAsOf')}
          hint={t('reporting.treeAsOfHint')}
          value={form.treeAsOf}
          onChange={set('treeAsOf')}
          error={fieldError('treeAsOf')}
        />
        <TextField
          label={t('reporting.unitTypes')}
          hint={t('reporting.unitTypesHint')}
          value={form.unitTypes}
          onChange={set('unitTypes')}
          error={fieldError('requiredUnitTypes')}
        />
        <TextField
          label={t('reporting.levels')}
          hint={t('reporting.levelsHint')}
          value={form.levels}
          onChange={set('levels')}
          error={fieldError('requiredLevelCodes')}
        />
        <TextField
          label={t('reporting.remindBefore')}
          hint={t('reporting.daysHint')}
          value={form.before}
          onChange={set('before')}
          error={fieldError('remindDaysBefore')}
        />
        <TextField
          label={t('reporting.remindAfter')}
          hint={t('reporting.daysHint')}
          value={form.after}
          onChange={set('after')}
          error={fieldError('remindDaysAfter')}
        />
        <TextField
          label={t('reporting.escalate')}
          value={form.escalate}
          onChange={set('escalate')}
          inputMode="numeric"
          error={fieldError('escalateAfterDays')}
        />
      </div>
      <Checkbox label={t('reporting.lock')} checked={form.lock} onChange={set('lock')} />
      <TextAreaField
        label={t('reporting.description')}
        value={form.description}
        onChange={set('description')}
        maxLength={2000}
      />
    </FormDialog>
  );
}
