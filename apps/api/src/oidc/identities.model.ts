import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

@ObjectType('LinkedIdentity', {
  description: 'An identity at an OpenID provider that signs in as your account.',
})
export class LinkedIdentityModel {
  @Field(() => ID)
  id: string;

  @Field({
    description: "The provider's name as the sign-in button shows it (OIDC_BUTTON_LABEL), or its issuer.",
  })
  provider: string;

  @Field({ description: 'The OpenID issuer URL.' })
  issuer: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt: Date | null;
}

@ObjectType('SignInMethods', { description: 'How you can sign in: your own password, linked identities.' })
export class SignInMethodsModel {
  @Field({ description: 'Whether the account has a local password (single sign-on accounts start without).' })
  hasPassword: boolean;

  @Field(() => [LinkedIdentityModel])
  identities: LinkedIdentityModel[];
}

@InputType()
export class UnlinkIdentityInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.oidc.identityId')) })
  id: string;
}
