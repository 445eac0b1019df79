import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Category', { description: 'A place for one kind of question; each has a response-time target.' })
export class CategoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { description: 'Target minutes from a question to its first official answer.' })
  responseTargetMinutes: number;

  @Field(() => Date, { nullable: true, description: 'When an admin archived it (null while in use).' })
  archivedAt: Date | null;
}
