import { createAccount, createTestApp, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ANALYTICS = `query($i: CommunityAnalyticsInput!) { communityAnalytics(input: $i) {
  questions firstResponse { medianMinutes p90Minutes targetMinutes withinTargetRate responded }
  answerRate solvedRate communityAnswerShare deflections satisfactionAverage satisfactionCount
  topContributors { account { id } answers accepted } mostNegativeThreads { id }
  activityHeatmap { dayOfWeek hour count } daily { date questions medianFirstResponseMinutes } } }`;

describe('communityAnalytics', () => {
  it('matches hand-computed figures on fixture data', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const member = await createAccount(t);
    const asker = await createAccount(t);
    const [{ id: categoryId }] = await t.dataSource.query(
      `INSERT INTO categories (slug, name, position, response_target_minutes) VALUES ('stats', 'Stats', 50, 60) RETURNING id`,
    );
    const thread = async (createdAt: string, sentiment: number | null, answerCount: number) => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO threads (category_id, author_id, kind, title, body, body_html, created_at, sentiment, answer_count)
         VALUES ($1, $2, 'QUESTION', 'Q', 'b', '<p>b</p>', $3, $4, $5) RETURNING id`,
        [categoryId, asker.id, createdAt, sentiment, answerCount],
      );
      return id as string;
    };
    const answerOn = async (threadId: string, authorId: string, official: boolean, createdAt: string) => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO answers (thread_id, author_id, body, body_html, official, created_at)
         VALUES ($1, $2, 'a', '<p>a</p>', $3, $4) RETURNING id`,
        [threadId, authorId, official, createdAt],
      );
      if (official)
        await t.dataSource.query(
          'UPDATE threads SET first_official_answer_at = $2 WHERE id = $1 AND first_official_answer_at IS NULL',
          [threadId, createdAt],
        );
      return id as string;
    };
    const solve = (threadId: string, answerId: string, rating: number, at: string) =>
      Promise.all([
        t.dataSource.query(`UPDATE threads SET accepted_answer_id = $2, status = 'SOLVED' WHERE id = $1`, [
          threadId,
          answerId,
        ]),
        t.dataSource.query(
          'INSERT INTO satisfaction_ratings (thread_id, account_id, rating, created_at) VALUES ($1, $2, $3, $4)',
          [threadId, asker.id, rating, at],
        ),
      ]);
    // 2026-01-05 is a Monday (dayOfWeek 1). Target 60 minutes.
    const q1 = await thread('2026-01-05T10:00:00Z', 0.2, 1); // official after 30 min, solved, rated 5
    const q2 = await thread('2026-01-06T14:00:00Z', -0.5, 1); // official after 120 min (late)
    const q3 = await thread('2026-01-07T09:00:00Z', -0.8, 0); // never answered
    const q4 = await thread('2026-01-08T10:00:00Z', null, 1); // community answer only, solved, rated 3
    await thread('2026-02-01T10:00:00Z', -0.9, 0); // outside the period
    const a1 = await answerOn(q1, staff.id, true, '2026-01-05T10:30:00Z');
    await answerOn(q2, staff.id, true, '2026-01-06T16:00:00Z');
    const a4 = await answerOn(q4, member.id, false, '2026-01-08T11:00:00Z');
    await solve(q1, a1, 5, '2026-01-05T12:00:00Z');
    await solve(q4, a4, 3, '2026-01-08T12:00:00Z');
    for (const at of ['2026-01-06T08:00:00Z', '2026-01-09T08:00:00Z', '2026-03-01T08:00:00Z'])
      await t.dataSource.query(
        `INSERT INTO deflections (thread_id, category_id, draft_title, created_at) VALUES ($1, $2, 'draft', $3)`,
        [q1, categoryId, at],
      );

    const input = { from: '2026-01-05T00:00:00Z', to: '2026-01-12T00:00:00Z', categoryId };
    const { communityAnalytics: a } = await staff.client.ok(ANALYTICS, { i: input });
    expect(a).toEqual({
      questions: 4,
      // Responses of 30 and 120 minutes: median 75, p90 = 30 + 0.9 × 90 = 111. Within target: q1 of
      // q1, q2 (answered) and q3, q4 (past their target without an official answer) = 1/4.
      firstResponse: {
        medianMinutes: 75,
        p90Minutes: 111,
        targetMinutes: 60,
        withinTargetRate: 0.25,
        responded: 2,
      },
      answerRate: 0.75,
      solvedRate: 0.5,
      communityAnswerShare: 0.3333,
      deflections: 2,
      satisfactionAverage: 4,
      satisfactionCount: 2,
      topContributors: [{ account: { id: member.id }, answers: 1, accepted: 1 }],
      mostNegativeThreads: [{ id: q3 }, { id: q2 }],
      activityHeatmap: [
        { dayOfWeek: 1, hour: 10, count: 2 },
        { dayOfWeek: 2, hour: 14, count: 1 },
        { dayOfWeek: 2, hour: 16, count: 1 },
        { dayOfWeek: 3, hour: 9, count: 1 },
        { dayOfWeek: 4, hour: 10, count: 1 },
        { dayOfWeek: 4, hour: 11, count: 1 },
      ],
      daily: [
        { date: '2026-01-05', questions: 1, medianFirstResponseMinutes: 30 },
        { date: '2026-01-06', questions: 1, medianFirstResponseMinutes: 120 },
        { date: '2026-01-07', questions: 1, medianFirstResponseMinutes: null },
        { date: '2026-01-08', questions: 1, medianFirstResponseMinutes: null },
      ],
    });

    const forbidden = await member.client.gql(ANALYTICS, { i: input });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const backwards = await staff.client.gql(ANALYTICS, { i: { ...input, to: input.from } });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
