// What the API publishes of the guardian's answers: `can { <action> { allowed reason } }`.
import { Field, ObjectType } from '@nestjs/graphql';
import type { Msg } from '../i18n/translate';

/**
 * Abilities are computed in memory from rows the page already loaded (no query of their own), so they add
 * nothing to a query's cost; otherwise `can` on every answer and comment would push a thread page over it.
 */
export const FREE = { complexity: 0 } as const;

@ObjectType('Ability', { description: 'Whether the viewer may do something now, and why not.' })
export class AbilityModel {
  @Field(FREE)
  allowed: boolean;

  /** Worded in the reader's language by i18n/ability-reason.resolver.ts. */
  @Field(() => String, { ...FREE, nullable: true, description: 'The sentence to show when not allowed.' })
  reason: string | Msg | null;
}

@ObjectType('ThreadAbilities', { description: 'What the viewer may do with this thread now.' })
export class ThreadAbilities {
  @Field(() => AbilityModel, FREE) edit: AbilityModel;
  @Field(() => AbilityModel, FREE) delete: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Voting up; voting down needs more reputation.' })
  vote: AbilityModel;
  @Field(() => AbilityModel, FREE) comment: AbilityModel;
  @Field(() => AbilityModel, FREE) flag: AbilityModel;
  @Field(() => AbilityModel, FREE) answer: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Hide, lock, close, move, pin, feature, retag.' })
  moderate: AbilityModel;
}

@ObjectType('AnswerAbilities', { description: 'What the viewer may do with this answer now.' })
export class AnswerAbilities {
  @Field(() => AbilityModel, FREE) edit: AbilityModel;
  @Field(() => AbilityModel, FREE) delete: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Voting up; voting down needs more reputation.' })
  vote: AbilityModel;
  @Field(() => AbilityModel, FREE) comment: AbilityModel;
  @Field(() => AbilityModel, FREE) flag: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Accept it, or take the acceptance back.' })
  accept: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Hide or restore it.' })
  moderate: AbilityModel;
}

@ObjectType('CommentAbilities', { description: 'What the viewer may do with this comment now.' })
export class CommentAbilities {
  @Field(() => AbilityModel, FREE) flag: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Hide or restore it.' })
  moderate: AbilityModel;
}

@ObjectType('ViewerAbilities', { description: 'What the signed-in account may do across the community.' })
export class ViewerAbilities {
  @Field(() => AbilityModel, { ...FREE, description: 'Start a thread.' })
  ask: AbilityModel;
  @Field(() => AbilityModel, {
    ...FREE,
    description: 'The flag queue, the audit log and moderation actions.',
  })
  moderate: AbilityModel;
  @Field(() => AbilityModel, {
    ...FREE,
    description: 'The care console: queue, saved replies, follow-ups, analytics.',
  })
  care: AbilityModel;
  @Field(() => AbilityModel, { ...FREE, description: 'Publish signed announcements.' })
  announce: AbilityModel;
  @Field(() => AbilityModel, {
    ...FREE,
    description: 'Roles, categories, teams, signing keys, the search index.',
  })
  administer: AbilityModel;
}
