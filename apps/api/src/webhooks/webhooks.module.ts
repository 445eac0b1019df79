import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { WebhookDeliveryResolver, WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const WEBHOOKS_RESOLVERS = [WebhooksResolver, WebhookDeliveryResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([WebhookEntity, WebhookDeliveryEntity, WebhookAttemptEntity]),
    AccountsModule,
    QaEventsModule,
  ],
  providers: [WebhooksService, WebhookDispatcher, WebhookOutbox, ...WEBHOOKS_RESOLVERS],
  exports: [WebhooksService, WebhookDispatcher, WebhookOutbox],
})
export class WebhooksModule {}
