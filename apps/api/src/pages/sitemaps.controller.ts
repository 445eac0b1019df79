// robots.txt and the sitemaps: an index of sitemaps of at most 50 000 URLs, listing only what a guest may read
// (never hidden or deleted threads). Computed from Postgres on request and kept a short while; any Q&A change
// drops the copy, so a new thread is listed as soon as it is committed.
import { Controller, Get, Header, Inject, NotFoundException, OnModuleInit, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { threadPath } from '@community/domain';
import { CONFIG, Config } from '../config/config';
import { Guardian } from '../guardian/guardian';
import { QaEvents } from '../qa/qa-events';
import { publicOrigin } from './public-origin';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;
const KEEP_MS = 60_000;

interface Entry {
  loc: string;
  lastmod?: Date;
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function urlset(entries: Entry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Reads threads and categories as a reporting read model (like the search documents): public pages only,
 * no writes.
 */
@Controller()
export class SitemapsController implements OnModuleInit {
  private cache = new Map<string, { body: string; at: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly events: QaEvents,
  ) {}

  onModuleInit(): void {
    this.events.register({ afterCommit: () => this.cache.clear() });
  }

  private origin(req: Request): string {
    return publicOrigin(this.config, req);
  }

  /**
   * Sitemaps list what a visitor may read: private categories and their threads never appear. The key holds
   * the visitor's hidden categories, so a permission change (on any replica) is a different sitemap at once.
   */
  private async cached(
    req: Request,
    name: string,
    build: (readable: (column: string) => string) => Promise<string>,
  ): Promise<string> {
    const visitor = await Guardian.load(this.dataSource, null);
    const key = `${this.origin(req)} ${name} ${visitor.posts.hiddenCategoryIds.sort().join(',')}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < KEEP_MS) return hit.body;
    const body = await build((column) => visitor.posts.readableSql(column));
    this.cache.set(key, { body, at: Date.now() });
    return body;
  }

  @Get('robots.txt')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  robots(@Req() req: Request): string {
    return [
      'User-agent: *',
      // Result pages of arbitrary queries, forms and staff tools are not worth a crawler's time.
      'Disallow: /search',
      'Disallow: /signin',
      'Disallow: /signup',
      'Disallow: /ask',
      'Disallow: /care',
      'Disallow: /mod/',
      'Disallow: /staff/',
      'Disallow: /graphql',
      'Disallow: /*/edit',
      '',
      `Sitemap: ${this.origin(req)}/sitemap.xml`,
      '',
    ].join('\n');
  }

  @Get('sitemap.xml')
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  index(@Req() req: Request): Promise<string> {
    return this.cached(req, 'index', async (readable) => {
      const [{ count, lastmod }] = (await this.dataSource.query(
        `SELECT count(*)::int AS count, max(greatest(last_activity_at, coalesce(edited_at, created_at))) AS lastmod
           FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL AND ${readable('category_id')}`,
      )) as { count: number; lastmod: Date | null }[];
      const files = Math.max(1, Math.ceil(count / SITEMAP_MAX_URLS));
      const origin = this.origin(req);
      const entries = [
        `<sitemap><loc>${origin}/sitemaps/pages.xml</loc></sitemap>`,
        ...Array.from({ length: files }, (_, i) => {
          const mod = lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : '';
          return `<sitemap><loc>${origin}/sitemaps/threads-${i + 1}.xml</loc>${mod}</sitemap>`;
        }),
      ];
      return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
    });
  }

  @Get('sitemaps/pages.xml')
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  pages(@Req() req: Request): Promise<string> {
    return this.cached(req, 'pages', async (readable) => {
      const origin = this.origin(req);
      const categories = (await this.dataSource.query(
        `SELECT c.slug, max(t.last_activity_at) AS lastmod
           FROM categories c
           LEFT JOIN threads t ON t.category_id = c.id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
          WHERE ${readable('c.id')}
          GROUP BY c.slug ORDER BY c.slug`,
      )) as { slug: string; lastmod: Date | null }[];
      return urlset([
        { loc: `${origin}/` },
        { loc: `${origin}/popular` },
        { loc: `${origin}/latest` },
        ...categories.map((c) => ({
          loc: `${origin}/c/${encodeURIComponent(c.slug)}`,
          lastmod: c.lastmod ? new Date(c.lastmod) : undefined,
        })),
      ]);
    });
  }

  @Get('sitemaps/threads-:page.xml')
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  threads(@Param('page') page: string, @Req() req: Request): Promise<string> {
    const n = Number(page);
    if (!Number.isInteger(n) || n < 1) throw new NotFoundException('No such sitemap.');
    return this.cached(req, `threads-${n}`, async (readable) => {
      const rows = (await this.dataSource.query(
        `SELECT id, title, greatest(last_activity_at, coalesce(edited_at, created_at)) AS lastmod
           FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL AND ${readable('category_id')}
          ORDER BY created_at, id OFFSET $1 LIMIT $2`,
        [(n - 1) * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS],
      )) as { id: string; title: string; lastmod: Date }[];
      if (!rows.length && n > 1) throw new NotFoundException('No such sitemap.');
      const origin = this.origin(req);
      return urlset(rows.map((r) => ({ loc: `${origin}${threadPath(r)}`, lastmod: new Date(r.lastmod) })));
    });
  }
}
