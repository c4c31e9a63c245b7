import { useId, useMemo, useState } from 'react';
import type { RoleInfo, Scope, Unit, UserItem } from '../../api/types';
import { usersApi } from '../../api/users';
import { roleName } from '../../app/labels';
import { RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../components/hooks';
import { useI18n } from '../../i18n';
import { UnitPicker } from '../units/UnitPicker';
import { SCOPE_LABEL } from './labels';
import { ShowOnceDialog } from './ShowOnce';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function CreateUserDialog({
  roles,
  units,
  defaultUnitId,
  onClose,
  onCreated,
}: {
  roles: readonly RoleInfo[];
  units: readonly Unit[];
  defaultUnitId?: string;
  onClose: () => void;
  onCreated: (user: UserItem) => void;
}) {
  const { t, locale } = useI18n();
  const radioName = useId();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [unitId, setUnitId] = useState(defaultUnitId ?? '');
  const [roleCode, setRoleCode] = useState('');
  const [scope, setScope] = useState<Scope>('unit');
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<{ user: UserItem; oneTimePassword: string } | null>(null);
  const action = useAction(usersApi.create);
  const grantable = useMemo(
    () => roles.filter((role) => role.grantable).sort((a, b) => b.rank - a.rank),
    [roles],
  );
  const errors = action.fieldErrors;
  const missing = (value: string) => (submitted && !value.trim() ? t('field.missing') : undefined);
  const emailError =
    submitted && email.trim() && !EMAIL.test(email.trim()) ? t('field.emailInvalid') : undefined;

  if (created) {
    return (
      <ShowOnceDialog
        title={t('userCreate.createdTitle', { username: created.user.username })}
        label={t('userCreate.oneTimePassword')}
        value={created.oneTimePassword}
        warning={t('userCreate.oneTimeWarning')}
        onClose={() => onCreated(created.user)}
      >
        <p>{t('userCreate.mustChange')}</p>
      </ShowOnceDialog>
    );
  }

  async function submit() {
    setSubmitted(true);
    if (!username.trim() || !fullName.trim() || !unitId || !roleCode || emailError) return;
    const result = await action.run({
      username: username.trim(),
      fullName: fullName.trim(),
      email: email.trim() || undefined,
      unitId,
      roleCode,
      scope,
    });
    if (result) setCreated(result);
  }

  return (
    <FormDialog
      title={t('userCreate.title')}
      onClose={onClose}
      submitLabel={t('userCreate.submit')}
      pending={action.pending}
      error={action.error}
      autoComplete="on"
      onSubmit={submit}
    >
      <TextField
        label={t('user.username')}
        value={username}
        onChange={setUsername}
        required
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        hint={t('userCreate.usernameHint')}
        error={errors.username ?? missing(username)}
      />
      <TextField
        label={t('user.fullName')}
        value={fullName}
        onChange={setFullName}
        required
        autoComplete="off"
        error={errors.fullName ?? missing(fullName)}
      />
      <TextField
        label={t('user.email')}
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="off"
        error={errors.email ?? emailError}
      />
      <UnitPicker
        label={t('user.unit')}
        units={units}
        value={unitId}
        onChange={setUnitId}
        required
        error={errors.unitId ?? (submitted && !unitId ? t('field.missing') : undefined)}
      />
      <SelectField
        label={t('user.role')}
        value={roleCode}
        onChange={setRoleCode}
        required
        placeholder={t('userCreate.chooseRole')}
        options={grantable.map((role) => ({ value: role.code, label: roleName(role.code, locale, roles) }))}
        hint={
          grantable.find((role) => role.code === roleCode)?.requiresMfa
            ? t('userCreate.roleNeedsMfa')
            : undefined
        }
        error={errors.roleCode ?? missing(roleCode)}
      />
      <RadioGroup
        legend={t('user.scope')}
        name={`${radioName}-scope`}
        value={scope}
        onChange={setScope}
        options={[
          { value: 'unit', label: t(SCOPE_LABEL.unit) },
          { value: 'subtree', label: t(SCOPE_LABEL.subtree) },
        ]}
        error={errors.scope}
      />
    </FormDialog>
  );
}
