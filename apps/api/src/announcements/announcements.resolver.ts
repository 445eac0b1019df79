import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { CategoryEntity } from '../categories/category.entity';
import { CategoryModel } from '../categories/category.model';
import { CategoriesService } from '../categories/categories.service';
import { Connection, ConnectionType, PageArgs } from '../common/connection';
import { keepNoLongerThan, RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { AnnouncementVersionEntity } from './announcement-version.entity';
import {
  AnnouncementModel,
  AnnouncementSignatureModel,
  AnnouncementVersionModel,
  SigningKeyModel,
  SignedVersionModel,
} from './announcement.model';
import {
  EditAnnouncementInput,
  PublishAnnouncementInput,
  RevokeSigningKeyInput,
} from './announcements.inputs';
import { AnnouncementSignature, AnnouncementsService } from './announcements.service';
import { SigningKeyEntity } from './signing-key.entity';
import { SignedVersion, SigningKeysService } from './signing-keys.service';

export const AnnouncementConnection = ConnectionType(AnnouncementModel, 'Announcement');

@Resolver(() => AnnouncementModel)
export class AnnouncementsResolver {
  constructor(
    private readonly announcementsService: AnnouncementsService,
    private readonly keys: SigningKeysService,
    private readonly accountsService: AccountsService,
    private readonly categoriesService: CategoriesService,
  ) {}

  @Query(() => AnnouncementModel, { nullable: true })
  announcement(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ThreadEntity | null> {
    return this.announcementsService.find(ctx.guardian, id, ctx.loaders);
  }

  @Query(() => AnnouncementConnection, { description: 'Announcements, newest first.' })
  announcements(
    @Args() page: PageArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<ThreadEntity>> {
    return this.announcementsService.list(guardian, page);
  }

  @Query(() => [AnnouncementModel], {
    description:
      'Announcements whose banner is up (pinnedUntil ahead): all of them without a category, else that category’s.',
  })
  async pinnedAnnouncements(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string | null,
  ): Promise<ThreadEntity[]> {
    const pinned = await this.announcementsService.pinned(ctx.guardian, categoryId);
    for (const announcement of pinned) keepNoLongerThan(ctx, announcement.pinnedUntil);
    return pinned;
  }

  @Query(() => [SigningKeyModel], { description: 'Every key that signs or signed announcements.' })
  signingKeys(): Promise<SigningKeyEntity[]> {
    return this.keys.all();
  }

  @Mutation(() => AnnouncementModel, { description: 'Employees only; signed with the community key.' })
  publishAnnouncement(
    @Args('input') input: PublishAnnouncementInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.announcementsService.publish(guardian, input);
  }

  @Mutation(() => AnnouncementModel, {
    description: 'Employees only; a changed text is signed as a new version.',
  })
  editAnnouncement(
    @Args('input') input: EditAnnouncementInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.announcementsService.edit(guardian, input);
  }

  @Mutation(() => SigningKeyModel, {
    description: 'Admins only: signatures by a revoked key no longer show as verified.',
  })
  revokeSigningKey(
    @Args('input') input: RevokeSigningKeyInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SigningKeyEntity> {
    return this.announcementsService.revokeKey(guardian, input);
  }

  @ResolveField(() => AnnouncementSignatureModel, { nullable: true })
  signature(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnouncementSignature | null> {
    return this.announcementsService.signatureOf(ctx.loaders, thread);
  }

  @ResolveField(() => Int, { description: 'The latest signed version (1 when never edited).' })
  async version(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.announcementsService.latestVersion(ctx.loaders, thread.id))?.version ?? 0;
  }

  @ResolveField(() => [AnnouncementVersionModel], { description: 'Signed versions, newest first.' })
  versions(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<AnnouncementVersionEntity[]> {
    return this.announcementsService.versionsOf(ctx.loaders, thread.id);
  }

  @ResolveField(() => ThreadModel, { description: 'The thread the announcement lives in (comments, votes).' })
  thread(@Parent() thread: ThreadEntity): ThreadEntity {
    return thread;
  }

  @ResolveField(() => CategoryModel)
  async category(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<CategoryEntity> {
    return (await this.categoriesService.load(ctx.loaders, thread.categoryId))!;
  }

  @ResolveField(() => AccountModel)
  async author(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, thread.authorId))!;
  }
}

/** Admins' view of a signing key: whether it signs now, and what it signed. */
@Resolver(() => SigningKeyModel)
export class SigningKeyResolver {
  constructor(private readonly keys: SigningKeysService) {}

  @ResolveField(() => Boolean, { description: 'Signs new announcement versions on this server now.' })
  active(@Parent() key: SigningKeyEntity): boolean {
    return this.keys.activeKeyId() === key.keyId;
  }

  @ResolveField(() => [SignedVersionModel], {
    nullable: true,
    description: 'Admins only (null for others): the announcement versions it signed, newest first.',
  })
  signed(@Parent() key: SigningKeyEntity, @Ctx() ctx: RequestContext): Promise<SignedVersion[]> | null {
    if (!ctx.guardian.announcements.canRevokeKeys().allowed) return null;
    return this.keys.signedBy(ctx.loaders, key.keyId);
  }
}
