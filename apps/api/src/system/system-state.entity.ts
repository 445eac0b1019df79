import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Small facts the installation remembers about itself (for example, that the demo seed has run). */
@Entity('system_state')
export class SystemStateEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
