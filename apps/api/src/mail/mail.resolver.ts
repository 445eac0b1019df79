// GraphQL for the admin mail log and a person's email preferences; thin: rules live in MailService.
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/connection';
import { Viewer } from '../common/context';
import { CurrentViewer } from '../common/decorators';
import { unauthenticated } from '../common/errors';
import { EmailPreferenceEntity } from './email-preference.entity';
import { MailMessageEntity } from './mail-message.entity';
import {
  EmailPreferencesModel,
  MailLogArgs,
  MailMessageConnection,
  MailMessageModel,
  UpdateEmailPreferencesInput,
} from './mail.model';
import { MailService } from './mail.service';
import { msg } from '../i18n/translate';

/** Links with tokens (reset, verification, unsubscribe) must not be usable by whoever reads the log. */
const redact = (text: string | null) => text?.replace(/token=[A-Za-z0-9_.%-]+/g, 'token=[redacted]') ?? null;

@Resolver(() => MailMessageModel)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => MailMessageConnection, { description: 'Admins only: every email, newest first.' })
  mailLog(
    @Args() args: MailLogArgs,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<Connection<MailMessageEntity>> {
    return this.mail.log(viewer, args);
  }

  @ResolveField(() => String, { nullable: true })
  textBody(@Parent() m: MailMessageEntity): string | null {
    return redact(m.textBody);
  }

  @Query(() => EmailPreferencesModel, { description: 'Your email choices.' })
  emailPreferences(@CurrentViewer() viewer: Viewer | null): Promise<EmailPreferenceEntity> {
    if (!viewer) throw unauthenticated(msg('errors.mail.signInToSeePreferences'));
    return this.mail.preferences(viewer.account.id);
  }

  @Mutation(() => EmailPreferencesModel, {
    description: 'How often you get notification emails and digests.',
  })
  updateEmailPreferences(
    @Args('input') input: UpdateEmailPreferencesInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<EmailPreferenceEntity> {
    return this.mail.updatePreferences(viewer, input);
  }
}
