// Private follow-ups: an employee's private conversation with a thread's asker.
import { renderMarkdown } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { isStaff, requireViewer } from '../accounts/accounts.policy';
import { isUuid } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { inTransaction } from '../database/transaction';
import { NotificationFanout } from '../notifications/notification-fanout';
import { NotificationKind } from '../notifications/notification.entity';
import { ThreadsService } from '../threads/threads.service';
import { OpenPrivateFollowUpInput, ReplyPrivateFollowUpInput } from './care.inputs';
import { carePolicy } from './care.policy';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectRepository(PrivateConversationEntity)
    private readonly conversations: Repository<PrivateConversationEntity>,
    @InjectRepository(PrivateMessageEntity) private readonly messages: Repository<PrivateMessageEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationFanout,
  ) {}

  /** Opens (or continues) the private conversation with a thread's asker, with a first message. */
  async openPrivateFollowUp(
    viewer: Viewer | null,
    input: OpenPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const { account } = carePolicy.assertStaff(viewer, 'follow up in private');
    const body = messageBody(input.body);
    const thread = await this.threads.findVisible(viewer, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('The thread');
    if (thread.authorId === account.id)
      throw badInput('threadId', 'You asked this question yourself: there is nobody to follow up with.');
    return inTransaction(this.dataSource, async (manager) => {
      let conversation = await manager.findOne(PrivateConversationEntity, {
        where: { threadId: thread.id, customerId: thread.authorId, closedAt: IsNull() },
        order: { createdAt: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversation) {
        conversation = await manager.save(
          manager.create(PrivateConversationEntity, {
            threadId: thread.id,
            customerId: thread.authorId,
            openedById: account.id,
          }),
        );
      }
      await manager.insert(PrivateMessageEntity, {
        conversationId: conversation.id,
        authorId: account.id,
        ...body,
      });
      await this.notifications.notify(manager, {
        kind: NotificationKind.PRIVATE_MESSAGE,
        recipientId: thread.authorId,
        threadId: thread.id,
        actorId: account.id,
        excerpt: body.body,
      });
      return conversation;
    });
  }

  async replyPrivateFollowUp(
    viewer: Viewer | null,
    input: ReplyPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const v = requireViewer(viewer, 'reply');
    const conversation = await this.readableConversation(v, input.conversationId);
    if (conversation.closedAt)
      throw forbidden('This conversation is closed; ask a new question to continue.');
    const body = messageBody(input.body);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.insert(PrivateMessageEntity, {
        conversationId: conversation.id,
        authorId: v.account.id,
        ...body,
      });
      // The other side hears about it: the customer when staff write, the employee who opened it otherwise.
      const recipientId =
        v.account.id === conversation.customerId ? conversation.openedById : conversation.customerId;
      await this.notifications.notify(manager, {
        kind: NotificationKind.PRIVATE_MESSAGE,
        recipientId,
        threadId: conversation.threadId,
        actorId: v.account.id,
        excerpt: body.body,
      });
    });
    return conversation;
  }

  /** Whether the viewer may close it (employees, while it is open); the page shows its button from this. */
  canClose(viewer: Viewer | null, conversation: PrivateConversationEntity): boolean {
    return !conversation.closedAt && carePolicy.canUseConsole(viewer?.account ?? null);
  }

  async closePrivateFollowUp(viewer: Viewer | null, id: string): Promise<PrivateConversationEntity> {
    const v = carePolicy.assertStaff(viewer, 'close follow-ups');
    const conversation = await this.readableConversation(v, id);
    if (!conversation.closedAt) {
      conversation.closedAt = new Date();
      await this.conversations.update({ id: conversation.id }, { closedAt: conversation.closedAt });
    }
    return conversation;
  }

  /** NOT_FOUND, not FORBIDDEN, for outsiders: they do not even learn that the conversation exists. */
  async readableConversation(viewer: Viewer | null, id: string): Promise<PrivateConversationEntity> {
    const v = requireViewer(viewer, 'read private conversations');
    const conversation = isUuid(id) ? await this.conversations.findOne({ where: { id } }) : null;
    if (!conversation || !carePolicy.canReadConversation(v.account, conversation))
      throw notFound('The conversation');
    return conversation;
  }

  /** The customer's own conversations, or for staff the ones they opened; newest first. */
  myConversations(viewer: Viewer | null): Promise<PrivateConversationEntity[]> {
    const { account } = requireViewer(viewer, 'read private conversations');
    return this.conversations.find({
      where: isStaff(account.role)
        ? [{ customerId: account.id }, { openedById: account.id }]
        : { customerId: account.id },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  messagesOf(loaders: Loaders, conversationId: string): Promise<PrivateMessageEntity[]> {
    return listLoaderFor<string, PrivateMessageEntity>(
      loaders,
      'privateMessagesByConversation',
      (ids) =>
        this.messages.find({
          where: { conversationId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (m) => m.conversationId,
    ).load(conversationId);
  }

  /** Whether a thread has had a private follow-up: public, without any of its content. */
  async hasFollowUp(loaders: Loaders, threadId: string): Promise<boolean> {
    const row = await loaderFor<string, { threadId: string }>(
      loaders,
      'followUpByThread',
      (ids) =>
        this.dataSource.query(
          'SELECT DISTINCT thread_id AS "threadId" FROM private_conversations WHERE thread_id = ANY($1)',
          [ids],
        ),
      (r) => r.threadId,
    ).load(threadId);
    return !!row;
  }
}

function messageBody(body: string): { body: string; bodyHtml: string } {
  if (!body.trim()) throw badInput('body', 'Write a message first.');
  return { body, bodyHtml: renderMarkdown(body) };
}
