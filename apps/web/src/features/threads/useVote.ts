// Casting a vote on a thread or an answer; the result updates that post's score and viewerVote in the cache.
import { useMutation } from '@apollo/client/react';
import type { VoteValue } from '../../gql/graphql';
import { VoteDocument } from './threads.documents';

export function useVote(target: { __typename: 'Thread' | 'Answer'; id: string }) {
  const [vote] = useMutation(VoteDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify(target),
        fields: {
          score: () => data.vote.score,
          viewerVote: () => data.vote.viewerVote,
        },
      });
    },
  });
  return (value: VoteValue) => vote({ variables: { input: { targetId: target.id, value } } });
}
