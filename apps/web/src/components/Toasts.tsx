import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n';

type ToastKind = 'success' | 'error' | 'info';

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  detail?: string | undefined;
}

interface ToastApi {
  success: (message: string) => void;
  info: (message: string) => void;
  error: (message: string, detail?: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const LIFETIME_MS: Record<ToastKind, number> = { success: 5000, info: 6000, error: 10000 };

/**
 * Short confirmations and failures, announced by screen readers: successes in
 * a polite live region, errors in an assertive one.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );

  const push = useCallback(
    (kind: ToastKind, message: string, detail?: string) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, kind, message, detail }]);
      window.setTimeout(() => dismiss(id), LIFETIME_MS[kind]);
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(
    () => ({
      success: (message) => push('success', message),
      info: (message) => push('info', message),
      error: (message, detail) => push('error', message, detail),
    }),
    [push],
  );

  const render = (kinds: ToastKind[]) =>
    toasts
      .filter((toast) => kinds.includes(toast.kind))
      .map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.kind}`}>
          <div className="toast__text">
            <p className="toast__message">{toast.message}</p>
            {toast.detail && <p className="toast__detail">{toast.detail}</p>}
          </div>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => dismiss(toast.id)}
          >
            {t('common.close')}
          </button>
        </div>
      ));

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        <div role="status" aria-live="polite" className="toasts__region">
          {render(['success', 'info'])}
        </div>
        <div role="alert" aria-live="assertive" className="toasts__region">
          {render(['error'])}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast must be used inside <ToastProvider>');
  return value;
}
