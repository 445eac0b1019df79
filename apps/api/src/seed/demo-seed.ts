// The demo community seeded on first start: categories, one account of each role, and a living community
// (threads, answers, votes, an announcement, an idea, a private follow-up) posted through the services, so
// search, reputation, signatures and the care queue see it exactly as they see real posts.
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { AccountEntity, Role } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { AnnouncementsService } from '../announcements/announcements.service';
import { AnswersService } from '../answers/answers.service';
import { FollowUpsService } from '../care/follow-ups.service';
import { CategoriesService, NewCategory } from '../categories/categories.service';
import { CommentsService } from '../comments/comments.service';
import { Guardian } from '../guardian/guardian';
import { ReputationService } from '../reputation/reputation.service';
import { RATE_LIMITS, RateLimitName, RateLimits } from '../common/rate-limits';
import { Config } from '../config/config';
import { ModerationService } from '../moderation/moderation.service';
import { QaEvents } from '../qa/qa-events';
import { SystemStateService } from '../system/system-state.service';
import { ThreadEntity } from '../threads/thread.entity';
import { VoteValue } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { VotesService } from '../votes/votes.service';
import {
  DEMO_ANNOUNCEMENT,
  DEMO_DUPLICATE,
  DEMO_FOLLOW_UP,
  DEMO_PEOPLE,
  DEMO_THREADS,
  DemoThread,
} from './demo-content';

export const DEMO_CATEGORIES: NewCategory[] = [
  {
    slug: 'getting-started',
    name: 'Getting started',
    description: 'Setting up, first steps and the basics.',
    position: 1,
    responseTargetMinutes: 240,
  },
  {
    slug: 'billing',
    name: 'Billing & accounts',
    description: 'Invoices, payments, plans and your account.',
    position: 2,
    responseTargetMinutes: 120,
  },
  {
    slug: 'troubleshooting',
    name: 'Troubleshooting',
    description: 'Something is not working as it should.',
    position: 3,
    responseTargetMinutes: 480,
  },
  {
    slug: 'ideas',
    name: 'Ideas',
    description: 'Suggest improvements and vote on what we build next.',
    position: 4,
    responseTargetMinutes: 2880,
  },
  {
    slug: 'announcements',
    name: 'Announcements',
    description: 'News and updates from the team.',
    position: 5,
    responseTargetMinutes: 1440,
  },
];

export const DEMO_ACCOUNTS = [
  {
    handle: 'admin',
    displayName: 'Alex Admin',
    email: 'admin@demo.community',
    role: Role.ADMIN,
    jobTitle: 'Community Lead',
  },
  {
    handle: 'moderator',
    displayName: 'Mo Derator',
    email: 'moderator@demo.community',
    role: Role.MODERATOR,
    jobTitle: null,
  },
  {
    handle: 'employee',
    displayName: 'Erin Employee',
    email: 'employee@demo.community',
    role: Role.EMPLOYEE,
    jobTitle: 'Support Engineer',
  },
  {
    handle: 'member',
    displayName: 'Max Member',
    email: 'member@demo.community',
    role: Role.MEMBER,
    jobTitle: null,
  },
];

const SEED_KEY = 'demo-seed';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SeedResult {
  seeded: boolean;
  /** Sign-in lines for the demo accounts created now (empty when the seed had already run). */
  signIns: string[];
  /** Threads posted (0 when the seed had already run). */
  threads: number;
}

/**
 * Seeds the demo community once per database (a `system_state` row remembers it). Everything is posted
 * through the services as the people in the demo would post it; only the clock is turned back afterwards,
 * so the community looks like it grew over two weeks rather than in one second.
 */
