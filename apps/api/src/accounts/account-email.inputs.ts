import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../common/validation';
import { PASSWORD_MIN } from './accounts.inputs';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Email must be a valid address, like name@example.com.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsNotEmpty({ message: 'The reset token is missing: open the link from the email again.' })
  @MaxLength(200, { message: 'This reset link is not valid; ask for a new one.' })
  token: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: `Password must be at least ${PASSWORD_MIN} characters.` })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsNotEmpty({ message: 'The verification token is missing: open the link from the email again.' })
  @MaxLength(200, { message: 'This verification link is not valid; ask for a new one.' })
  token: string;
}
