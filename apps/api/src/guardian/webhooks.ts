// Webhooks: admins manage them (URL, events, secret) and read their delivery log.
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class WebhooksGuardian {
  constructor(private readonly g: Guardian) {}

  canManage(): Ability {
    return all(
      () => this.g.active('manage webhooks'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsWebhooks'))),
    );
  }
}
