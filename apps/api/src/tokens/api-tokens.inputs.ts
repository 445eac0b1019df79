import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Trim } from '../common/validation';
import { ApiTokenScope } from './api-token.entity';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "CRM sync".' })
  @Trim()
  @Length(1, 80, { message: 'Name must be 1–80 characters.' })
  name: string;

  @Field(() => [ApiTokenScope])
  @IsEnum(ApiTokenScope, { each: true, message: 'Scopes must be READ, WRITE, MODERATE or ADMIN.' })
  @ArrayMaxSize(4, { message: 'Give each scope at most once.' })
  @ArrayMinSize(1, { message: 'Choose at least one scope, e.g. READ.' })
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stops working; never when null.' })
  @IsOptional()
  @IsDate({ message: 'expiresAt must be a date and time.' })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API token id.' })
  id: string;
}
