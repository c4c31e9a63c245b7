import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import './learning.css';

/** Inline images larger than this are refused in the browser (the server has its own limit). */
export const MAX_IMAGE_BYTES = 350 * 1024;

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/**
 * A small editor over contentEditable: bold, italic, headings, lists,
 * quotes, links and images (by https URL or uploaded as a small PNG/JPEG).
 * What it produces is only a draft: the server sanitises it before saving,
 * and the editor is refilled with the saved (sanitised) HTML.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  hint?: string;
  error?: string | undefined;
}) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Fill the editor from outside only when the value differs (typing must not reset the caret).
  useEffect(() => {
    if (ref.current && ref.current.innerHTML !== value) ref.current.innerHTML = value;
  }, [value]);

  const emit = () => onChange(ref.current?.innerHTML ?? '');
  const run = (command: Command | 'formatBlock' | 'createLink' | 'insertImage', arg?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, arg);
    emit();
  };
  const addLink = () => {
    const url = window.prompt(t('learning.editor.linkPrompt'), 'https://');
    if (!url) return;
    if (!/^(https?:\/\/|mailto:)/i.test(url)) {
      setProblem(t('learning.editor.linkInvalid'));
      return;
    }
    setProblem(null);
    run('createLink', url);
  };
  const addImageUrl = () => {
    const url = window.prompt(t('learning.editor.imagePrompt'), 'https://');
    if (!url) return;
    if (!/^https:\/\//i.test(url)) {
      setProblem(t('learning.editor.imageHttps'));
      return;
    }
    setProblem(null);
    run('insertImage', url);
  };
  const onFile = (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setProblem(t('learning.editor.imageType'));
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      setProblem(t('learning.editor.imageTooLarge', { kb: Math.round(MAX_IMAGE_BYTES / 1024) }));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setProblem(null);
      run('insertImage', String(reader.result));
    };
    reader.readAsDataURL(file);
    if (fileRef.current) fileRef.current.value = '';
  };

  const button = (labelKey: Parameters<typeof t>[0], onClick: () => void, text: string) => (
    <button
      type="button"
      className="button button--ghost button--small"
      title={t(labelKey)}
      aria-label={t(labelKey)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {text}
    </button>
  );

  return (
    <div className={`field${error || problem ? ' field--invalid' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="editor">
        <div className="editor__toolbar" role="toolbar" aria-label={t('learning.editor.toolbar')}>
          {button('learning.editor.bold', () => run('bold'), 'B')}
          {button('learning.editor.italic', () => run('italic'), 'I')}
          {button('learning.editor.h2', () => run('formatBlock', 'h2'), 'H2')}
          {button('learning.editor.h3', () => run('formatBlock', 'h3'), 'H3')}
          {button('learning.editor.ul', () => run('insertUnorderedList'), '•')}
          {button('learning.editor.ol', () => run('insertOrderedList'), '1.')}
          {button('learning.editor.quote', () => run('formatBlock', 'blockquote'), '❝')}
          {button('learning.editor.link', addLink, '🔗')}
          {button('learning.editor.imageUrl', addImageUrl, '🖼')}
          {button('learning.editor.imageUpload', () => fileRef.current?.click(), '⤒')}
          <input
            ref={fileRef}
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => onFile(event.target.files?.[0])}
          />
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a rich-text area has no native element */}
        <div
          ref={ref}
          className="editor__area rich-text"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          tabIndex={0}
          onInput={emit}
          onBlur={emit}
        />
      </div>
      {(problem || error) && <p className="field__error">{problem ?? error}</p>}
    </div>
  );
}
