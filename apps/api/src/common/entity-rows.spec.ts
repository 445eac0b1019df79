// Entities read through EntityRows are the ones TypeORM's `find` returns: same statement, same values, same class.
import { answer, askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { In, ObjectLiteral } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { SessionEntity } from '../accounts/session.entity';
import { AnswerEntity } from '../answers/answer.entity';
import { CommentEntity } from '../comments/comment.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { entityRows } from './entity-rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
});
afterAll(() => t.close());

describe('EntityRows', () => {
  it('reads threads, accounts, answers, comments and sessions exactly as repository.find does', async () => {
    const asker = await createAccount(t);
    const answerer = await createAccount(t, { reputation: 60 });
    const threadId = await askQuestion(t, asker);
    const answerId = await answer(answerer, threadId, 'Restart the hub, then pair it again.');
    await asker.client.ok(`mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
      i: { targetId: answerId, body: 'That worked, thanks.' },
    });
    const [comment] = await t.dataSource.query('SELECT id FROM comments WHERE answer_id = $1', [answerId]);
    const [session] = await t.dataSource.query('SELECT id FROM sessions LIMIT 1');

    const same = async <T extends ObjectLiteral>(entity: new () => T, ids: string[]) => {
      const find = await t.countQueries(() =>
        t.dataSource.getRepository(entity).find({ where: { id: In(ids) } as never }),
      );
      const read = await t.countQueries(() => entityRows(t.dataSource, entity).byIds(ids));
      expect(read.queries).toEqual(find.queries);
      expect(read.result).toHaveLength(ids.length);
      expect(read.result).toEqual(find.result);
      expect(read.result.every((e) => e instanceof entity)).toBe(true);
    };
    await same(ThreadEntity, [threadId]);
    await same(AccountEntity, [asker.id, answerer.id]);
    await same(AnswerEntity, [answerId]);
    await same(CommentEntity, [comment.id]);
    await same(SessionEntity, [session.id]);
  }, 60_000);

  it('refuses a statement whose parameters come out in another order than the caller passes them', () => {
    const rows = entityRows(t.dataSource, ThreadEntity);
    expect(() => rows.statement('swapped', ['a', 'b'], () => ['SELECT $1, $2', ['b', 'a']])).toThrow(
      /another order/,
    );
  });
});
