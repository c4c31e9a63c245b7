import { useId, useState } from 'react';
import { useT } from '../i18n';

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackInput) return false;
    fallbackInput.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** A secret or link shown once, with a copy button and a spoken confirmation. */
export function CopyField({
  label,
  value,
  monospace = true,
}: {
  label: string;
  value: string;
  monospace?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="input-group">
        <input
          id={id}
          className={`input${monospace ? ' input--mono' : ''}`}
          value={value}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary input-group__button"
          onClick={async () => {
            const input = document.getElementById(id) as HTMLInputElement | null;
            setState((await copyText(value, input)) ? 'copied' : 'failed');
          }}
        >
          {t('common.copy')}
        </button>
      </div>
      <p className="field__hint" role="status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
