import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { says, Trim } from '../common/validation';
import { SUPPORTED_LOCALES } from './site.model';
import { msg } from '../i18n/translate';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Omitted fields keep their value; null puts a field back to the environment's default. */
@InputType()
export class UpdateSiteSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(1, 80, { message: says(msg('errors.site.nameLength')) })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: says(msg('errors.site.taglineTooLong', { max: 200 })) })
  tagline?: string | null;

  @Field(() => String, { nullable: true, description: 'Brand colour as #rrggbb.' })
  @IsOptional()
  @Matches(COLOUR, { message: says(msg('errors.site.primaryColour')) })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent colour as #rrggbb.' })
  @IsOptional()
  @Matches(COLOUR, { message: says(msg('errors.site.accentColour')) })
  accentColor?: string | null;

  @Field(() => String, { nullable: true, description: 'en, ru, sl or zh-CN.' })
  @IsOptional()
  @IsIn([...SUPPORTED_LOCALES], {
    message: says(msg('errors.site.defaultLocale', { locales: SUPPORTED_LOCALES.join(', ') })),
  })
  defaultLocale?: string | null;
}

@InputType()
export class UploadLogoInput {
  @Field({ description: 'The file name as chosen, e.g. logo.svg: its extension must match the content.' })
  @Trim()
  @Length(1, 200, { message: says(msg('errors.site.fileName')) })
  @IsString()
  filename: string;

  @Field({ description: 'The file, base64-encoded; PNG, WebP or SVG up to 256 KB.' })
  @MaxLength(400_000, { message: says(msg('errors.site.logoOverLimit')) })
  @IsString()
  contentBase64: string;
}

@InputType()
export class RateLimitInput {
  @Field({ description: 'The limit, as listed by rateLimitSettings.' })
  @IsString()
  name: string;

  @Field(() => Int, { description: 'Attempts allowed per window.' })
  @IsInt({ message: says(msg('errors.site.attemptsWhole')) })
  points: number;

  @Field(() => Int, { description: 'Window length in seconds.' })
  @IsInt({ message: says(msg('errors.site.windowWhole')) })
  duration: number;
}

@InputType()
export class UpdateRateLimitsInput {
  @Field(() => [RateLimitInput], { description: 'The limits to change; others keep their value.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RateLimitInput)
  limits: RateLimitInput[];
}

@InputType()
export class ResetRateLimitsInput {
  @Field(() => [String], { description: 'Limits to put back to their built-in values.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  names: string[];
}
