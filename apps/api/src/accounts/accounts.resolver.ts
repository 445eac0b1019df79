import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentGuardian, CurrentViewer, NoArgs } from '../common/decorators';
import { RequestContext, Viewer } from '../common/context';
import { ViewerAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import { viewerAbilities } from '../guardian/publish';
import { isLocale, LOCALE_COOKIE } from '../i18n/locales';
import { AccountEntity } from './account.entity';
import { AccountModel } from './account.model';
import { ChangePasswordInput, SetRoleInput, SignInInput, SignUpInput } from './accounts.inputs';
import { AccountsService, StartedSession } from './accounts.service';
import { SessionsService } from './sessions.service';

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  me(@CurrentViewer() viewer: Viewer | null): AccountEntity | null {
    return viewer?.account ?? null;
  }

  @Mutation(() => AccountModel, { description: 'Creates an account and signs it in.' })
  async signUp(@Args('input') input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    // A language chosen with the selector before signing up (the cookie) stays the account's choice.
    const chosen = ctx.req.cookies?.[LOCALE_COOKIE];
    return this.startSession(
      ctx,
      await this.accounts.signUp(input, this.client(ctx), isLocale(chosen) ? chosen : null),
    );
  }

  @Mutation(() => AccountModel)
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return this.startSession(ctx, await this.accounts.signIn(input, this.client(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true when one was ended.' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    const ended = await this.accounts.signOut(ctx.viewer);
    this.sessions.clearCookie(ctx.res);
    return ended;
  }

  @Mutation(() => Int, {
    description: 'Ends every session of your account, on every device (this one too); returns how many.',
  })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    const ended = await this.accounts.signOutEverywhere(ctx.viewer);
    this.sessions.clearCookie(ctx.res);
    return ended;
  }

  @Mutation(() => Int, {
    description: 'Changes your password and signs out every other session; returns how many ended.',
  })
  changePassword(@Args('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<number> {
    return this.accounts.changePassword(ctx.viewer, input, this.client(ctx));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The interface language the account chose; only on the signed-in account (`me`).',
  })
  locale(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): string | null {
    return guardian.is(account.id) ? account.locale : null;
  }

  @Mutation(() => AccountModel, { description: 'Admins only.' })
  setRole(@Args('input') input: SetRoleInput, @CurrentGuardian() guardian: Guardian): Promise<AccountEntity> {
    return this.accounts.setRole(guardian, input);
  }

  @ResolveField(() => String, { nullable: true })
  email(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): string | null {
    // An account holding an unconfirmed claim sees the address it typed, like any other new account.
    return guardian.accounts.canSeeEmail(account) ? (account.unconfirmedEmail ?? account.email) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Speaks for the brand (employees and admins): their answers are official.',
  })
  official(account: AccountEntity, _args: NoArgs, ctx: RequestContext): boolean {
    // Per author on a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
    return ctx.guardian.accounts.isOfficial(account);
  }

  @ResolveField(() => ViewerAbilities, {
    complexity: 0,
    nullable: true,
    description:
      'What this account may do across the community, and why not; only on the signed-in account (`me`).',
  })
  can(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): ViewerAbilities | null {
    return guardian.is(account.id) ? viewerAbilities(guardian) : null;
  }

  /** Sets the cookie, and lets the rest of this request see the new session (e.g. the account's own email). */
  private startSession(ctx: RequestContext, session: StartedSession): AccountEntity {
    this.sessions.setCookie(ctx.res, session.token, session.expiresAt);
    // The rest of the request keeps the visitor's private-category access, which hides more, never less.
    const visitorAccess = ctx.guardian.categoryAccess;
    ctx.viewer = { account: session.account, sessionId: session.sessionId };
    ctx.guardian = new Guardian(ctx, ctx.guardian.rules).withAccess(visitorAccess);
    return session.account;
  }

  private client(ctx: RequestContext) {
    return { ip: ctx.ip, userAgent: ctx.req.headers['user-agent'] };
  }
}
