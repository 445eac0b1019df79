import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AnnouncementSignature', {
  description: 'The Ed25519 signature of the latest version, checked against the text as stored now.',
})
export class AnnouncementSignatureModel {
  @Field({ description: 'Fingerprint of the public key (see /.well-known/community-keys.json).' })
  keyId: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field()
  algorithm: string;

  @Field({ description: 'Base64 signature over the canonical form.' })
  value: string;

  @Field({
    description:
      'True only when the signature checks over the stored text now with a key that is not revoked.',
  })
  verified: boolean;

  @Field({ description: 'The key has been revoked since: its signatures no longer count.' })
  keyRevoked: boolean;

  @Field({ description: 'Who signed: the name at signing time.' })
  authorName: string;

  @Field({ description: 'The signer’s job title at signing time.' })
  authorTitle: string;
}

@ObjectType('AnnouncementVersion', { description: 'One signed version of an announcement.' })
export class AnnouncementVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  authorName: string;

  @Field()
  authorTitle: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field()
  keyId: string;
}

@ObjectType('Announcement', {
  description: 'A signed announcement by an employee: a thread of kind ANNOUNCEMENT with signed versions.',
})
export class AnnouncementModel {
  @Field(() => ID, { description: 'The thread id.' })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'Sanitized HTML rendered from the Markdown.' })
  bodyHtml: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Shown as a banner on the home and category pages until then.',
  })
  pinnedUntil: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;
}

@ObjectType('SigningKey', { description: 'A public key the community signs (or signed) announcements with.' })
export class SigningKeyModel {
  @Field()
  keyId: string;

  @Field()
  algorithm: string;

  @Field({ description: 'SPKI public key, PEM.' })
  publicKeyPem: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationReason: string | null;
}

@ObjectType('SignedAnnouncementVersion', { description: 'One announcement version a key signed.' })
export class SignedVersionModel {
  @Field(() => ID)
  threadId: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;
}
