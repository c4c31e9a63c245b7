import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert';
import { CopyField } from '../../components/CopyField';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';

/** A secret the server will never show again: copy it, then confirm. */
export function ShowOnceDialog({
  title,
  label,
  value,
  warning,
  children,
  onClose,
}: {
  title: string;
  label: string;
  value: string;
  warning: string;
  children?: ReactNode;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      dismissible={false}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('showOnce.done')}
        </button>
      }
    >
      <Alert kind="warning" title={warning} />
      <CopyField label={label} value={value} />
      {children}
    </Dialog>
  );
}
