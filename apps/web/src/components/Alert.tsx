import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n';

export type AlertKind = 'error' | 'warning' | 'info' | 'success';

/** An in-page message; errors interrupt screen readers, the rest wait politely. */
export function Alert({
  kind,
  title,
  children,
}: {
  kind: AlertKind;
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}

/** The main message of a failed request, with the request id support staff will ask for. */
export function ErrorAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t('error.unexpected');
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert kind="error" title={message}>
      {requestId && (
        <p className="alert__meta">
          {t('error.requestId')}: <code>{requestId}</code>
        </p>
      )}
    </Alert>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
