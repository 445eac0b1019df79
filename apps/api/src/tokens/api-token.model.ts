import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiTokenScope } from './api-token.entity';

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What a token may do: READ queries; WRITE also posts; MODERATE and ADMIN as the role says.',
});

@ObjectType('ApiToken', { description: 'A personal API token; its secret is never shown again.' })
export class ApiTokenModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [ApiTokenScope])
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field(() => ApiTokenModel)
  token: ApiTokenModel;

  @Field({ description: 'Send as `Authorization: Bearer <secret>`. Shown only this once.' })
  secret: string;
}
