import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from './account.entity';

registerEnumType(Role, { name: 'Role', description: 'What an account may do in the community.' });

@ObjectType('Account', { description: 'A person in the community.' })
export class AccountModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique public name: lower-case letters, digits and underscores.' })
  handle: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: "Employees' job title, shown beside official answers.",
  })
  jobTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Visible to the account itself and to admins only.' })
  email?: string | null;

  @Field(() => Int, { description: 'Sum of the reputation ledger; never below 1.' })
  reputation: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
