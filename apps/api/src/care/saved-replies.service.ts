// Saved replies: the care team's shared reply templates, filled in for one thread.
import { fillPlaceholders } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { isUuid } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { notFound } from '../common/errors';
import { ThreadsService } from '../threads/threads.service';
import { CreateSavedReplyInput, RenderSavedReplyInput, UpdateSavedReplyInput } from './care.inputs';
import { SavedReplyEntity } from './saved-reply.entity';

@Injectable()
export class SavedRepliesService {
  constructor(
    @InjectRepository(SavedReplyEntity) private readonly savedReplies: Repository<SavedReplyEntity>,
    private readonly accounts: AccountsService,
    private readonly threads: ThreadsService,
  ) {}

  listSavedReplies(guardian: Guardian): Promise<SavedReplyEntity[]> {
    guardian.ensure(guardian.care.canUseConsole('use saved replies'));
    return this.savedReplies.find({ order: { title: 'ASC' } });
  }

  async createSavedReply(guardian: Guardian, input: CreateSavedReplyInput): Promise<SavedReplyEntity> {
    const account = guardian.ensure(guardian.care.canUseConsole('write saved replies'));
    return this.savedReplies.save(
      this.savedReplies.create({ title: input.title.trim(), body: input.body, createdById: account.id }),
    );
  }

  async updateSavedReply(guardian: Guardian, input: UpdateSavedReplyInput): Promise<SavedReplyEntity> {
    const account = guardian.ensure(guardian.care.canUseConsole('edit saved replies'));
    const reply = await this.savedReplies.findOne({ where: { id: input.id } });
    if (!reply) throw notFound('savedReply');
    if (input.title != null) reply.title = input.title.trim();
    if (input.body != null) reply.body = input.body;
    reply.updatedById = account.id;
    return this.savedReplies.save(reply);
  }

  async deleteSavedReply(guardian: Guardian, id: string): Promise<boolean> {
    guardian.ensure(guardian.care.canUseConsole('delete saved replies'));
    const result = isUuid(id) ? await this.savedReplies.delete({ id }) : { affected: 0 };
    if (!result.affected) throw notFound('savedReply');
    return true;
  }

  /** The reply's Markdown with {{customer_name}} and {{thread_title}} filled in for one thread. */
  async renderSavedReply(guardian: Guardian, input: RenderSavedReplyInput): Promise<string> {
    guardian.ensure(guardian.care.canUseConsole('use saved replies'));
    const reply = await this.savedReplies.findOne({ where: { id: input.savedReplyId } });
    if (!reply) throw notFound('savedReply');
    const thread = await this.threads.findVisible(guardian, input.threadId);
    if (!thread) throw notFound('thread');
    const asker = await this.accounts.findById(thread.authorId);
    if (!asker) throw notFound('asker');
    return fillPlaceholders(reply.body, { customer_name: asker.displayName, thread_title: thread.title });
  }
}
