import { useId } from 'react';

/** A pain rating on the 0–10 numeric rating scale, typed as a number; the message says what is wrong. */
export function NrsField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="nrs-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="number"
        min={0}
        max={10}
        step={1}
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