export async function seedDemoCommunity(app: INestApplicationContext, dataDir: string): Promise<SeedResult> {
  const state = app.get(SystemStateService);
  if (await state.get(SEED_KEY)) return { seeded: false, signIns: [], threads: 0 };

  const accounts = app.get(AccountsService);
  const categories = app.get(CategoriesService);
  for (const category of DEMO_CATEGORIES) await categories.ensure(category);
  const signIns: string[] = [];
  for (const demo of DEMO_ACCOUNTS) {
    if (await accounts.findByEmail(demo.email)) continue;
    const password = `demo-${randomBytes(6).toString('hex')}`;
    await accounts.create({ ...demo, password });
    signIns.push(`${demo.role.toLowerCase().padEnd(10)} ${demo.email}  password: ${password}`);
  }
  const threads = await seedConversations(app);
  await state.set(SEED_KEY, { at: new Date().toISOString(), threads });
  if (signIns.length) {
    // Passwords are random per installation; keep them where the person who started it can find them again.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'demo-accounts.txt'), signIns.join('\n') + '\n', { mode: 0o600 });
  }
  return { seeded: true, signIns, threads };
}

/** What `npm start` does after migrating: seed the demo once unless SEED_DEMO=false, and say how to sign in. */
export async function seedOnStart(
  app: INestApplicationContext,
  config: Config,
  log: (line: string) => void,
): Promise<SeedResult | null> {
  if (!config.seedDemo) return null;
  const seed = await seedDemoCommunity(app, config.dataDir);
  if (seed.signIns.length) {
    log(
      `Seeded the demo community (${seed.threads} threads). Sign in as:\n  ${seed.signIns.join('\n  ')}\n` +
        `(also saved in ${shownPath(join(config.dataDir, 'demo-accounts.txt'))})`,
    );
  } else if (!seed.seeded) {
    log(`Demo accounts' sign-ins are in ${shownPath(join(config.dataDir, 'demo-accounts.txt'))}`);
  }
  return seed;
}

/** A path as a person would type it from here: relative inside the working folder, absolute outside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

async function seedConversations(app: INestApplicationContext): Promise<number> {
  const accounts = app.get(AccountsService);
  const threadsService = app.get(ThreadsService);
  const answers = app.get(AnswersService);
  const votes = app.get(VotesService);
  const comments = app.get(CommentsService);
  const categories = await app.get(CategoriesService).list(await threadsService.visitor());
  const categoryId = (slug: string) => categories.find((c) => c.slug === slug)!.id;

  const people = new Map<string, AccountEntity>();
  for (const demo of DEMO_ACCOUNTS) people.set(demo.handle, (await accounts.findByEmail(demo.email))!);
  for (const person of DEMO_PEOPLE) {
    const email = `${person.handle}@people.demo.community`;
    const account =
      (await accounts.findByEmail(email)) ??
      (await accounts.create({ ...person, email, password: randomBytes(18).toString('base64url') }));
    people.set(person.handle, account);
  }
  // Each demo post is made as its author would make it: through the services, asking the same guardian.
  const rules = app.get(ReputationService).rules;
  const guardians = new Map<string, Guardian>();
  for (const [handle, account] of people)
    guardians.set(
      handle,
      await Guardian.load(app.get(DataSource), { account, sessionId: 'demo-seed' }, rules),
    );
  const as = (handle: string): Guardian => {
    const guardian = guardians.get(handle);
    if (!guardian) throw new Error(`The demo content names an unknown person: ${handle}`);
    return guardian;
  };
  // Staff vote first; members cannot vote until they have the reputation for it.
  const voters = (author: string, n: number) =>
    ['moderator', 'admin', 'employee'].filter((h) => h !== author).slice(0, n);

  const posted: { thread: ThreadEntity; demo: DemoThread; answers: { id: string; after: number }[] }[] = [];
  const post = async (demo: DemoThread) => {
    const thread = await threadsService.create(as(demo.author), {
      kind: demo.kind,
      categoryId: categoryId(demo.category),
      title: demo.title,
      body: demo.body,
      tags: demo.tags,
    });
    const entry = { thread, demo, answers: [] as { id: string; after: number }[] };
    for (const a of demo.answers ?? []) {
      const answer = await answers.post(as(a.author), { threadId: thread.id, body: a.body });
      entry.answers.push({ id: answer.id, after: a.after });
      for (const voter of voters(a.author, a.votes ?? 0))
        await votes.vote(as(voter), { targetId: answer.id, value: VoteValue.UP });
      if (a.accepted) await answers.accept(as(demo.author), answer.id);
    }
    for (const voter of voters(demo.author, demo.votes ?? 0))
      await votes.vote(as(voter), { targetId: thread.id, value: VoteValue.UP });
    for (const c of demo.comments ?? [])
      await comments.post(as(c.author), { targetId: thread.id, body: c.body });
    posted.push(entry);
    return thread;
  };
  for (const demo of DEMO_THREADS) await post(demo);

  const duplicate = await post(DEMO_DUPLICATE.thread);
  const original = posted.find((p) => p.demo.title === DEMO_DUPLICATE.originalTitle)!.thread;
  await app.get(ModerationService).closeAsDuplicate(as('moderator'), {
    threadId: duplicate.id,
    duplicateOfId: original.id,
    mergeAnswers: false,
    reason: DEMO_DUPLICATE.reason,
  });

  const announcement = await app.get(AnnouncementsService).publish(as('employee'), {
    categoryId: categoryId(DEMO_ANNOUNCEMENT.category),
    title: DEMO_ANNOUNCEMENT.title,
    body: DEMO_ANNOUNCEMENT.body,
    pinnedUntil: new Date(Date.now() + DEMO_ANNOUNCEMENT.pinnedDays * 24 * HOUR),
  });

  const followUpOn = posted.find((p) => p.demo.title === DEMO_FOLLOW_UP.threadTitle)!.thread;
  await app.get(FollowUpsService).openPrivateFollowUp(as('employee'), {
    threadId: followUpOn.id,
    body: DEMO_FOLLOW_UP.body,
  });

  await turnBackTheClock(app, [
    ...posted.map((p) => ({ id: p.thread.id, age: p.demo.age, answers: p.answers })),
    { id: announcement.id, age: DEMO_ANNOUNCEMENT.age, answers: [] },
  ]);

  // The seed posted dozens of times in a minute; the demo accounts must still be able to post right away.
  const limits = app.get(RateLimits);
  for (const account of people.values())
    for (const name of Object.keys(RATE_LIMITS) as RateLimitName[]) await limits.reset(name, account.id);
  return posted.length + 1;
}

/**
 * Moves each thread (and its answers and comments) back to when the demo says it was asked, keeping the
 * gaps between question and answers, then announces the change so search and care pick up the dates and
 * the popular score is recomputed from them.
 */
