// GraphQL operations of the groups pages; types come from codegen.
import { graphql } from '../../gql';

export const GroupsDocument = graphql(`
  query Groups {
    groups {
      id
      name
      description
      visibility
      memberCount
      viewerIsMember
    }
    me {
      id
      can {
        administer {
          allowed
        }
      }
    }
  }
`);

export const GroupDocument = graphql(`
  query Group($id: ID!) {
    group(id: $id) {
      id
      name
      description
      visibility
      memberCount
      viewerIsMember
      ownerIds
      members {
        id
        handle
        displayName
      }
      can {
        manageMembers {
          allowed
          reason
        }
        edit {
          allowed
        }
      }
    }
    me {
      id
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);

export const AddGroupMemberDocument = graphql(`
  mutation AddGroupMember($input: GroupMemberInput!) {
    addGroupMember(input: $input) {
      id
    }
  }
`);

export const RemoveGroupMemberDocument = graphql(`
  mutation RemoveGroupMember($input: GroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
    }
  }
`);

export const AccountByHandleDocument = graphql(`
  query AccountByHandle($handle: String!) {
    account(handle: $handle) {
      id
      displayName
    }
  }
`);

export const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      name
      description
      visibility
    }
  }
`);

export const DeleteGroupDocument = graphql(`
  mutation DeleteGroup($input: GroupIdInput!) {
    deleteGroup(input: $input)
  }
`);
