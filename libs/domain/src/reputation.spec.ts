import {
  applyDailyCap,
  checkPrivilege,
  DEFAULT_REPUTATION_RULES as rules,
  entriesForAccept,
  entriesForVote,
  reputationFromLedger,
} from './reputation';

describe('reputation rules', () => {
  it('gives +10 for an answer upvote and +5 for a question upvote, to the author', () => {
    expect(entriesForVote(rules, { value: 1, targetKind: 'ANSWER', authorId: 'b', voterId: 'v' })).toEqual([
      { accountId: 'b', reason: 'ANSWER_UPVOTED', delta: 10 },
    ]);
    expect(entriesForVote(rules, { value: 1, targetKind: 'THREAD', authorId: 'a', voterId: 'v' })).toEqual([
      { accountId: 'a', reason: 'THREAD_UPVOTED', delta: 5 },
    ]);
  });

  it('costs the author 2 for a downvote, and the voter 1 when the target is an answer', () => {
    expect(entriesForVote(rules, { value: -1, targetKind: 'ANSWER', authorId: 'b', voterId: 'v' })).toEqual([
      { accountId: 'b', reason: 'DOWNVOTE_RECEIVED', delta: -2 },
      { accountId: 'v', reason: 'DOWNVOTE_CAST', delta: -1 },
    ]);
    expect(entriesForVote(rules, { value: -1, targetKind: 'THREAD', authorId: 'a', voterId: 'v' })).toEqual([
      { accountId: 'a', reason: 'DOWNVOTE_RECEIVED', delta: -2 },
    ]);
  });

  it('gives +15 to the answerer and +2 to the asker on accept, nothing for accepting your own answer', () => {
    expect(entriesForAccept(rules, 'b', 'a')).toEqual([
      { accountId: 'b', reason: 'ANSWER_ACCEPTED', delta: 15 },
      { accountId: 'a', reason: 'ACCEPTED_AN_ANSWER', delta: 2 },
    ]);
    expect(entriesForAccept(rules, 'a', 'a')).toEqual([]);
  });

  it('caps gains from votes at 200 a day, but not accepts or losses', () => {
    expect(applyDailyCap(rules, 'ANSWER_UPVOTED', 10, 0)).toBe(10);
    expect(applyDailyCap(rules, 'ANSWER_UPVOTED', 10, 195)).toBe(5);
    expect(applyDailyCap(rules, 'THREAD_UPVOTED', 5, 200)).toBe(0);
    expect(applyDailyCap(rules, 'ANSWER_ACCEPTED', 15, 200)).toBe(15);
    expect(applyDailyCap(rules, 'DOWNVOTE_RECEIVED', -2, 200)).toBe(-2);
  });

  it('never lets reputation fall below 1', () => {
    expect(reputationFromLedger(rules, 0)).toBe(1);
    expect(reputationFromLedger(rules, 24)).toBe(25);
    expect(reputationFromLedger(rules, -6)).toBe(1);
  });

  it('unlocks privileges at their thresholds and says what is missing', () => {
    expect(checkPrivilege(rules, 'upvote', 15).allowed).toBe(true);
    const refused = checkPrivilege(rules, 'upvote', 1);
    expect(refused.allowed).toBe(false);
    expect(refused.message).toMatch(/Voting up needs 15 reputation; you have 1/);
    expect(checkPrivilege(rules, 'downvote', 124).allowed).toBe(false);
    expect(checkPrivilege(rules, 'editOthers', 1, true).allowed).toBe(true);
  });
});
