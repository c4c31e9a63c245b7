import { errorMessage } from '@edushield/core/errors';
import {
  QUALITY_DATA_GROUPS,
  type QualityDataGroup,
  type QualityRuleType,
  RULE_TYPES,
  STATUS_CHECKS,
} from '@edushield/core/quality/rules';
import { useRef, useState } from 'react';
import type { Unit } from '../../api/types';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { useToast } from '../../components/Toasts';
import { type MessageKey, useI18n } from '../../i18n';
import { UnitPicker } from '../units/UnitPicker';
import { type QualityRule, qualityApi, type Severity } from './api';
import { groupKey, severityKey } from './labels';
import { draftFromParams, numberOrText, type ParamDraft, paramErrors, paramsFromDraft } from './rule-form';

function ParamFields({
  type,
  draft,
  onChange,
  errors,
}: {
  type: QualityRuleType;
  draft: ParamDraft;
  onChange: (draft: ParamDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const set = (key: keyof ParamDraft) => (value: string) => onChange({ ...draft, [key]: value });
  const num = (key: keyof ParamDraft, label: MessageKey, errorKey: string, min: number, max: number) => (
    <TextField
      key={key}
      label={t(label)}
      value={draft[key] as string}
      onChange={set(key)}
      inputMode="numeric"
      hint={t('quality.param.range', { min, max })}
      error={errors[`params.${errorKey}`]}
    />
  );
  switch (type) {
    case 'class_size':
      return (
        <>
          {num('max', 'quality.param.max', 'max', 1, 200)}
          {num('maxTH', 'quality.param.maxTH', 'maxByLevel.TH', 1, 200)}
          {num('maxTHCS', 'quality.param.maxTHCS', 'maxByLevel.THCS', 1, 200)}
          {num('maxTHPT', 'quality.param.maxTHPT', 'maxByLevel.THPT', 1, 200)}
        </>
      );
    case 'pupils_per_teacher':
      return num('max', 'quality.param.maxRatio', 'max', 1, 200);
    case 'age_grade':
      return num('toleranceYears', 'quality.param.toleranceYears', 'toleranceYears', 0, 10);
    case 'duplicate_across_schools':
      return (
        <SelectField
          label={t('quality.param.match')}
          value={draft.match}
          onChange={set('match')}
          options={(['personal_id', 'name_birth', 'both'] as const).map((m) => ({
            value: m,
            label: t(`quality.param.match.${m}` as MessageKey),
          }))}
          error={errors['params.match']}
        />
      );
    case 'status_consistency':
      return (
        <fieldset className="fieldset-plain">
          <legend className="field__label">{t('quality.param.checks')}</legend>
          {STATUS_CHECKS.map((check) => (
            <Checkbox
              key={check}
              label={t(`quality.param.check.${check}` as MessageKey)}
              checked={draft.checks.includes(check)}
              onChange={(on) =>
                onChange({
                  ...draft,
                  checks: on ? [...draft.checks, check] : draft.checks.filter((c) => c !== check),
                })
              }
            />
          ))}
          {errors['params.checks'] && <p className="field__error">{errors['params.checks']}</p>}
        </fieldset>
      );
    case 'period_change':
      return (
        <>
          {num('thresholdPercent', 'quality.param.thresholdPercent', 'thresholdPercent', 1, 1000)}
          {num('minPupils', 'quality.param.minPupils', 'minPupils', 0, 100000)}
        </>
      );
  }
}

/** Create or edit a department rule: type-specific parameters, no code. */
export function RuleDialog({
  rule,
  units,
  defaultRootId,
  onClose,
  onSaved,
}: {
  rule: QualityRule | null;
  units: readonly Unit[];
  defaultRootId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [code, setCode] = useState(rule?.code ?? '');
  const [nameVi, setNameVi] = useState(rule?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(rule?.nameEn ?? '');
  const [ruleType, setRuleType] = useState<QualityRuleType>(rule?.ruleType ?? 'class_size');
  const [dataGroup, setDataGroup] = useState<QualityDataGroup>(rule?.dataGroup ?? 'classes');
  const [severity, setSeverity] = useState<Severity>(rule?.severity ?? 'warning');
  const [dueDays, setDueDays] = useState(String(rule?.dueDays ?? 14));
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [rootUnitId, setRootUnitId] = useState(rule?.rootUnitId ?? defaultRootId);
  const [draft, setDraft] = useState<ParamDraft>(() => draftFromParams(ruleType, rule?.params));
  // Parameters the form can check itself are explained before anything is sent (same words as the server).
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const save = useAction(async () => {
    const params = paramsFromDraft(ruleType, draft);
    const problems = paramErrors(ruleType, params, locale);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      window.requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return false;
    }
    const common = {
      nameVi,
      nameEn,
      dataGroup,
      severity,
      params,
      enabled,
      // Not a number: sent as typed, so the server's message names the field.
      dueDays: (numberOrText(dueDays) ?? 14) as number,
    };
    if (rule) await qualityApi.updateRule(rule.id, common);
    else await qualityApi.createRule({ ...common, code, ruleType, rootUnitId });
    toast.success(t('quality.rules.saved'));
    onSaved();
    return true;
  });
  const errors = { ...save.fieldErrors, ...localErrors };
  const chooseType = (value: string) => {
    const type = value as QualityRuleType;
    setRuleType(type);
    const info = RULE_TYPES.find((r) => r.type === type)!;
    setDataGroup(info.defaultGroup);
    setSeverity(info.defaultSeverity);
    setDraft(draftFromParams(type, undefined));
    setLocalErrors({});
  };

  return (
    <Dialog
      title={rule ? t('quality.rules.editTitle', { code: rule.code }) : t('quality.rules.createTitle')}
      onClose={onClose}
      size="large"
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="quality-rule-form"
            className="button button--primary"
            disabled={save.pending}
          >
            {t('common.save')}
          </button>
        </>
      }
    >
      <form
        ref={formRef}
        id="quality-rule-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run();
        }}
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        {Object.keys(localErrors).length > 0 && (
          <Alert kind="error" title={errorMessage('QUALITY_PARAMS_INVALID', locale)} />
        )}
        <div className="form__grid">
          {!rule && (
            <TextField
              label={t('quality.rules.code')}
              hint={t('quality.rules.codeHint')}
              value={code}
              onChange={setCode}
              required
              maxLength={40}
              error={errors.code}
            />
          )}
          <SelectField
            label={t('quality.rules.type')}
            value={ruleType}
            onChange={chooseType}
            disabled={rule !== null}
            options={RULE_TYPES.map((r) => ({ value: r.type, label: r.name[locale] }))}
          />
          <TextField
            label={t('quality.rules.nameVi')}
            value={nameVi}
            onChange={setNameVi}
            required
            maxLength={200}
            error={errors.nameVi}
          />
          <TextField
            label={t('quality.rules.nameEn')}
            value={nameEn}
            onChange={setNameEn}
            required
            maxLength={200}
            error={errors.nameEn}
          />
          <SelectField
            label={t('quality.rules.group')}
            value={dataGroup}
            onChange={(v) => setDataGroup(v as QualityDataGroup)}
            options={QUALITY_DATA_GROUPS.map((g) => ({ value: g, label: t(groupKey(g)) }))}
          />
          <SelectField
            label={t('quality.rules.severity')}
            value={severity}
            onChange={(v) => setSeverity(v as Severity)}
            options={(['blocking', 'warning'] as const).map((s) => ({ value: s, label: t(severityKey(s)) }))}
          />
          <TextField
            label={t('quality.rules.dueDays')}
            value={dueDays}
            onChange={setDueDays}
            inputMode="numeric"
            hint={t('quality.param.range', { min: 1, max: 365 })}
            error={errors.dueDays}
          />
          {!rule && (
            <UnitPicker
              label={t('quality.rules.scope')}
              units={units}
              value={rootUnitId}
              onChange={setRootUnitId}
              required
              error={errors.rootUnitId}
            />
          )}
        </div>
        <fieldset className="fieldset-plain quality-params">
          <legend>{t('quality.rules.params')}</legend>
          <ParamFields type={ruleType} draft={draft} onChange={setDraft} errors={errors} />
        </fieldset>
        <Checkbox label={t('quality.rules.enabled')} checked={enabled} onChange={setEnabled} />
      </form>
    </Dialog>
  );
}
