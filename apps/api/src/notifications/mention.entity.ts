import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum MentionPost {
  THREAD = 'THREAD',
  ANSWER = 'ANSWER',
  COMMENT = 'COMMENT',
}

/**
 * Who a post mentions (`@handle`), recorded once per post and person: an edit notifies only the people it
 * newly mentions, and a post notifies at most MENTIONS_MAX people in its whole life.
 */
@Entity('mentions')
@Index('mentions_account', ['accountId'])
export class MentionEntity {
  @PrimaryColumn({ type: 'uuid' })
  postId: string;

  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'enum', enum: MentionPost, enumName: 'mention_post' })
  postType: MentionPost;

  @Column({ type: 'uuid' })
  threadId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
