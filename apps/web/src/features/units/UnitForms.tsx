import { useMemo, useState } from 'react';
import type { Unit, UnitType } from '../../api/types';
import { unitsApi } from '../../api/units';
import { unitTypeName } from '../../app/labels';
import { Alert } from '../../components/Alert';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../components/hooks';
import { useI18n } from '../../i18n';
import { formatDate, parseDate, todayIso } from '../../i18n/format';
import { subtreeIds } from './tree';
import { UnitPicker } from './UnitPicker';

export type UnitFormKind = 'create' | 'edit' | 'move' | 'merge' | 'close';

/** The effective date as typed (dd/mm/yyyy), today by default, with its validation message. */
function useEffectiveDate() {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatDate(todayIso()));
  const [checked, setChecked] = useState(false);
  const iso = parseDate(text);
  const error = checked && !iso ? (text.trim() ? t('field.dateInvalid') : t('field.dateMissing')) : undefined;
  return { text, setText, iso, error, check: () => setChecked(true) };
}

const trimOrUndefined = (value: string) => (value.trim() ? value.trim() : undefined);

export interface UnitFormProps {
  kind: UnitFormKind;
  /** The selected unit (the parent, for "create"). */
  unit: Unit | null;
  units: readonly Unit[];
  types: readonly UnitType[];
  onClose: () => void;
  onDone: (unit: Unit, kind: UnitFormKind) => void;
}

export function UnitFormDialog(props: UnitFormProps) {
  switch (props.kind) {
    case 'create':
      return <CreateUnitForm {...props} />;
    case 'edit':
      return props.unit ? <EditUnitForm {...props} unit={props.unit} /> : null;
    case 'move':
    case 'merge':
      return props.unit ? <RelinkUnitForm {...props} unit={props.unit} kind={props.kind} /> : null;
    case 'close':
      return props.unit ? <CloseUnitForm {...props} unit={props.unit} /> : null;
  }
}

function CreateUnitForm({ unit: parent, units, types, onClose, onDone }: UnitFormProps) {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [typeCode, setTypeCode] = useState('');
  const [parentId, setParentId] = useState(parent?.id ?? '');
  const [address, setAddress] = useState('');
  const date = useEffectiveDate();
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(unitsApi.create);
  const activeUnits = useMemo(() => units.filter((u) => u.status === 'active'), [units]);
  const errors = action.fieldErrors;
  const missing = (value: string) => (submitted && !value.trim() ? t('field.missing') : undefined);

  return (
    <FormDialog
      title={parent ? t('unitForm.createChildTitle', { parent: parent.name }) : t('unitForm.createTitle')}
      submitLabel={t('unitForm.createSubmit')}
      pending={action.pending}
      error={action.error}
      onClose={onClose}
      onSubmit={async () => {
        setSubmitted(true);
        date.check();
        if (!name.trim() || !code.trim() || !typeCode || !date.iso) return;
        const created = await action.run({
          name: name.trim(),
          code: code.trim(),
          typeCode,
          parentId: parentId || null,
          address: trimOrUndefined(address),
          validFrom: date.iso,
        });
        if (created) onDone(created, 'create');
      }}
    >
      <TextField
        label={t('unit.name')}
        value={name}
        onChange={setName}
        required
        error={errors.name ?? missing(name)}
      />
      <TextField
        label={t('unit.code')}
        value={code}
        onChange={setCode}
        required
        autoComplete="off"
        spellCheck={false}
        hint={t('unitForm.codeHint')}
        error={errors.code ?? missing(code)}
      />
      <SelectField
        label={t('unit.type')}
        value={typeCode}
        onChange={setTypeCode}
        required
        placeholder={t('unitForm.chooseType')}
        options={types.map((type) => ({ value: type.code, label: unitTypeName(type.code, locale, types) }))}
        error={errors.typeCode ?? missing(typeCode)}
      />
      <UnitPicker
        label={t('unit.parent')}
        units={activeUnits}
        value={parentId}
        onChange={setParentId}
        placeholder={t('unitForm.noParent')}
        error={errors.parentId}
      />
      <TextField label={t('unit.address')} value={address} onChange={setAddress} error={errors.address} />
      <DateField
        label={t('unit.validFrom')}
        value={date.text}
        onChange={date.setText}
        required
        error={errors.validFrom ?? date.error}
      />
    </FormDialog>
  );
}

