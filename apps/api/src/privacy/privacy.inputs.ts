import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

@InputType()
export class RequestDataExportInput {
  @Field(() => ID, {
    nullable: true,
    description: "Admins only: export another person's data on their request.",
  })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
  accountId?: string | null;
}

@InputType()
export class EraseMyAccountInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Your password. Without it, the request must come within 10 minutes of signing in (re-authentication).',
  })
  @IsOptional()
  @MaxLength(200, { message: says(msg('errors.accounts.passwordTooLong', { max: 200 })) })
  password?: string | null;

  @Field({ defaultValue: false, description: 'Also delete your public threads, answers and comments.' })
  @IsBoolean()
  deletePosts: boolean;
}

@InputType()
export class EraseAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
  accountId: string;

  @Field({ defaultValue: false, description: 'Also delete their public threads, answers and comments.' })
  @IsBoolean()
  deletePosts: boolean;

  @Field({ description: 'Why (e.g. "erasure request by email, ticket 4711"); kept in the audit log.' })
  @Trim()
  @Length(3, 500, { message: says(msg('errors.privacy.reasonLength')) })
  reason: string;
}
