import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';
import { useT } from '../i18n';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  required?: boolean | undefined;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
  className?: string | undefined;
  /** Put the hint under the control (for compact filter bars where labels must line up). */
  hintAfter?: boolean | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, required, hint, error, children, className, hintAfter }: FieldFrameProps) {
  const hintElement = hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && (
          <span aria-hidden="true" className="field__required">
            {' '}
            *
          </span>
        )}
      </label>
      {!hintAfter && hintElement}
      {children}
      {hintAfter && hintElement}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'>;

export interface TextFieldProps extends InputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null | undefined;
  fieldClassName?: string;
  hintAfter?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  required,
  id,
  fieldClassName,
  hintAfter,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  return (
    <FieldFrame
      id={inputId}
      label={label}
      required={required}
      hint={hint}
      error={error}
      className={fieldClassName}
      hintAfter={hintAfter}
    >
      <input
        id={inputId}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        {...rest}
      />
    </FieldFrame>
  );
}

/** A password input with a show/hide toggle. */
export function PasswordField(props: Omit<TextFieldProps, 'type'>) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const autoId = useId();
  const {
    label,
    value,
    onChange,
    hint,
    error,
    required,
    id,
    fieldClassName,
    hintAfter: _hintAfter,
    ...rest
  } = props;
  const inputId = id ?? autoId;
  return (
    <FieldFrame
      id={inputId}
      label={label}
      required={required}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      <div className="input-group">
        <input
          id={inputId}
          className="input"
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error)}
          {...rest}
        />
        <button
          type="button"
          className="button button--ghost input-group__button"
          aria-pressed={visible}
          aria-controls={inputId}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('field.hidePassword') : t('field.showPassword')}
        </button>
      </div>
    </FieldFrame>
  );
}

/** A date typed as dd/mm/yyyy; the parent parses it with parseDate(). */
export function DateField(props: Omit<TextFieldProps, 'type' | 'inputMode' | 'placeholder'>) {
  const t = useT();
  return (
    <TextField
      {...props}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('field.datePlaceholder')}
      maxLength={10}
      hint={props.hint ?? t('field.dateHint')}
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'>;

export interface SelectFieldProps extends SelectProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  /** An empty first choice ("all", "choose…"). */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  fieldClassName?: string;
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required,
  id,
  fieldClassName,
  ...rest
}: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? autoId;
  return (
    <FieldFrame
      id={selectId}
      label={label}
      required={required}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      <select
        id={selectId}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error)}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'>;

export interface TextAreaFieldProps extends TextAreaProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null | undefined;
}

export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  required,
  id,
  ...rest
}: TextAreaFieldProps) {
  const autoId = useId();
  const areaId = id ?? autoId;
  return (
    <FieldFrame id={areaId} label={label} required={required} hint={hint} error={error}>
      <textarea
        id={areaId}
        className="input textarea"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(areaId, hint, error)}
        rows={3}
        {...rest}
      />
    </FieldFrame>
  );
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string; hint?: string }[];
  error?: string | null | undefined;
}

export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
}: RadioGroupProps<V>) {
  const id = useId();
  return (
    <fieldset
      className={`field fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.hint && <span className="choice__hint">{option.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export interface FileFieldProps {
  label: ReactNode;
  accept: string;
  onChange: (file: File | null) => void;
  hint?: ReactNode;
  error?: string | null | undefined;
  required?: boolean;
}

/**
 * A file input whose button and "no file" text follow the app's language:
 * the browser's own control speaks the browser's language ("Choose File"),
 * whatever the user chose here. The real input stays the focusable,
 * labelled control, transparent over the drawn button.
 */
export function FileField({ label, accept, onChange, hint, error, required }: FileFieldProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error}>
      <div className="file-picker">
        <input
          id={id}
          type="file"
          className="file-picker__input"
          accept={accept}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => {
            const file = event.target.files?.[0] ?? null;
            setName(file?.name ?? null);
            onChange(file);
          }}
        />
        <span className="button button--secondary file-picker__button" aria-hidden="true">
          {t('field.chooseFile')}
        </span>
        <span className="file-picker__name" aria-hidden="true">
          {name ?? t('field.noFile')}
        </span>
      </div>
    </FieldFrame>
  );
}
