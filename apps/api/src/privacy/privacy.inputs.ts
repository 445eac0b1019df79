import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../common/validation';

@InputType()
export class RequestDataExportInput {
  @Field(() => ID, {
    nullable: true,
    description: "Admins only: export another person's data on their request.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id.' })
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
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password?: string | null;

  @Field({ defaultValue: false, description: 'Also delete your public threads, answers and comments.' })
  @IsBoolean()
  deletePosts: boolean;
}

@InputType()
export class EraseAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId: string;

  @Field({ defaultValue: false, description: 'Also delete their public threads, answers and comments.' })
  @IsBoolean()
  deletePosts: boolean;

  @Field({ description: 'Why (e.g. "erasure request by email, ticket 4711"); kept in the audit log.' })
  @Trim()
  @Length(3, 500, { message: 'Give a reason of 3–500 characters; it is kept in the audit log.' })
  reason: string;
}
