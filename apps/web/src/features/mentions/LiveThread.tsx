// Live thread pages (as Discourse does): while a signed-in person reads a thread, new answers, comments and
// edits arrive over the threadUpdated subscription (graphql-ws, opened after hydration, so the server-rendered
// page still costs one GraphQL operation). Nothing jumps: a bar says "2 new answers" and loads them on click.
import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useHydrated } from '../../app/render-environment';
import { useT } from '../../i18n/I18n';

export const ThreadUpdatedDocument = graphql(`
  subscription ThreadUpdated($threadId: ID!) {
    threadUpdated(threadId: $threadId) {
      threadId
      kind
      answerId
      actorId
    }
  }
`);

export interface LiveThreadState {
  newAnswers: number;
  otherChanges: number;
}

/** Counts what others changed on the thread since it was (re)loaded; `reset` after reloading. */
export function useLiveThread(threadId: string, viewerId: string | null) {
  const hydrated = useHydrated();
  const [state, setState] = useState<LiveThreadState>({ newAnswers: 0, otherChanges: 0 });
  useSubscription(ThreadUpdatedDocument, {
    variables: { threadId },
    skip: !hydrated || !viewerId,
    onData: ({ data }) => {
      const update = data.data?.threadUpdated;
      // One's own answers and comments already show (the form reloads the thread).
      if (!update || update.actorId === viewerId) return;
      setState((s) =>
        update.kind === 'ANSWER_ADDED'
          ? { ...s, newAnswers: s.newAnswers + 1 }
          : { ...s, otherChanges: s.otherChanges + 1 },
      );
    },
  });
  return { ...state, reset: () => setState({ newAnswers: 0, otherChanges: 0 }) };
}

export function NewActivityBar({
  newAnswers,
  otherChanges,
  loading,
  onShow,
}: LiveThreadState & { loading: boolean; onShow: () => void }) {
  const t = useT();
  const text =
    newAnswers > 0
      ? otherChanges
        ? t('live.newAnswersAndMore', { count: newAnswers })
        : t('live.newAnswers', { count: newAnswers })
      : otherChanges > 0
        ? t('live.otherChanges')
        : null;
  return (
    // Always in the page, so screen readers announce the bar when it appears.
    <div className="live-bar" role="status" aria-live="polite">
      {text ? (
        <button type="button" className="live-bar__button" onClick={onShow} disabled={loading}>
          {loading ? t('live.loading') : t('live.show', { text })}
        </button>
      ) : null}
    </div>
  );
}