async function turnBackTheClock(
  app: INestApplicationContext,
  threads: { id: string; age: number; answers: { id: string; after: number }[] }[],
): Promise<void> {
  const threadsService = app.get(ThreadsService);
  const now = Date.now();
  await app.get(QaEvents).transaction(async (manager, emit) => {
    for (const t of threads) {
      const askedAt = new Date(now - t.age * HOUR);
      await manager.query('UPDATE threads SET created_at = $2 WHERE id = $1', [t.id, askedAt]);
      for (const a of t.answers) {
        // Never in the future: a young thread's later answers arrive "just now" at the latest.
        const at = new Date(Math.min(now - MINUTE, askedAt.getTime() + a.after * MINUTE));
        await manager.query('UPDATE answers SET created_at = $2 WHERE id = $1', [a.id, at]);
      }
      await manager.query(
        `UPDATE comments SET created_at = greatest($2::timestamptz,
           (SELECT max(created_at) FROM answers WHERE thread_id = $1)) + interval '10 minutes'
         WHERE thread_id = $1 AND created_at > $2`,
        [t.id, askedAt],
      );
      await manager.query(
        `UPDATE threads SET
           first_official_answer_at = (SELECT min(created_at) FROM answers WHERE thread_id = $1 AND official),
           last_activity_at = greatest(created_at,
             (SELECT max(created_at) FROM answers WHERE thread_id = $1),
             (SELECT max(created_at) FROM comments WHERE thread_id = $1))
         WHERE id = $1`,
        [t.id],
      );
      await threadsService.refreshPopular(manager, t.id);
      await emit({ threadId: t.id, change: 'edited' });
    }
  });
}
