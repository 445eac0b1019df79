// The community's live settings (name, tagline, colours, logo, default language, posting limits): one row in
// site_settings over the environment's defaults, kept in memory on every replica and reloaded when any replica
// changes it (PubSub), which also drops every kept guest page so server-rendered pages show the change at once.
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CONFIG, Config } from '../config/config';
import { badInput, FieldProblem } from '../common/errors';
import { PubSub } from '../common/pubsub';
import {
  EDITABLE_RATE_LIMITS,
  EditableRateLimitName,
  RATE_LIMITS,
  RateLimitOverrides,
  RateLimits,
} from '../common/rate-limits';
import { inTransaction } from '../database/transaction';
import { Guardian } from '../guardian/guardian';
import { AuditLogService } from '../moderation/audit-log.service';
import { ModerationTarget, SITE_TARGET_ID } from '../moderation/flag.entity';
import { ModerationActionKind } from '../moderation/moderation-action-kind';
import { MailService } from '../mail/mail.service';
import { PageCache } from '../pages/page-cache';
import { LogoProblem, MAX_LOGO_BYTES, validateLogo } from './logo';
import { CommunityModel, RateLimitSetting, SiteSettings, SUPPORTED_LOCALES } from './site.model';
import { SiteSettingsEntity } from './site-settings.entity';
import {
  ResetRateLimitsInput,
  UpdateRateLimitsInput,
  UpdateSiteSettingsInput,
  UploadLogoInput,
} from './site.inputs';
import { msg } from '../i18n/translate';

const TOPIC = 'site-settings-changed';
const EDITABLE = ['name', 'tagline', 'primaryColor', 'accentColor', 'defaultLocale'] as const;

export const LOGO_PATH = '/brand/logo';

