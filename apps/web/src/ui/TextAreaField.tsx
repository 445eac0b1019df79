// A labelled plain textarea (comments), with hint and error tied to it like TextField.
import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldChrome } from './Field';

export interface TextAreaFieldProps
  extends FieldChrome, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  name: string;
}

export function TextAreaField({ label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea className="field__input" {...control} {...textarea} />}
    </Field>
  );
}
