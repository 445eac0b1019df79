import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SessionsService } from '../accounts/sessions.service';
import { RequestContext } from '../common/context';
import { Ctx } from '../common/decorators';
import { DataExportModel } from './privacy.model';
import { EraseAccountInput, EraseMyAccountInput, RequestDataExportInput } from './privacy.inputs';
import { DataExportView, PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => DataExportModel, {
    description:
      'Builds a JSON archive of your data (admins: of another person’s, on request) and returns its download link.',
  })
  requestDataExport(
    @Args('input', { nullable: true, defaultValue: {} }) input: RequestDataExportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DataExportView> {
    return this.privacy.requestExport(ctx.viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Erases your personal data and signs you out. Public posts stay under "Deleted user" unless deletePosts.',
  })
  async eraseMyAccount(
    @Args('input') input: EraseMyAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    const erased = await this.privacy.eraseMine(ctx.viewer, input);
    this.sessions.clearCookie(ctx.res);
    ctx.viewer = null;
    return erased;
  }

  @Mutation(() => Boolean, { description: 'Admins only: erases a person’s account on their request.' })
  eraseAccount(@Args('input') input: EraseAccountInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.privacy.eraseOther(ctx.viewer, input);
  }
}
