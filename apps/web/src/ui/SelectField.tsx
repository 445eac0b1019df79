// A labelled select whose hint and error are tied to it with aria-describedby, like TextField.
import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldChrome } from './Field';

export interface SelectFieldProps
  extends FieldChrome, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  name: string;
}

export function SelectField({ label, hint, error, className, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select className="field__input field__select" {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
