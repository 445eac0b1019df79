// The community's name, tagline, brand colours and logo: set live by admins (/admin/site), read from the API.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CommunityQuery } from '../gql/graphql';

export const CommunityDocument = graphql(`
  query Community {
    community {
      name
      tagline
      primaryColor
      accentColor
      logoUrl
      defaultLocale
      singleSignOn {
        buttonLabel
        startUrl
        only
      }
    }
  }
`);

export type Community = CommunityQuery['community'];

export function useCommunity(): { community: Community | undefined; loading: boolean } {
  const { data, loading } = useQuery(CommunityDocument);
  return { community: data?.community, loading };
}
