import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A public key the community has signed announcements with; published at /.well-known/community-keys.json. */
@Entity('signing_keys')
export class SigningKeyEntity {
  /** Key id: a short fingerprint of the public key. */
  @PrimaryColumn({ type: 'text' })
  keyId: string;

  @Column({ type: 'text', default: 'Ed25519' })
  algorithm: string;

  /** SPKI public key, PEM. */
  @Column({ type: 'text' })
  publicKeyPem: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Signatures by a revoked key no longer count as verified. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Why an admin revoked it (shown in the admin console and the key list). */
  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;
}