@Injectable()
export class SiteService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SiteService.name);
  private row: SiteSettingsEntity | null = null;
  private changes: AsyncIterableIterator<unknown> | null = null;

  constructor(
    @InjectRepository(SiteSettingsEntity) private readonly settings: Repository<SiteSettingsEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly pubsub: PubSub,
    private readonly pages: PageCache,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditLogService,
    private readonly mail: MailService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    // Emails name the community and speak its default language as set here (a rename shows in the next email).
    this.mail.useCommunity(() => this.community());
    this.changes = this.pubsub.subscribe(TOPIC);
    void (async () => {
      for await (const _ of this.changes!) await this.reload().catch((e) => this.logger.error(String(e)));
    })();
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes?.return?.();
  }

  /** Reads the row again and applies it here: limits at once, and no kept page shows the old look. */
  async reload(): Promise<void> {
    this.row = await this.settings.findOne({ where: { id: 1 } });
    this.rateLimits.configure(this.overrides());
    this.pages.invalidate();
  }

  private overrides(): RateLimitOverrides {
    const stored = this.row?.rateLimits ?? {};
    const valid: RateLimitOverrides = {};
    for (const [name, value] of Object.entries(stored)) {
      if (name in EDITABLE_RATE_LIMITS) valid[name as EditableRateLimitName] = value;
    }
    return valid;
  }

  defaults(): CommunityModel {
    const c = this.config.community;
    return {
      name: c.name,
      tagline: c.tagline,
      primaryColor: c.primaryColor,
      accentColor: c.accentColor,
      defaultLocale: c.locale,
      logoUrl: null,
    };
  }

  /** What every page shows: the stored values over the environment's. */
  community(): CommunityModel {
    const d = this.defaults();
    const r = this.row;
    return {
      name: r?.name ?? d.name,
      tagline: r?.tagline ?? d.tagline,
      primaryColor: r?.primaryColor ?? d.primaryColor,
      accentColor: r?.accentColor ?? d.accentColor,
      defaultLocale: r?.defaultLocale ?? d.defaultLocale,
      logoUrl: r?.logoHash ? `${LOGO_PATH}/${r.logoHash}` : null,
    };
  }

  siteSettings(guardian: Guardian): SiteSettings {
    guardian.ensure(guardian.admin.canChangeSite());
    return {
      current: this.community(),
      defaults: this.defaults(),
      maxLogoBytes: MAX_LOGO_BYTES,
      locales: [...SUPPORTED_LOCALES],
      updatedAt: this.row?.updatedAt ?? null,
    };
  }

  /** Writes the row under a lock with its audit entry, then tells every replica. */
  private async change(
    guardian: Guardian,
    kind: ModerationActionKind,
    reason: string,
    edit: (row: SiteSettingsEntity) => Record<string, unknown>,
  ): Promise<void> {
    const actor = guardian.ensure(guardian.admin.canChangeSite());
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query(`INSERT INTO site_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
      const repo = manager.getRepository(SiteSettingsEntity);
      const row = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = { ...row, logo: undefined };
      const after = edit(row);
      await repo.save(row);
      const changed = Object.keys(after);
      await this.audit.record(
        manager,
        actor,
        kind,
        { type: ModerationTarget.SITE, id: SITE_TARGET_ID },
        reason,
        Object.fromEntries(changed.map((k) => [k, (before as Record<string, unknown>)[k] ?? null])),
        after,
      );
    });
    await this.reload();
    await this.pubsub.publish(TOPIC, { at: Date.now() });
  }

  async update(guardian: Guardian, input: UpdateSiteSettingsInput): Promise<CommunityModel> {
    guardian.ensure(guardian.admin.canChangeSite());
    await this.change(
      guardian,
      ModerationActionKind.UPDATE_SITE,
      'Site settings changed in /admin.',
      (row) => {
        const after: Record<string, unknown> = {};
        for (const key of EDITABLE) {
          const value = input[key];
          if (value === undefined) continue;
          // An empty value puts the environment's default back.
          const next =
            value === null || value === '' ? null : key.endsWith('Color') ? value.toLowerCase() : value;
          row[key] = next;
          after[key] = next;
        }
        return after;
      },
    );
    return this.community();
  }

  async uploadLogo(guardian: Guardian, input: UploadLogoInput): Promise<CommunityModel> {
    guardian.ensure(guardian.admin.canChangeSite());
    const base64 = input.contentBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw badInput('contentBase64', msg('errors.site.notBase64'));
    let logo;
    try {
      logo = await validateLogo(input.filename, Buffer.from(base64, 'base64'));
    } catch (e) {
      if (e instanceof LogoProblem) throw badInput('logo', e.wording);
      throw e;
    }
    await this.change(
      guardian,
      ModerationActionKind.UPDATE_SITE,
      `Logo uploaded: ${input.filename}.`,
      (row) => {
        row.logo = logo.bytes;
        row.logoContentType = logo.contentType;
        row.logoHash = logo.hash;
        return { logoHash: logo.hash, logoContentType: logo.contentType, logoBytes: logo.bytes.length };
      },
    );
    return this.community();
  }

  async removeLogo(guardian: Guardian): Promise<CommunityModel> {
    guardian.ensure(guardian.admin.canChangeSite());
    await this.change(guardian, ModerationActionKind.UPDATE_SITE, 'Logo removed.', (row) => {
      row.logo = null;
      row.logoContentType = null;
      row.logoHash = null;
      return { logoHash: null, logoContentType: null };
    });
    return this.community();
  }

  /** The stored logo when `hash` names the current one (older URLs are gone with their logo). */
  async logo(hash: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    if (!this.row?.logoHash || this.row.logoHash !== hash) return null;
    const row = await this.settings.findOne({
      where: { id: 1 },
      select: ['id', 'logo', 'logoContentType', 'logoHash'],
    });
    if (!row?.logo || row.logoHash !== hash || !row.logoContentType) return null;
    return { bytes: row.logo, contentType: row.logoContentType };
  }

  rateLimitSettings(guardian: Guardian): RateLimitSetting[] {
    guardian.ensure(guardian.admin.canChangeLimits());
    return (Object.keys(EDITABLE_RATE_LIMITS) as EditableRateLimitName[]).map((name) => {
      const bounds = EDITABLE_RATE_LIMITS[name];
      const current = this.rateLimits.limit(name);
      return {
        name,
        action: RATE_LIMITS[name].action,
        points: current.points,
        duration: current.duration,
        defaultPoints: RATE_LIMITS[name].points,
        defaultDuration: RATE_LIMITS[name].duration,
        minPoints: bounds.points[0],
        maxPoints: bounds.points[1],
        minDuration: bounds.duration[0],
        maxDuration: bounds.duration[1],
      };
    });
  }

  async updateRateLimits(guardian: Guardian, input: UpdateRateLimitsInput): Promise<RateLimitSetting[]> {
    guardian.ensure(guardian.admin.canChangeLimits());
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    for (const [i, limit] of input.limits.entries()) {
      const field = `limits.${i}`;
      if (!(limit.name in EDITABLE_RATE_LIMITS)) {
        problems.push({
          field: `${field}.name`,
          message: msg('errors.site.noSuchLimit', {
            name: limit.name,
            limits: Object.keys(EDITABLE_RATE_LIMITS).join(', '),
          }),
        });
        continue;
      }
      if (seen.has(limit.name))
        problems.push({
          field: `${field}.name`,
          message: msg('errors.site.limitTwice', { name: limit.name }),
        });
      seen.add(limit.name);
      const bounds = EDITABLE_RATE_LIMITS[limit.name as EditableRateLimitName];
      const [minP, maxP] = bounds.points;
      const [minD, maxD] = bounds.duration;
      if (limit.points < minP || limit.points > maxP)
        problems.push({
          field: `${field}.points`,
          message: msg('errors.site.attemptsRange', {
            name: limit.name,
            min: minP,
            max: maxP,
            got: limit.points,
          }),
        });
      if (limit.duration < minD || limit.duration > maxD)
        problems.push({
          field: `${field}.duration`,
          message: msg('errors.site.windowRange', {
            name: limit.name,
            min: minD,
            max: maxD,
            got: limit.duration,
          }),
        });
    }
    if (problems.length) throw badInput(problems);
    if (input.limits.length) {
      await this.change(
        guardian,
        ModerationActionKind.UPDATE_RATE_LIMITS,
        'Limits changed in /admin.',
        (row) => {
          const next = { ...row.rateLimits };
          for (const l of input.limits) next[l.name] = { points: l.points, duration: l.duration };
          row.rateLimits = next;
          return { rateLimits: next };
        },
      );
    }
    return this.rateLimitSettings(guardian);
  }

  async resetRateLimits(guardian: Guardian, input: ResetRateLimitsInput): Promise<RateLimitSetting[]> {
    guardian.ensure(guardian.admin.canChangeLimits());
    const unknown = input.names.filter((n) => !(n in EDITABLE_RATE_LIMITS));
    if (unknown.length)
      throw badInput(
        'names',
        msg('errors.site.noSuchLimits', { names: unknown.map((n) => `“${n}”`).join(', ') }),
      );
    if (input.names.length) {
      await this.change(
        guardian,
        ModerationActionKind.UPDATE_RATE_LIMITS,
        'Limits reset in /admin.',
        (row) => {
          const next = { ...row.rateLimits };
          for (const n of input.names) delete next[n];
          row.rateLimits = next;
          return { rateLimits: next };
        },
      );
    }
    return this.rateLimitSettings(guardian);
  }
}
