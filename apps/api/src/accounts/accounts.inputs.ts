import { Field, ID, InputType } from '@nestjs/graphql';
// class-validator runs the decorator nearest the property first; with stopAtFirstError that one's message wins.
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from './account.entity';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;
export const HANDLE_RULE = says(msg('errors.accounts.handleRule'));
export const PASSWORD_MIN = 10;

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: says(msg('errors.accounts.emailInvalid')) })
  @MaxLength(254, { message: says(msg('errors.accounts.emailTooLong', { max: 254 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.emailRequired')) })
  email: string;

  @Field()
  @Matches(HANDLE_PATTERN, { message: HANDLE_RULE })
  @IsNotEmpty({ message: says(msg('errors.accounts.handleRequired')) })
  handle: string;

  @Field()
  @Length(1, 60, { message: says(msg('errors.accounts.displayNameLength')) })
  @IsNotEmpty({ message: says(msg('errors.accounts.displayNameRequired')) })
  displayName: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: says(msg('errors.accounts.passwordTooShort', { min: PASSWORD_MIN })) })
  @MaxLength(200, { message: says(msg('errors.accounts.passwordTooLong', { max: 200 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.passwordRequired')) })
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(254, { message: says(msg('errors.accounts.emailTooLong', { max: 254 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.emailRequired')) })
  email: string;

  @Field()
  @MaxLength(200, { message: says(msg('errors.accounts.passwordTooLong', { max: 200 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.passwordRequired')) })
  password: string;
}

@InputType()
export class SetRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
  accountId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: says(msg('errors.accounts.role')) })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the role is EMPLOYEE (shown on official answers).',
  })
  @IsOptional()
  @Length(2, 80, { message: says(msg('errors.accounts.jobTitleLength')) })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: written to the audit log with the change.' })
  @IsOptional()
  @MaxLength(500, { message: says(msg('errors.moderation.reasonTooLong', { max: 500 })) })
  reason?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200, { message: says(msg('errors.accounts.passwordTooLong', { max: 200 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.currentPasswordRequired')) })
  currentPassword: string;

  @Field()
  @MinLength(PASSWORD_MIN, {
    message: says(msg('errors.accounts.newPasswordTooShort', { min: PASSWORD_MIN })),
  })
  @MaxLength(200, { message: says(msg('errors.accounts.newPasswordTooLong', { max: 200 })) })
  @IsNotEmpty({ message: says(msg('errors.accounts.newPasswordRequired')) })
  newPassword: string;
}
