// The shape of every `can { <action> { … } }` answer the API publishes (the server's guardian decides).
import { graphql } from '../../gql';

export const AbilityFieldsFragment = graphql(`
  fragment AbilityFields on Ability {
    allowed
    reason
  }
`);
