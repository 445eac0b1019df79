import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { CategoryEntity } from '../categories/category.entity';

/** The public expected wait for a first official answer per category, recomputed from recent history. */
@Entity('category_expected_waits')
export class CategoryWaitEntity {
  @PrimaryColumn({ type: 'uuid' })
  categoryId: string;

  @OneToOne(() => CategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CategoryEntity>;

  /** Median minutes to the first official answer over the window; null without enough history. */
  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @Column({ type: 'integer', default: 0 })
  sampleSize: number;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
