// GraphQL operations of the announcements feature; types come from codegen.
import { graphql } from '../../gql';

export const AnnouncementFieldsFragment = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    title
    body
    bodyHtml
    version
    pinnedUntil
    createdAt
    editedAt
    category {
      ...CategoryLinkFields
    }
    author {
      ...AuthorFields
    }
    signature {
      keyId
      algorithm
      signedAt
      verified
      keyRevoked
      authorName
      authorTitle
    }
  }
`);

export const AnnouncementDocument = graphql(`
  query Announcement($id: ID!) {
    announcement(id: $id) {
      ...AnnouncementFields
      versions {
        version
        title
        authorName
        authorTitle
        signedAt
        keyId
      }
    }
  }
`);

export const PinnedAnnouncementsDocument = graphql(`
  query PinnedAnnouncements($categoryId: ID) {
    pinnedAnnouncements(categoryId: $categoryId) {
      id
      title
      pinnedUntil
      signature {
        verified
        authorName
        authorTitle
      }
    }
  }
`);

export const PublishAnnouncementDocument = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      ...AnnouncementFields
    }
  }
`);

export const EditAnnouncementDocument = graphql(`
  mutation EditAnnouncement($input: EditAnnouncementInput!) {
    editAnnouncement(input: $input) {
      ...AnnouncementFields
    }
  }
`);
