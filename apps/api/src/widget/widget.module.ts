import { Module } from '@nestjs/common';
import { WidgetController } from './widget.controller';

/** The embeddable widget's config and panel (the loader and panel scripts are built with the web app). */
@Module({ controllers: [WidgetController] })
export class WidgetModule {}
