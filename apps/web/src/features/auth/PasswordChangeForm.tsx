import { type FormEvent, useState } from 'react';
import { authApi } from '../../api/auth';
import { ApiError } from '../../api/client';
import type { Session } from '../../api/types';
import { ErrorAlert } from '../../components/Alert';
import { PasswordField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { useT } from '../../i18n';
import { NewPasswordFields } from './NewPasswordFields';
import { checkNewPassword, fieldForPasswordError } from './password-fields';

export function PasswordChangeForm({
  username,
  onDone,
  submitLabel,
}: {
  username: string;
  onDone: (session: Session) => void;
  submitLabel?: string;
}) {
  const t = useT();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(authApi.changePassword);

  const check = checkNewPassword({ newPassword, confirm, currentPassword, username });
  const error = action.error instanceof ApiError ? action.error : null;
  const fieldErrors: Record<string, string> = { ...action.fieldErrors };
  const field = error ? fieldForPasswordError(error.code) : null;
  if (error && field && !fieldErrors[field]) fieldErrors[field] = error.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!currentPassword || !check.ok) return;
    const session = await action.run(currentPassword, newPassword);
    if (session) {
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
      setSubmitted(false);
      onDone(session);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {action.error && !field ? <ErrorAlert error={action.error} /> : null}
      <PasswordField
        label={t('password.current')}
        value={currentPassword}
        onChange={setCurrentPassword}
        autoComplete="current-password"
        required
        error={
          fieldErrors.currentPassword ??
          (submitted && !currentPassword ? t('password.currentMissing') : undefined)
        }
      />
      <NewPasswordFields
        value={newPassword}
        confirm={confirm}
        onChange={setNewPassword}
        onConfirmChange={setConfirm}
        check={check}
        serverError={fieldErrors.newPassword}
        submitted={submitted}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t('common.working') : (submitLabel ?? t('password.submit'))}
        </button>
      </div>
    </form>
  );
}