function EditUnitForm({ unit, onClose, onDone }: UnitFormProps & { unit: Unit }) {
  const { t } = useI18n();
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code);
  const [address, setAddress] = useState(unit.address ?? '');
  const [note, setNote] = useState('');
  const date = useEffectiveDate();
  const [submitted, setSubmitted] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const action = useAction((edit: Parameters<typeof unitsApi.update>[1]) => unitsApi.update(unit.id, edit));
  const errors = action.fieldErrors;

  return (
    <FormDialog
      title={t('unitForm.editTitle', { name: unit.name })}
      description={t('unitForm.editLead')}
      submitLabel={t('common.save')}
      pending={action.pending}
      error={action.error}
      onClose={onClose}
      onSubmit={async () => {
        setSubmitted(true);
        date.check();
        if (!name.trim() || !code.trim() || !date.iso) return;
        const changes = {
          name: name.trim() !== unit.name ? name.trim() : undefined,
          code: code.trim() !== unit.code ? code.trim() : undefined,
          address: address.trim() !== (unit.address ?? '') ? address.trim() : undefined,
        };
        const changed = Object.values(changes).some((value) => value !== undefined);
        setNothingChanged(!changed);
        if (!changed) return;
        const updated = await action.run({ ...changes, validFrom: date.iso, note: trimOrUndefined(note) });
        if (updated) onDone(updated, 'edit');
      }}
    >
      {nothingChanged && <Alert kind="info" title={t('unitForm.nothingChanged')} />}
      <TextField
        label={t('unit.name')}
        value={name}
        onChange={setName}
        required
        error={errors.name ?? (submitted && !name.trim() ? t('field.missing') : undefined)}
      />
      <TextField
        label={t('unit.code')}
        value={code}
        onChange={setCode}
        required
        spellCheck={false}
        hint={t('unitForm.codeChangeHint')}
        error={errors.code ?? (submitted && !code.trim() ? t('field.missing') : undefined)}
      />
      <TextField label={t('unit.address')} value={address} onChange={setAddress} error={errors.address} />
      <DateField
        label={t('unit.validFrom')}
        value={date.text}
        onChange={date.setText}
        required
        error={errors.validFrom ?? date.error}
      />
      <TextAreaField label={t('unit.note')} value={note} onChange={setNote} error={errors.note} />
    </FormDialog>
  );
}

function RelinkUnitForm({
  unit,
  units,
  kind,
  onClose,
  onDone,
}: UnitFormProps & { unit: Unit; kind: 'move' | 'merge' }) {
  const { t } = useI18n();
  const [targetId, setTargetId] = useState('');
  const [note, setNote] = useState('');
  const date = useEffectiveDate();
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(async (target: string, validFrom: string, noteText?: string) =>
    kind === 'move'
      ? unitsApi.move(unit.id, { newParentId: target, validFrom, note: noteText })
      : unitsApi.merge(unit.id, { intoUnitId: target, validFrom, note: noteText }),
  );
  const exclude = useMemo(() => {
    const ids = subtreeIds(units, unit.id);
    if (kind === 'move' && unit.parentId) ids.add(unit.parentId);
    return ids;
  }, [units, unit, kind]);
  const candidates = useMemo(() => units.filter((u) => u.status === 'active'), [units]);
  const errors = action.fieldErrors;
  const targetError =
    (kind === 'move' ? errors.newParentId : errors.intoUnitId) ??
    (submitted && !targetId ? t('unitForm.targetMissing') : undefined);

  return (
    <FormDialog
      title={
        kind === 'move'
          ? t('unitForm.moveTitle', { name: unit.name })
          : t('unitForm.mergeTitle', { name: unit.name })
      }
      description={kind === 'move' ? t('unitForm.moveLead') : t('unitForm.mergeLead')}
      submitLabel={kind === 'move' ? t('unitAction.move') : t('unitAction.merge')}
      danger={kind === 'merge'}
      pending={action.pending}
      error={action.error}
      onClose={onClose}
      onSubmit={async () => {
        setSubmitted(true);
        date.check();
        if (!targetId || !date.iso) return;
        const result = await action.run(targetId, date.iso, trimOrUndefined(note));
        if (result) onDone(result, kind);
      }}
    >
      <UnitPicker
        label={kind === 'move' ? t('unitForm.newParent') : t('unitForm.mergeInto')}
        units={candidates}
        value={targetId}
        onChange={setTargetId}
        exclude={exclude}
        required
        error={targetError}
      />
      <DateField
        label={t('unit.validFrom')}
        value={date.text}
        onChange={date.setText}
        required
        error={errors.validFrom ?? date.error}
      />
      <TextAreaField label={t('unit.note')} value={note} onChange={setNote} error={errors.note} />
    </FormDialog>
  );
}

function CloseUnitForm({ unit, onClose, onDone }: UnitFormProps & { unit: Unit }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const date = useEffectiveDate();
  const action = useAction((validFrom: string, noteText?: string) =>
    unitsApi.close(unit.id, { validFrom, note: noteText }),
  );
  const errors = action.fieldErrors;
  return (
    <FormDialog
      title={t('unitForm.closeTitle', { name: unit.name })}
      description={t('unitForm.closeLead')}
      submitLabel={t('unitAction.close')}
      danger
      pending={action.pending}
      error={action.error}
      onClose={onClose}
      onSubmit={async () => {
        date.check();
        if (!date.iso) return;
        const result = await action.run(date.iso, trimOrUndefined(note));
        if (result) onDone(result, 'close');
      }}
    >
      <DateField
        label={t('unitForm.closeDate')}
        value={date.text}
        onChange={date.setText}
        required
        error={errors.validFrom ?? date.error}
      />
      <TextAreaField label={t('unit.note')} value={note} onChange={setNote} error={errors.note} />
    </FormDialog>
  );
}
