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

export const HANDLE_PATTERN = /^[a-z0-9_]{3,30}$/;
export const HANDLE_RULE = 'Handle must be 3–30 characters: lower-case letters, digits and underscores.';
export const PASSWORD_MIN = 10;

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'Email must be a valid address, like name@example.com.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  @IsNotEmpty({ message: 'Email is required.' })
  email: string;

  @Field()
  @Matches(HANDLE_PATTERN, { message: HANDLE_RULE })
  @IsNotEmpty({ message: 'Handle is required.' })
  handle: string;

  @Field()
  @Length(1, 60, { message: 'Display name must be 1–60 characters.' })
  @IsNotEmpty({ message: 'Display name is required.' })
  displayName: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: `Password must be at least ${PASSWORD_MIN} characters.` })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  @IsNotEmpty({ message: 'Password is required.' })
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  @IsNotEmpty({ message: 'Email is required.' })
  email: string;

  @Field()
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  @IsNotEmpty({ message: 'Password is required.' })
  password: string;
}

@InputType()
export class SetRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Role must be MEMBER, EMPLOYEE, MODERATOR or ADMIN.' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the role is EMPLOYEE (shown on official answers).',
  })
  @IsOptional()
  @Length(2, 80, { message: 'Job title must be 2–80 characters.' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: written to the audit log with the change.' })
  @IsOptional()
  @MaxLength(500, { message: 'Reason must be at most 500 characters.' })
  reason?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  @IsNotEmpty({ message: 'Current password is required.' })
  currentPassword: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: `New password must be at least ${PASSWORD_MIN} characters.` })
  @MaxLength(200, { message: 'New password must be at most 200 characters.' })
  @IsNotEmpty({ message: 'New password is required.' })
  newPassword: string;
}
