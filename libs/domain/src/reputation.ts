// Reputation rules (Stack Overflow-like), configurable. Reputation is a ledger of events; these rules say
// what each event is worth and what reputation unlocks. Nothing here touches a database.

export type ReputationReason =
  | 'THREAD_UPVOTED'
  | 'ANSWER_UPVOTED'
  | 'DOWNVOTE_RECEIVED'
  | 'DOWNVOTE_CAST'
  | 'ANSWER_ACCEPTED'
  | 'ACCEPTED_AN_ANSWER';

export type Privilege = 'upvote' | 'flag' | 'comment' | 'downvote' | 'editOthers';

export interface ReputationRules {
  /** Points per event. */
  points: Record<ReputationReason, number>;
  /** Most reputation an account can gain from votes in one UTC day. */
  dailyVoteCap: number;
  /** Reputation never goes below this. */
  floor: number;
  /** Reputation needed for each privilege (staff and moderators have all of them). */
  privileges: Record<Privilege, number>;
}

export const DEFAULT_REPUTATION_RULES: ReputationRules = {
  points: {
    THREAD_UPVOTED: 5,
    ANSWER_UPVOTED: 10,
    DOWNVOTE_RECEIVED: -2,
    DOWNVOTE_CAST: -1,
    ANSWER_ACCEPTED: 15,
    ACCEPTED_AN_ANSWER: 2,
  },
  dailyVoteCap: 200,
  floor: 1,
  privileges: { upvote: 15, flag: 15, comment: 50, downvote: 125, editOthers: 2000 },
};

export const PRIVILEGE_LABELS: Record<Privilege, string> = {
  upvote: 'Voting up',
  flag: 'Flagging posts',
  comment: "Commenting on others' posts",
  downvote: 'Voting down',
  editOthers: "Editing others' posts",
};

/** Reasons whose gains count against the daily vote cap. */
export const CAPPED_REASONS: ReadonlySet<ReputationReason> = new Set(['THREAD_UPVOTED', 'ANSWER_UPVOTED']);

export type VoteTargetKind = 'THREAD' | 'ANSWER';

export interface LedgerEntry {
  accountId: string;
  reason: ReputationReason;
  delta: number;
}

/**
 * The ledger entries a vote produces before the daily cap: the author gains or loses, and a downvote on an
 * answer costs the voter a point (as on Stack Overflow, downvoting questions is free).
 */
export function entriesForVote(
  rules: ReputationRules,
  vote: { value: 1 | -1; targetKind: VoteTargetKind; authorId: string; voterId: string },
): LedgerEntry[] {
  if (vote.value === 1) {
    const reason: ReputationReason = vote.targetKind === 'ANSWER' ? 'ANSWER_UPVOTED' : 'THREAD_UPVOTED';
    return [{ accountId: vote.authorId, reason, delta: rules.points[reason] }];
  }
  const entries: LedgerEntry[] = [
    { accountId: vote.authorId, reason: 'DOWNVOTE_RECEIVED', delta: rules.points.DOWNVOTE_RECEIVED },
  ];
  if (vote.targetKind === 'ANSWER') {
    entries.push({ accountId: vote.voterId, reason: 'DOWNVOTE_CAST', delta: rules.points.DOWNVOTE_CAST });
  }
  return entries;
}

/** The entries for accepting an answer: the answerer and the asker gain, unless they are the same person. */
export function entriesForAccept(rules: ReputationRules, answererId: string, askerId: string): LedgerEntry[] {
  if (answererId === askerId) return [];
  return [
    { accountId: answererId, reason: 'ANSWER_ACCEPTED', delta: rules.points.ANSWER_ACCEPTED },
    { accountId: askerId, reason: 'ACCEPTED_AN_ANSWER', delta: rules.points.ACCEPTED_AN_ANSWER },
  ];
}

/** How much of a capped gain still fits under today's cap, given what was already gained from votes today. */
export function applyDailyCap(
  rules: ReputationRules,
  reason: ReputationReason,
  delta: number,
  gainedToday: number,
): number {
  if (!CAPPED_REASONS.has(reason) || delta <= 0) return delta;
  return Math.max(0, Math.min(delta, rules.dailyVoteCap - gainedToday));
}

/** An account's reputation from the sum of its ledger: it starts at the floor and never goes below it. */
export function reputationFromLedger(rules: ReputationRules, ledgerSum: number): number {
  return Math.max(rules.floor, rules.floor + ledgerSum);
}

export interface PrivilegeCheck {
  allowed: boolean;
  required: number;
  message: string;
}

/** Whether an account with `reputation` has `privilege`; `unlimited` is true for staff and moderators. */
export function checkPrivilege(
  rules: ReputationRules,
  privilege: Privilege,
  reputation: number,
  unlimited = false,
): PrivilegeCheck {
  const required = rules.privileges[privilege];
  const allowed = unlimited || reputation >= required;
  return {
    allowed,
    required,
    message: allowed
      ? ''
      : `${PRIVILEGE_LABELS[privilege]} needs ${required} reputation; you have ${reputation}. ` +
        'Earn reputation when others upvote your questions and answers.',
  };
}
