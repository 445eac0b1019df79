import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { says, Trim } from '../common/validation';
import { PASSWORD_MIN } from './accounts.inputs';
import { msg } from '../i18n/translate';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: says(msg('errors.accounts.emailInvalid')) })
  @MaxLength(254, { message: says(msg('errors.accounts.emailTooLong', { max: 254 })) })
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsNotEmpty({ message: says(msg('errors.accounts.resetTokenMissing')) })
  @MaxLength(200, { message: says(msg('errors.accounts.resetLinkInvalid')) })
  token: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: says(msg('errors.accounts.passwordTooShort', { min: PASSWORD_MIN })) })
  @MaxLength(200, { message: says(msg('errors.accounts.passwordTooLong', { max: 200 })) })
  password: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsNotEmpty({ message: says(msg('errors.accounts.verifyTokenMissing')) })
  @MaxLength(200, { message: says(msg('errors.accounts.verifyLinkInvalid')) })
  token: string;
}
