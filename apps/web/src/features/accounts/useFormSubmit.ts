// Submit state shared by the account forms: busy flag, server errors, and focus on the first bad field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toFormErrors, type FormErrors } from '../../app/errors';

export function useFormSubmit(action: () => Promise<void>) {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Keyboard and screen reader users land on the field they need to fix.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(null);
    try {
      await action();
    } catch (error) {
      setErrors(toFormErrors(error));
    } finally {
      setBusy(false);
    }
  }

  return { errors, busy, formRef, onSubmit };
}
