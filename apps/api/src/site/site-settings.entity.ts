import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The community's settings an admin changes live in /admin (one row). A null column means "the environment's
 * default" (COMMUNITY_NAME, BRAND_PRIMARY_COLOR, …), so a fresh install needs no row at all.
 */
@Entity('site_settings')
@Check('site_settings_one_row', `"id" = 1`)
export class SiteSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  tagline: string | null;

  @Column({ type: 'text', nullable: true })
  primaryColor: string | null;

  @Column({ type: 'text', nullable: true })
  accentColor: string | null;

  @Column({ type: 'text', nullable: true })
  defaultLocale: string | null;

  /** The logo as validated (and, for SVG, sanitized) bytes. */
  @Column({ type: 'bytea', nullable: true })
  logo: Buffer | null;

  @Column({ type: 'text', nullable: true })
  logoContentType: string | null;

  /** SHA-256 of the logo, in its URL: a new logo is a new URL, so browsers may keep the old one forever. */
  @Column({ type: 'text', nullable: true })
  logoHash: string | null;

  /** Overrides of the posting and new-account limits, by name: { postsPerAccount: { points, duration } }. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  rateLimits: Record<string, { points: number; duration: number }>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
