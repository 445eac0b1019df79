// The websocket link for subscriptions (the care queue, live thread pages), in its own chunk: most readers
// never subscribe, so they never download graphql-ws.
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

export function createSubscriptionLink(): GraphQLWsLink {
  // Same origin, so the upgrade request carries the session cookie; the socket opens on first use.
  return new GraphQLWsLink(
    createClient({ url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql` }),
  );
}
