// GraphQL operations of the webhooks admin page; types come from codegen.
import { graphql } from '../../gql';

export const WebhooksDocument = graphql(`
  query Webhooks {
    webhooks {
      id
      url
      events
      description
      createdAt
      secretRotatedAt
      deliveries(first: 25) {
        edges {
          node {
            id
            eventId
            event
            status
            attempts
            responseStatus
            lastError
            lastAttemptAt
            nextAttemptAt
            deliveredAt
            createdAt
            attemptLog {
              attemptedAt
              responseStatus
              error
              durationMs
            }
          }
        }
      }
    }
  }
`);

export const CreateWebhookDocument = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      webhook {
        id
        url
      }
      secret
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($input: WebhookIdInput!) {
    rotateWebhookSecret(input: $input) {
      webhook {
        id
        url
      }
      secret
    }
  }
`);

export const DeleteWebhookDocument = graphql(`
  mutation DeleteWebhook($input: WebhookIdInput!) {
    deleteWebhook(input: $input)
  }
`);

export const RedeliverWebhookDocument = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      id
      status
    }
  }
`);
