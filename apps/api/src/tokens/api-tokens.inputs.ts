import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { says, Trim } from '../common/validation';
import { ApiTokenScope } from './api-token.entity';
import { msg } from '../i18n/translate';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "CRM sync".' })
  @Trim()
  @Length(1, 80, { message: says(msg('errors.tokens.nameLength')) })
  name: string;

  @Field(() => [ApiTokenScope])
  @IsEnum(ApiTokenScope, { each: true, message: says(msg('errors.tokens.scopes')) })
  @ArrayMaxSize(4, { message: says(msg('errors.tokens.scopeOnce')) })
  @ArrayMinSize(1, { message: says(msg('errors.tokens.scopeRequired')) })
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stops working; never when null.' })
  @IsOptional()
  @IsDate({ message: says(msg('errors.tokens.expiresAt')) })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.tokens.id')) })
  id: string;
}
