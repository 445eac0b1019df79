// Public REST for signed announcements: the published keys, each announcement's verifiable JSON, an Atom feed.
import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { Feed } from 'feed';
import { CONFIG, Config } from '../config/config';
import { isUuid } from '../common/connection';
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
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  async atom(): Promise<string> {
    const recent = await this.announcements.recent();
    const feed = new Feed({
      id: `${this.base}/announcements.atom`,
      title: `${this.config.community.name}: announcements`,
      description: 'Signed announcements from the team.',
      link: `${this.base}/`,
      updated: recent[0]?.thread.editedAt ?? recent[0]?.thread.createdAt ?? new Date(0),
      feedLinks: { atom: `${this.base}/announcements.atom` },
      copyright: this.config.community.name,
    });
    for (const { thread, signature } of recent) {
      // "Signed by" only over text whose signature verifies now; anything else says so plainly.
      const verify = `verify at ${this.base}/announcements/${thread.id}.json`;
      const signedBy = !signature
        ? ''
        : signature.verified
          ? `<p><em>Signed by ${escapeHtml(signature.authorName)}${signature.authorTitle ? `, ${escapeHtml(signature.authorTitle)}` : ''} (key ${escapeHtml(signature.keyId)}; ${verify}).</em></p>`
          : `<p><strong>Signature not verified</strong>: ${signature.keyRevoked ? 'the signing key was revoked' : 'this text differs from what was signed'} (${verify}).</p>`;
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
