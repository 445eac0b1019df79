import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ThreadEntity } from '../threads/thread.entity';

/** A search someone ran (never who): its normalised text and how many results it found. */
@Entity('search_queries')
@Index('search_queries_created', ['createdAt'])
@Index('search_queries_normalized', ['normalized', 'createdAt'])
export class SearchQueryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  query: string;

  @Column({ type: 'text' })
  normalized: string;

  @Column({ type: 'integer' })
  resultCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A result someone opened from a search. */
@Entity('search_clicks')
@Index('search_clicks_query', ['queryId'])
export class SearchClickEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'bigint' })
  queryId: string;

  @ManyToOne(() => SearchQueryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'query_id' })
  query?: Relation<SearchQueryEntity>;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'integer', nullable: true })
  position: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** "This answers my question" on the ask page: a question that did not need asking. */
@Entity('deflections')
@Index('deflections_created', ['createdAt'])
export class DeflectionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** The existing thread that answered it. */
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ type: 'text' })
  draftTitle: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
