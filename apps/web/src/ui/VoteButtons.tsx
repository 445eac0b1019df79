// Up/down vote controls around a score; the current vote is pressed (aria-pressed) so it reads as a toggle.
import { useId } from 'react';
import { useT } from '../i18n/I18n';
import type { AbilityView } from '../features/abilities/Ability';
import type { VoteValue } from '../gql/graphql';

export interface VoteButtonsProps {
  score: number;
  viewerVote: VoteValue;
  /** What is being voted on, for the buttons' accessible names ("Upvote this answer"). */
  subject: string;
  busy?: boolean;
  /** Called with the vote to set; pressing the current vote again sends NONE to remove it. */
  onVote: (value: VoteValue) => void;
  /** Whether the viewer may vote (from the API's `can`); refused votes are disabled and say why. */
  ability?: AbilityView;
}

function Arrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="vote__icon">
      <path
        fill="currentColor"
        d={direction === 'up' ? 'M10 4.5 17 13H3l7-8.5Z' : 'M10 15.5 3 7h14l-7 8.5Z'}
      />
    </svg>
  );
}

export function VoteButtons({
  score,
  viewerVote,
  subject,
  busy = false,
  onVote,
  ability = { allowed: true },
}: VoteButtonsProps) {
  const reasonId = useId();
  const t = useT();
  const toggle = (value: VoteValue) => onVote(viewerVote === value ? 'NONE' : value);
  const refused = !ability.allowed;
  const reason = refused ? (ability.reason ?? undefined) : undefined;
  return (
    <div
      className={refused ? 'vote vote--refused' : 'vote'}
      role="group"
      aria-label={t('vote.group', { subject })}
      aria-describedby={reason ? reasonId : undefined}
    >
      <button
        type="button"
        className="vote__button vote__button--up"
        aria-pressed={viewerVote === 'UP'}
        aria-label={t('vote.up', { subject })}
        title={reason ?? t('vote.useful')}
        disabled={busy || refused}
        onClick={() => toggle('UP')}
      >
        <Arrow direction="up" />
      </button>
      <span className="vote__score" aria-live="polite">
        {score}
        <span className="visually-hidden"> {t('thread.stat.votes', { count: Math.abs(score) })}</span>
      </span>
      <button
        type="button"
        className="vote__button vote__button--down"
        aria-pressed={viewerVote === 'DOWN'}
        aria-label={t('vote.down', { subject })}
        title={reason ?? t('vote.notUseful')}
        disabled={busy || refused}
        onClick={() => toggle('DOWN')}
      >
        <Arrow direction="down" />
      </button>
      {reason ? (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      ) : null}
    </div>
  );
}
