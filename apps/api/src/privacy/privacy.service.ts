// Export my data and erase my account (and admins doing either on a person's request), each with an audit row.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../accounts/account.entity';
import type { GuardedAction } from '../guardian/actions';
import { Guardian } from '../guardian/guardian';
import { AccountsService } from '../accounts/accounts.service';
import { SessionsService } from '../accounts/sessions.service';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { inTransaction } from '../database/transaction';
import { MailPurpose } from '../mail/mail-message.entity';
import { composeMail, MailRow, MailService, mailWords, RenderedMail } from '../mail/mail.service';
import { QaEvents } from '../qa/qa-events';
import { buildArchive } from './data-export';
import { Erasure } from './erasure';
import { PrivacyRequestKind } from './privacy.entity';
import { EraseAccountInput, EraseMyAccountInput, RequestDataExportInput } from './privacy.inputs';
import { msg } from '../i18n/translate';

const EXPORT_TTL_MS = 7 * 86_400_000;
/** Without a password, erasing needs a sign-in this recent (re-authentication, e.g. through single sign-on). */
export const REAUTH_WINDOW_MS = 10 * 60_000;

export interface DataExportView {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  sizeBytes: number;
  downloadUrl: string;
}

@Injectable()
export class PrivacyService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly qaEvents: QaEvents,
    private readonly mail: MailService,
    private readonly erasure: Erasure,
  ) {}

  onModuleInit(): void {
    this.mail.registerRenderer(MailPurpose.DATA_EXPORT, (manager, row) =>
      this.renderExportMail(manager, row),
    );
  }

  /**
   * The export-ready email, rendered when it is sent: an export erased or expired meanwhile is not announced.
   * The link is the same authenticated one the settings page shows: it works only for whoever requested it.
   */
  private async renderExportMail(manager: EntityManager, row: MailRow): Promise<RenderedMail | string> {
    const id = row.dedupe_key.replace(/^data-export:/, '');
    const [found]: { expires_at: Date; size_bytes: number; account_id: string; requested_by_id: string }[] =
      await manager.query(
        'SELECT expires_at, size_bytes, account_id, requested_by_id FROM data_exports WHERE id = $1',
        [id],
      );
    if (!found) return 'The export no longer exists.';
    if (found.expires_at.getTime() <= Date.now()) return 'The export expired before the email was sent.';
    const [requester, subject] = await Promise.all([
      this.accounts.findById(found.requested_by_id),
      this.accounts.findById(found.account_id),
    ]);
    if (!requester || requester.erasedAt) return 'The person who asked for the export no longer exists.';
    // In the requester's language; the date as they write dates (UTC, the day the export's expiry falls on).
    const locale = this.mail.localeFor(requester.locale);
    const t = mailWords(locale);
    const community = this.mail.communityName;
    const own = found.account_id === found.requested_by_id;
    const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      found.expires_at,
    );
    return composeMail({
      locale,
      subject: t('mail.dataExport.subject', { community }),
      heading: t('mail.dataExport.heading'),
      body: t('mail.dataExport.body', {
        whose: own ? 'own' : 'other',
        handle: own ? '' : (subject?.handle ?? t('mail.dataExport.aMember')),
        kilobytes: Math.max(1, Math.round(found.size_bytes / 1024)),
        requester: requester.handle,
        until,
      }),
      link: { url: `${this.mail.publicUrl}/exports/${id}`, label: t('mail.dataExport.link') },
      reason: t('mail.dataExport.reason'),
      community,
    });
  }

  /** Only a browser session: an API token must not be able to take a person's data or erase them. */
  // The controller (downloads) has no GraphQL context, so the guardian is built for the viewer here.
  private requireSession(viewer: Viewer | null, action: GuardedAction): Viewer {
    const guardian = Guardian.of(viewer);
    guardian.ensure(guardian.privacy.canHandleData(action));
    return viewer!;
  }

  private async subject(
    viewer: Viewer,
    accountId: string | null | undefined,
    action: GuardedAction,
  ): Promise<string> {
    if (!accountId || accountId === viewer.account.id) return viewer.account.id;
    const guardian = Guardian.of(viewer);
    guardian.ensure(guardian.privacy.canHandleData(action, true));
    const account = await this.accounts.findById(accountId);
    if (!account || account.erasedAt) throw notFound('account');
    return account.id;
  }

  async requestExport(viewer: Viewer | null, input: RequestDataExportInput): Promise<DataExportView> {
    const v = this.requireSession(viewer, 'export data');
    const accountId = await this.subject(v, input.accountId, 'export data');
    return inTransaction(this.dataSource, async (manager) => {
      const archive = await buildArchive(manager, accountId);
      const json = JSON.stringify(archive);
      const [row]: { id: string; created_at: Date; expires_at: Date }[] = await manager.query(
        `INSERT INTO data_exports (account_id, requested_by_id, archive, size_bytes, expires_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at, expires_at`,
        [accountId, v.account.id, json, Buffer.byteLength(json), new Date(Date.now() + EXPORT_TTL_MS)],
      );
      await manager.query(
        `INSERT INTO privacy_requests (kind, account_id, requested_by_id, details) VALUES ($1, $2, $3, $4)`,
        [
          PrivacyRequestKind.EXPORT,
          accountId,
          v.account.id,
          JSON.stringify({
            sizeBytes: Buffer.byteLength(json),
            threads: (archive.threads as unknown[]).length,
          }),
        ],
      );
      // The link by email too, to whoever asked (rendered when sent; see renderExportMail).
      await this.mail.enqueue(manager, {
        purpose: MailPurpose.DATA_EXPORT,
        accountId: v.account.id,
        to: v.account.email,
        dedupeKey: `data-export:${row.id}`,
      });
      return {
        id: row.id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        sizeBytes: Buffer.byteLength(json),
        downloadUrl: `/exports/${row.id}`,
      };
    });
  }

  /** The archive for a download: only the person who requested it, only until it expires. */
  async download(viewer: Viewer | null, id: string): Promise<{ filename: string; json: string }> {
    const v = this.requireSession(viewer, 'download an export');
    const [row]: { archive: unknown; requested_by_id: string; expires_at: Date; account_id: string }[] =
      await this.dataSource.query(
        'SELECT archive, requested_by_id, expires_at, account_id FROM data_exports WHERE id = $1',
        [id],
      );
    if (!row || row.requested_by_id !== v.account.id) throw notFound('export');
    if (row.expires_at.getTime() <= Date.now()) {
      throw forbidden(msg('errors.privacy.exportExpired'));
    }
    return { filename: `community-data-${row.account_id}.json`, json: JSON.stringify(row.archive, null, 2) };
  }

  async eraseMine(viewer: Viewer | null, input: EraseMyAccountInput): Promise<boolean> {
    const v = this.requireSession(viewer, 'erase your account');
    if (input.password) {
      if (!(await this.accounts.checkPassword(v.account.id, input.password))) {
        throw badInput('password', msg('errors.privacy.wrongPassword'));
      }
    } else {
      const started = v.sessionId ? await this.sessions.startedAt(v.sessionId) : null;
      if (!started || Date.now() - started.getTime() > REAUTH_WINDOW_MS) {
        throw badInput('password', msg('errors.privacy.confirmItIsYou'));
      }
    }
    if (v.account.role === Role.ADMIN) await this.assertNotLastAdmin(v.account.id);
    await this.erase(v.account.id, v.account.id, input.deletePosts, null);
    return true;
  }

  async eraseOther(viewer: Viewer | null, input: EraseAccountInput): Promise<boolean> {
    const v = this.requireSession(viewer, 'erase accounts');
    if (v.account.role !== Role.ADMIN) throw forbidden(msg('errors.privacy.onlyAdminsErase'));
    const account = await this.accounts.findById(input.accountId);
    if (!account || account.erasedAt) throw notFound('account');
    if (account.role === Role.ADMIN) await this.assertNotLastAdmin(account.id);
    await this.erase(account.id, v.account.id, input.deletePosts, input.reason);
    return true;
  }

  private async assertNotLastAdmin(accountId: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM accounts WHERE role = 'ADMIN' AND erased_at IS NULL AND id <> $1`,
      [accountId],
    );
    if (row.n === 0) throw badInput('accountId', msg('errors.privacy.lastAdmin'));
  }

  private async erase(accountId: string, requestedById: string, deletePosts: boolean, reason: string | null) {
    await this.qaEvents.transaction(async (manager, emit) => {
      const { counts, changedThreads } = await this.erasure.eraseAccount(manager, accountId, deletePosts);
      await manager.query(
        `INSERT INTO privacy_requests (kind, account_id, requested_by_id, reason, details) VALUES ($1, $2, $3, $4, $5)`,
        [PrivacyRequestKind.ERASE, accountId, requestedById, reason, JSON.stringify(counts)],
      );
      // Search documents and caches follow the changed posts like any other edit or deletion.
      for (const threadId of changedThreads) {
        await emit({ threadId, change: deletePosts ? 'deleted' : 'edited', actorId: null });
      }
    });
  }
}
