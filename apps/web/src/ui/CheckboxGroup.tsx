// A labelled group of checkboxes choosing several values (a token's scopes, a webhook's events), with the
// server's message for the field below it.
import type { ReactNode } from 'react';
import { SPACE } from './typography';

export function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
  empty,
}: {
  legend: string;
  /** A line under the legend, e.g. what choosing none means. */
  hint?: string;
  /** Shown instead of the boxes when there are no options. */
  empty?: ReactNode;
  name: string;
  options: readonly { value: T; label: ReactNode }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
}) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {options.length === 0 ? empty : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
            }
          />
          {SPACE}
          {option.label}
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
