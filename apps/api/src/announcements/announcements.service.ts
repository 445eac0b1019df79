// Signed announcements: publishing and editing (each version signed with the community key), verification
// against the stored text now, the public JSON a verifier needs, pinned banners and key revocation.
import {
  AnnouncementPayload,
  canonicalAnnouncement,
  signAnnouncement,
  verifyAnnouncement,
} from '@community/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Connection, PageArgs } from '../common/connection';
import { Viewer } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { QaEvents } from '../qa/qa-events';
import { ThreadKind } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadSort } from '../threads/thread.model';
import { renderBody, ThreadsService } from '../threads/threads.service';
import { AnnouncementVersionEntity } from './announcement-version.entity';
import {
  EditAnnouncementInput,
  PublishAnnouncementInput,
  RevokeSigningKeyInput,
} from './announcements.inputs';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysService } from './signing-keys.service';
import { ERASED_NAME, ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

export interface AnnouncementSignature {
  keyId: string;
  signedAt: Date;
  algorithm: string;
  value: string;
  verified: boolean;
  keyRevoked: boolean;
  authorName: string;
  authorTitle: string;
}

/** What GET /announcements/:id.json publishes: enough to verify with node:crypto and the public keys alone. */
export interface PublicAnnouncement {
  payload: AnnouncementPayload;
  canonical: string;
  signature: { keyId: string; algorithm: string; value: string; signedAt: string };
  keys: string;
}

export const payloadOf = (thread: ThreadEntity, version: AnnouncementVersionEntity): AnnouncementPayload => ({
  id: thread.id,
  version: version.version,
  title: thread.title,
  body: thread.body,
  authorId: version.authorId,
  authorName: version.authorName,
  authorTitle: version.authorTitle,
  signedAt: version.signedAt.toISOString(),
});

@Injectable()
export class AnnouncementsService {
  private readonly logger = new Logger(AnnouncementsService.name);

  constructor(
    @InjectRepository(AnnouncementVersionEntity)
    private readonly versions: Repository<AnnouncementVersionEntity>,
    private readonly keys: SigningKeysService,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  private assertPinInFuture(pinnedUntil: Date | null | undefined): void {
    if (pinnedUntil && pinnedUntil.getTime() <= Date.now())
      throw badInput('pinnedUntil', msg('errors.announcements.bannerInFuture'));
  }

  /** Signs the thread's current text as `version` by `author` and stores the version row. */
  private async signVersion(
    manager: EntityManager,
    thread: ThreadEntity,
    version: number,
    author: Viewer['account'],
  ): Promise<AnnouncementVersionEntity> {
    const key = await this.keys.current();
    const signedAt = new Date();
    const row = manager.create(AnnouncementVersionEntity, {
      threadId: thread.id,
      version,
      title: thread.title,
      body: thread.body,
      authorId: author.id,
      authorName: author.displayName,
      authorTitle: author.jobTitle ?? '',
      signedAt,
      keyId: key.keyId,
      algorithm: 'Ed25519',
      signature: '',
    });
    row.signature = signAnnouncement(payloadOf(thread, row), key.privateKey);
    return manager.save(row);
  }

  async publish(guardian: Guardian, input: PublishAnnouncementInput): Promise<ThreadEntity> {
    const account = guardian.ensure(guardian.announcements.canPublish());
    this.assertPinInFuture(input.pinnedUntil);
    const text = renderBody(input.body);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.createPost(manager, {
        kind: ThreadKind.ANNOUNCEMENT,
        categoryId: input.categoryId,
        authorId: account.id,
        title: input.title,
        ...text,
        tags: [],
        pinnedUntil: input.pinnedUntil ?? null,
      });
      await this.signVersion(manager, thread, 1, account);
      await emit({ threadId: thread.id, change: 'created', actorId: account.id });
      if (thread.pinnedUntil) await emit({ threadId: thread.id, change: 'pinned', actorId: account.id });
      return thread;
    });
  }

  async edit(guardian: Guardian, input: EditAnnouncementInput): Promise<ThreadEntity> {
    const account = guardian.ensure(guardian.announcements.canPublish());
    this.assertPinInFuture(input.pinnedUntil);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.id);
      if (thread.kind !== ThreadKind.ANNOUNCEMENT) throw notFound('announcement');
      const next = {
        title: input.title ?? thread.title,
        ...(input.body != null ? renderBody(input.body) : { body: thread.body, bodyHtml: thread.bodyHtml }),
      };
      const pinnedUntil = input.unpin ? null : (input.pinnedUntil ?? thread.pinnedUntil);
      const textChanged = next.title !== thread.title || next.body !== thread.body;
      const pinChanged = pinnedUntil?.getTime() !== thread.pinnedUntil?.getTime();
      if (textChanged)
        await this.threads.editText(manager, thread, account.id, { ...next, tags: thread.tags });
      const saved = await this.threads.setState(manager, thread, { pinnedUntil });
      if (textChanged) {
        const [{ max }] = await manager.query(
          'SELECT coalesce(max(version), 0)::int AS max FROM announcement_versions WHERE thread_id = $1',
          [thread.id],
        );
        await this.signVersion(manager, saved, max + 1, account);
        await emit({ threadId: thread.id, change: 'edited', actorId: account.id });
      }
      if (pinChanged) await emit({ threadId: thread.id, change: 'pinned', actorId: account.id });
      return saved;
    });
  }

  /** The announcement as anyone may see it (announcements are public unless hidden or deleted). */
  async find(guardian: Guardian, id: string, loaders?: Loaders): Promise<ThreadEntity | null> {
    const thread = await this.threads.findVisible(guardian, id, loaders);
    return thread && thread.kind === ThreadKind.ANNOUNCEMENT && !thread.deletedAt ? thread : null;
  }

  list(guardian: Guardian, page: PageArgs): Promise<Connection<ThreadEntity>> {
    return this.threads.list(guardian, {
      first: page.first,
      after: page.after,
      sort: ThreadSort.NEWEST,
      filter: { kind: ThreadKind.ANNOUNCEMENT },
    });
  }

  /** Announcements whose banner is still up: every one on the home page, the category's own on its page. */
  pinned(guardian: Guardian, categoryId?: string | null): Promise<ThreadEntity[]> {
    return this.threads.pinned(guardian, { categoryId, kind: ThreadKind.ANNOUNCEMENT });
  }

  latestVersion(loaders: Loaders, threadId: string): Promise<AnnouncementVersionEntity | null> {
    return loaderFor<string, AnnouncementVersionEntity>(
      loaders,
      'announcementLatestVersion',
      (ids) =>
        this.versions
          .createQueryBuilder('v')
          .distinctOn(['v.thread_id'])
          .where('v.thread_id IN (:...ids)', { ids })
          .orderBy('v.thread_id')
          .addOrderBy('v.version', 'DESC')
          .getMany(),
      (v) => v.threadId,
    ).load(threadId);
  }

  versionsOf(loaders: Loaders, threadId: string): Promise<AnnouncementVersionEntity[]> {
    return listLoaderFor<string, AnnouncementVersionEntity>(
      loaders,
      'announcementVersions',
      (ids) => this.versions.find({ where: { threadId: In([...ids]) }, order: { version: 'DESC' } }),
      (v) => v.threadId,
    ).load(threadId);
  }

  /** The latest version's signature, verified over the thread's text as stored now. */
  async signatureOf(loaders: Loaders, thread: ThreadEntity): Promise<AnnouncementSignature | null> {
    const version = await this.latestVersion(loaders, thread.id);
    if (!version) return null;
    const key = await this.keys.load(loaders, version.keyId);
    return this.check(thread, version, key);
  }

  private check(
    thread: ThreadEntity,
    version: AnnouncementVersionEntity,
    key: SigningKeyEntity | null,
  ): AnnouncementSignature {
    const valid =
      !!key && verifyAnnouncement(payloadOf(thread, version), version.signature, key.publicKeyPem);
    return {
      keyId: version.keyId,
      signedAt: version.signedAt,
      algorithm: version.algorithm,
      value: version.signature,
      verified: valid && !key?.revokedAt,
      keyRevoked: !!key?.revokedAt,
      authorName: version.authorName,
      authorTitle: version.authorTitle,
    };
  }

  /** The public JSON of an announcement: the payload as stored now, its canonical form and the signature. */
  async publicJson(id: string): Promise<PublicAnnouncement | null> {
    const thread = await this.find(await this.threads.visitor(), id);
    if (!thread) return null;
    const version = await this.versions.findOne({
      where: { threadId: thread.id },
      order: { version: 'DESC' },
    });
    if (!version) return null;
    const payload = payloadOf(thread, version);
    return {
      payload,
      canonical: canonicalAnnouncement(payload),
      signature: {
        keyId: version.keyId,
        algorithm: version.algorithm,
        value: version.signature,
        signedAt: payload.signedAt,
      },
      keys: '/.well-known/community-keys.json',
    };
  }

  /** Newest announcements with their signature state, for the Atom feed. */
  async recent(limit = 20): Promise<{ thread: ThreadEntity; signature: AnnouncementSignature | null }[]> {
    const { edges } = await this.list(await this.threads.visitor(), { first: limit });
    const loaders: Loaders = new Map();
    return Promise.all(
      edges.map(async ({ node }) => ({ thread: node, signature: await this.signatureOf(loaders, node) })),
    );
  }

  async revokeKey(guardian: Guardian, input: RevokeSigningKeyInput): Promise<SigningKeyEntity> {
    const account = guardian.ensure(guardian.announcements.canRevokeKeys());
    const key = await this.keys.find(input.keyId);
    if (!key) throw notFound('signingKey');
    if (key.revokedAt) throw badInput('keyId', msg('errors.announcements.keyRevoked', { keyId: key.keyId }));
    const revoked = (await this.keys.revoke(key.keyId, input.reason))!;
    this.logger.warn(`Signing key ${key.keyId} revoked by ${account.handle}: ${input.reason}`);
    return revoked;
  }

  /** Erasure: announcements carry their author's name as signed; the name goes (the signature then no longer verifies). */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      {
        announcementNames: `UPDATE announcement_versions SET author_name = $2, author_title = '' WHERE author_id = $1`,
      },
      [person.id, ERASED_NAME],
    );
  }
}
