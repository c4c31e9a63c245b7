import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n';

export interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom; put the primary action last. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** Some dialogs (a one-time password) must not close on Escape by accident. */
  dismissible?: boolean;
  description?: ReactNode;
}

const FOCUSABLE =
  'input:not([type="hidden"]), select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal on the native <dialog> element: the browser makes the rest of the
 * page inert and keeps focus inside. Mount it to open, unmount it to close;
 * focus returns to the element that opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  dismissible = true,
  description,
}: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const body = dialog.querySelector<HTMLElement>('.dialog__body');
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      body?.querySelector<HTMLElement>(FOCUSABLE) ??
      dialog.querySelector<HTMLElement>('.dialog__footer button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onCloseRef.current();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {dismissible && (
          <button type="button" className="button button--ghost button--small" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
      <div className="dialog__body">
        {description && (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        )}
        {children}
      </div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}

/** A yes/no question with a consequential action. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="small"
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            onClick={onConfirm}
            disabled={busy}
          >
            {busy ? t('common.working') : confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
      {children}
    </Dialog>
  );
}
