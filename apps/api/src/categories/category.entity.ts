import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('categories')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  /** Target minutes from a question's creation to its first official answer. */
  @Column({ type: 'integer', default: 1440 })
  responseTargetMinutes: number;

  /** The care team new questions here are routed to. */
  @Column({ type: 'uuid', nullable: true })
  defaultTeamId: string | null;

  /** Archived: gone from the category lists and closed to new threads; its threads stay readable. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
