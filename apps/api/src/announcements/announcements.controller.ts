// Public REST for signed announcements: the published keys, each announcement's verifiable JSON, an Atom feed
// (named as the community is named now, in the reader's language: their cookie or browser, else the community's).
import { Controller, Get, Header, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import { CONFIG, Config } from '../config/config';
import { isUuid } from '../common/connection';
import { communityLocale, requestLocale } from '../i18n/locales';
import { msg, translate, type MessageValues, type ServerMessageId } from '../i18n/translate';
import { SiteService } from '../site/site.service';
import { AnnouncementsService, PublicAnnouncement } from './announcements.service';
import { SigningKeysService } from './signing-keys.service';

export interface PublishedKey {
  keyId: string;
  algorithm: string;
  publicKeyPem: string;
  createdAt: string;
  revokedAt: string | null;
}

@Controller()
export class AnnouncementsController {
  constructor(
    private readonly announcements: AnnouncementsService,
    private readonly keys: SigningKeysService,
    private readonly site: SiteService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  private get base(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  @Get('.well-known/community-keys.json')
  @Header('cache-control', 'public, max-age=300')
  async communityKeys(): Promise<{ keys: PublishedKey[] }> {
    const keys = await this.keys.all();
    return {
      keys: keys.map((k) => ({
        keyId: k.keyId,
        algorithm: k.algorithm,
        publicKeyPem: k.publicKeyPem,
        createdAt: k.createdAt.toISOString(),
        revokedAt: k.revokedAt?.toISOString() ?? null,
      })),
    };
  }

  @Get('announcements.atom')
  async atom(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const recent = await this.announcements.recent();
    const locale = requestLocale(req, null, communityLocale(this.site));
    const t = (id: ServerMessageId, values?: MessageValues) => translate(locale, msg(id, values));
    const community = this.site.community().name;
    res.setHeader('content-type', 'application/atom+xml; charset=utf-8');
    res.vary('Cookie');
    res.vary('Accept-Language');
    const feed = new Feed({
      id: `${this.base}/announcements.atom`,
      title: t('feed.title', { community }),
      description: t('feed.description'),
      language: locale,
      link: `${this.base}/`,
      updated: recent[0]?.thread.editedAt ?? recent[0]?.thread.createdAt ?? new Date(0),
      feedLinks: { atom: `${this.base}/announcements.atom` },
      copyright: community,
    });
    for (const { thread, signature } of recent) {
      // "Signed by" only over text whose signature verifies now; anything else says so plainly.
      const url = `${this.base}/announcements/${thread.id}.json`;
      const signedBy = !signature
        ? ''
        : signature.verified
          ? `<p><em>${escapeHtml(
              t('feed.signedBy', {
                author: signature.authorTitle
                  ? t('feed.authorWithTitle', { name: signature.authorName, title: signature.authorTitle })
                  : signature.authorName,
                keyId: signature.keyId,
                url,
              }),
            )}</em></p>`
          : `<p><strong>${escapeHtml(t('feed.notVerified'))}</strong>: ${escapeHtml(
              t('feed.notVerifiedWhy', { why: signature.keyRevoked ? 'revoked' : 'changed', url }),
            )}</p>`;
      feed.addItem({
        id: `${this.base}/announcements/${thread.id}`,
        link: `${this.base}/announcements/${thread.id}`,
        // The feed library declares titles as HTML; escaped, a title is shown as the text it is.
        title: escapeHtml(thread.title),
        date: thread.editedAt ?? thread.createdAt,
        published: thread.createdAt,
        author: signature?.verified ? [{ name: signature.authorName }] : undefined,
        content: thread.bodyHtml + signedBy,
      });
    }
    return feed.atom1();
  }

  @Get('announcements/:file')
  async publicJson(@Param('file') file: string): Promise<PublicAnnouncement> {
    const id = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    const found = isUuid(id) ? await this.announcements.publicJson(id) : null;
    if (!found) throw new NotFoundException('No such announcement.');
    return found;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
