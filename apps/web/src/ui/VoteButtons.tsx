// Up/down vote controls around a score; the current vote is pressed (aria-pressed) so it reads as a toggle.
import type { VoteValue } from '../gql/graphql';

export interface VoteButtonsProps {
  score: number;
  viewerVote: VoteValue;
  /** What is being voted on, for the buttons' accessible names ("Upvote this answer"). */
  subject: string;
  busy?: boolean;
  /** Called with the vote to set; pressing the current vote again sends NONE to remove it. */
  onVote: (value: VoteValue) => void;
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

export function VoteButtons({ score, viewerVote, subject, busy = false, onVote }: VoteButtonsProps) {
  const toggle = (value: VoteValue) => onVote(viewerVote === value ? 'NONE' : value);
  return (
    <div className="vote" role="group" aria-label={`Votes on this ${subject}`}>
      <button
        type="button"
        className="vote__button vote__button--up"
        aria-pressed={viewerVote === 'UP'}
        aria-label={`Upvote this ${subject}`}
        title="This is useful"
        disabled={busy}
        onClick={() => toggle('UP')}
      >
        <Arrow direction="up" />
      </button>
      <span className="vote__score" aria-live="polite">
        {score}
        <span className="visually-hidden"> {Math.abs(score) === 1 ? 'vote' : 'votes'}</span>
      </span>
      <button
        type="button"
        className="vote__button vote__button--down"
        aria-pressed={viewerVote === 'DOWN'}
        aria-label={`Downvote this ${subject}`}
        title="This is not useful"
        disabled={busy}
        onClick={() => toggle('DOWN')}
      >
        <Arrow direction="down" />
      </button>
    </div>
  );
}
