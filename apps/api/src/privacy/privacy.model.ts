import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DataExport', {
  description: 'A JSON archive of one person’s data, downloadable until it expires.',
})
export class DataExportModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Download with the same signed-in session that requested it.' })
  downloadUrl: string;
}
