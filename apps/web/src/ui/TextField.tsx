// A labelled input whose hint and error are tied to it with aria-describedby.
import type { InputHTMLAttributes } from 'react';
import { Field, type FieldChrome } from './Field';

export interface TextFieldProps
  extends FieldChrome, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  name: string;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input className="field__input" {...control} {...input} />}
    </Field>
  );
}
