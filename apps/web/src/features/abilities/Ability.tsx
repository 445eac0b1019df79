// The `can` plumbing: the web shows, disables (saying why) or leaves out a control from what the API's guardian
// published for the viewer. No rule is re-derived here: not a role, not a reputation threshold.
import { useId, type ReactNode } from 'react';
import './abilities.css';

export interface AbilityView {
  allowed: boolean;
  reason?: string | null;
}

/** Everything the viewer may do; used where no `can` was fetched (e.g. while loading). */
export const NOT_ALLOWED: AbilityView = { allowed: false, reason: null };

/**
 * A control that is shown even when refused: disabled, with the server's reason as its tooltip and, visibly,
 * right after it, so a person knows why before they click (and what would unlock it).
 */
export function AbilityControl({
  ability,
  compact = false,
  children,
}: {
  ability: AbilityView;
  /** Where the control repeats (on every answer), the reason is a tooltip and read out, not printed. */
  compact?: boolean;
  /** Renders the control; `disabled` and `describedBy` are to be passed to the button. */
  children: (props: { disabled: boolean; title?: string; describedBy?: string }) => ReactNode;
}) {
  const id = useId();
  if (ability.allowed) return <>{children({ disabled: false })}</>;
  const reason = ability.reason ?? undefined;
  return (
    <span className="ability ability--refused">
      {children({ disabled: true, title: reason, describedBy: reason ? id : undefined })}
      {reason ? (
        <span id={id} className={compact ? 'visually-hidden' : 'ability__reason'}>
          {reason}
        </span>
      ) : null}
    </span>
  );
}

/** The reason an ability is refused, as a short visible note (for controls that are left out). */
export function AbilityReason({ ability, className }: { ability: AbilityView; className?: string }) {
  if (ability.allowed || !ability.reason) return null;
  return (
    <p className={['ability__reason', 'muted', className].filter(Boolean).join(' ')}>{ability.reason}</p>
  );
}
