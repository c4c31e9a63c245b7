import { type ReactNode, type Ref, useId } from 'react';
import { useT } from '../i18n';
import { ErrorAlert } from './Alert';
import { Dialog, type DialogProps } from './Dialog';

export interface FormDialogProps extends Omit<DialogProps, 'footer'> {
  /**
   * Called on submit (button, or Enter in a field) once the browser's own submit is stopped.
   * The caller validates: the form is noValidate so our messages, not the browser's, show.
   */
  onSubmit: () => unknown;
  /** A request is running: the submit button is disabled and says so. */
  pending: boolean;
  /** The failed request, shown as a banner above the form. */
  error?: unknown;
  /** Shown instead of the standard banner, for a failure the dialog explains better itself. */
  errorAlert?: ReactNode;
  /** The primary button's label; "Save" when not given. */
  submitLabel?: ReactNode;
  /** The submit is destructive (red button). */
  danger?: boolean;
  /** More footer buttons, placed between Cancel and the primary action. */
  extraButtons?: ReactNode;
  formRef?: Ref<HTMLFormElement>;
  /** Browser autofill for the whole form; off by default, since the fields describe someone else. */
  autoComplete?: 'off' | 'on';
}

/**
 * A dialog holding one form: Cancel and a submit button in the footer (outside
 * the form, tied to it by id), the failure banner, and the form itself.
 */
export function FormDialog({
  onSubmit,
  pending,
  error,
  errorAlert,
  submitLabel,
  danger,
  extraButtons,
  formRef,
  autoComplete = 'off',
  onClose,
  children,
  ...dialog
}: FormDialogProps) {
  const t = useT();
  const formId = useId();
  return (
    <Dialog
      {...dialog}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {extraButtons}
          <button
            type="submit"
            form={formId}
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            disabled={pending}
          >
            {pending ? t('common.working') : (submitLabel ?? t('common.save'))}
          </button>
        </>
      }
    >
      {errorAlert ?? (error ? <ErrorAlert error={error} /> : null)}
      <form
        ref={formRef}
        id={formId}
        className="form"
        noValidate
        autoComplete={autoComplete}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
