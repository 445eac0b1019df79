// Private follow-ups: an employee's private conversation with a thread's asker.
import { renderMarkdown } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { isUuid } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { badInput, forbidden, notFound } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { inTransaction } from '../database/transaction';
import { NotificationFanout } from '../notifications/notification-fanout';
import { NotificationKind } from '../notifications/notification.entity';
import { ThreadsService } from '../threads/threads.service';
import { OpenPrivateFollowUpInput, ReplyPrivateFollowUpInput } from './care.inputs';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

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
    guardian: Guardian,
    input: OpenPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const account = guardian.ensure(guardian.care.canUseConsole('follow up in private'));
    const body = messageBody(input.body);
    const thread = await this.threads.findVisible(guardian, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('thread');
    if (thread.authorId === account.id) throw badInput('threadId', msg('errors.care.ownQuestion'));
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
    guardian: Guardian,
    input: ReplyPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const conversation = await this.readableConversation(guardian, input.conversationId);
    const account = guardian.ensure(guardian.care.canReply(conversation));
    if (conversation.closedAt) throw forbidden(msg('errors.care.conversationClosed'));
    const body = messageBody(input.body);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.insert(PrivateMessageEntity, {
        conversationId: conversation.id,
        authorId: account.id,
        ...body,
      });
      // The other side hears about it: the customer when staff write, the employee who opened it otherwise.
      const recipientId =
        account.id === conversation.customerId ? conversation.openedById : conversation.customerId;
      await this.notifications.notify(manager, {
        kind: NotificationKind.PRIVATE_MESSAGE,
        recipientId,
        threadId: conversation.threadId,
        actorId: account.id,
        excerpt: body.body,
      });
    });
    return conversation;
  }

  /** Whether the viewer may close it (employees, while it is open); the page shows its button from this. */
  canClose(guardian: Guardian, conversation: PrivateConversationEntity): boolean {
    return !conversation.closedAt && guardian.care.canUseConsole().allowed;
  }

  async closePrivateFollowUp(guardian: Guardian, id: string): Promise<PrivateConversationEntity> {
    guardian.ensure(guardian.care.canUseConsole('close follow-ups'));
    const conversation = await this.readableConversation(guardian, id);
    if (!conversation.closedAt) {
      conversation.closedAt = new Date();
      await this.conversations.update({ id: conversation.id }, { closedAt: conversation.closedAt });
    }
    return conversation;
  }

  /** NOT_FOUND, not FORBIDDEN, for outsiders: they do not even learn that the conversation exists. */
  async readableConversation(guardian: Guardian, id: string): Promise<PrivateConversationEntity> {
    guardian.check(guardian.signedIn('read private conversations'));
    const conversation = isUuid(id) ? await this.conversations.findOne({ where: { id } }) : null;
    if (!conversation || !guardian.care.canReadConversation(conversation)) throw notFound('conversation');
    return conversation;
  }

  /** The customer's own conversations, or for staff the ones they opened; newest first. */
  myConversations(guardian: Guardian): Promise<PrivateConversationEntity[]> {
    const account = guardian.ensure(guardian.signedIn('read private conversations'));
    return this.conversations.find({
      where: guardian.isStaff
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

  /** Erasure: the person's private conversations with the care team go, and what they wrote in others'. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      {
        privateConversations: 'DELETE FROM private_conversations WHERE customer_id = $1',
        privateMessages: `UPDATE private_messages SET body = '[deleted]', body_html = '<p>[deleted]</p>' WHERE author_id = $1`,
      },
      [person.id],
    );
  }
}

function messageBody(body: string): { body: string; bodyHtml: string } {
  if (!body.trim()) throw badInput('body', msg('errors.care.writeMessage'));
  return { body, bodyHtml: renderMarkdown(body) };
}
