import { Module } from '@nestjs/common';
import { QaEvents } from './qa-events';

/** One QaEvents for the whole app: writers emit through it, listeners (search, care) register on it. */
@Module({
  providers: [QaEvents],
  exports: [QaEvents],
})
export class QaEventsModule {}
