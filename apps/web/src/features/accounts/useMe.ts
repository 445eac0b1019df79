// The signed-in account, or null for a visitor.
import { useQuery } from '@apollo/client/react';
import type { MeQuery } from '../../gql/graphql';
import { MeDocument } from './accounts.documents';

export type Me = NonNullable<MeQuery['me']>;

export function useMe(): { me: Me | null; loading: boolean } {
  const { data, loading } = useQuery(MeDocument);
  return { me: data?.me ?? null, loading };
}
