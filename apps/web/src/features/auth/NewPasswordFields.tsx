import { errorMessage } from '@edushield/core/errors';
import { PASSWORD_MIN_LENGTH } from '@edushield/core/password-policy';
import { PasswordField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { confirmWrongSoFar, type NewPasswordCheck } from './password-fields';

/**
 * New password and its confirmation, with the server's own policy checked as
 * the user types (same messages as the server would send).
 */
export function NewPasswordFields({
  value,
  confirm,
  onChange,
  onConfirmChange,
  check,
  serverError,
  submitted,
}: {
  value: string;
  confirm: string;
  onChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  check: NewPasswordCheck;
  serverError?: string | undefined;
  submitted: boolean;
}) {
  const { t, locale } = useI18n();

  const problem = check.policy
    ? errorMessage(check.policy, locale)
    : check.sameAsCurrent
      ? errorMessage('PASSWORD_SAME_AS_OLD', locale)
      : null;
  const error = serverError ?? (submitted && problem ? problem : undefined);
  const rules = t('password.rules', { min: PASSWORD_MIN_LENGTH });
  let hint = <span className="password-feedback">{rules}</span>;
  if (!error && value && problem)
    hint = <span className="password-feedback password-feedback--bad">{problem}</span>;
  if (!error && value && !problem) {
    hint = <span className="password-feedback password-feedback--good">{t('password.ok')}</span>;
  }

  // Judge the repeat as it is typed (not on blur: a message appearing on blur moves the
  // submit button away from under the pointer).
  const showMismatch =
    confirm.length > 0 && check.mismatch && (submitted || confirmWrongSoFar(value, confirm));
  const missingConfirm = submitted && !confirm;

  return (
    <>
      <PasswordField
        label={t('password.new')}
        value={value}
        onChange={onChange}
        autoComplete="new-password"
        required
        hint={hint}
        error={error}
      />
      <PasswordField
        label={t('password.confirm')}
        value={confirm}
        onChange={onConfirmChange}
        autoComplete="new-password"
        required
        error={
          showMismatch ? t('password.mismatch') : missingConfirm ? t('password.confirmMissing') : undefined
        }
      />
    </>
  );
}
