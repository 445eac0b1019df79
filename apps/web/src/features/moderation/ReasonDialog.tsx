// The product's own dialog for why a moderator hides, restores or dismisses: a preset reason (spam, off-topic,
// abusive, duplicate) and/or free text, kept in the audit log. A native <dialog> opened modally: focus moves
// in and stays there, Escape cancels, and the page behind is inert.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';

// The presets, worded in the moderator's language: the chosen one is written into the audit log as it reads.
const PRESET_REASONS = [
  'moderation.preset.spam',
  'moderation.preset.offTopic',
  'moderation.preset.abusive',
  'moderation.preset.duplicate',
] as const;

export function ReasonDialog({
  open,
  title,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [preset, setPreset] = useState('');
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setPreset('');
      setDetails('');
      setProblem(null);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = details.trim();
    if (!preset && !text) {
      setProblem(t('moderation.dialog.needReason'));
      return;
    }
    onConfirm(preset && text ? `${preset}: ${text}` : preset || text);
  }

  return (
    <dialog
      ref={ref}
      className="reason-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} className="form" noValidate>
        <h2 id={`${id}-title`} className="reason-dialog__title">
          {title}
        </h2>
        <fieldset className="reason-dialog__presets">
          <legend className="field__label">{t('moderation.reason')}</legend>
          {PRESET_REASONS.map((id) => {
            const r = t(id);
            return (
              <label key={id} className="reason-dialog__preset">
                <input
                  type="radio"
                  name="preset"
                  value={r}
                  checked={preset === r}
                  onChange={() => setPreset(r)}
                />
                {r}
              </label>
            );
          })}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-details`} className="field__label">
            {t(preset ? 'moderation.dialog.detailsOptional' : 'moderation.dialog.details')}
          </label>
          <textarea
            id={`${id}-details`}
            className="field__input"
            rows={3}
            maxLength={500}
            value={details}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setDetails(e.target.value)}
          />
          {problem ? (
            <p id={`${id}-problem`} className="field__error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="reason-dialog__actions">
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('moderation.cancel')}
          </Button>
          <Button type="submit">{confirmLabel}</Button>
        </div>
      </form>
    </dialog>
  );
}
