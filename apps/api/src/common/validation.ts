// Validates every GraphQL input class at the edge and turns the problems into one BAD_USER_INPUT error.
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { titleLength } from '@community/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { isMsg, msg, type Msg } from '../i18n/translate';
import { badInput, FieldProblem } from './errors';

// class-validator carries only strings, so a decorator's catalog message travels as marked JSON (see `says`).
const SAYS = '\u0001msg:';

/**
 * A validation decorator's message from the catalogs: `@MaxLength(60, { message: says(msg('errors.input.threadId')) })`.
 * The input pipe turns it back into the message, worded in the reader's language.
 */
export const says = (message: Msg): string => SAYS + JSON.stringify(message);

/** The catalog message a decorator's text stands for (see `says`), or the text itself. */
export function said(text: string): string | Msg {
  if (!text.startsWith(SAYS)) return text;
  const parsed: unknown = JSON.parse(text.slice(SAYS.length));
  return isMsg(parsed) ? parsed : text;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: said(message) }));
    return own.length ? own.slice(0, 1) : flatten(e.children ?? [], field);
  });
}

export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => badInput(flatten(errors)),
  });
}

/** Trims surrounding whitespace from a string input before it is validated. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A title between min and max, measured fairly for scripts written without spaces (see titleLength). */
export const TitleLength = (min: number, max: number, message: string | Msg): PropertyDecorator =>
  ValidateBy(
    {
      name: 'titleLength',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = titleLength(value);
          return length >= min && length <= max;
        },
      },
    },
    { message: typeof message === 'string' ? message : says(message) },
  );

/**
 * Applies decorators as if they were stacked in this order above a property (the last one is applied first,
 * as TypeScript does). class-validator runs the decorator nearest the property first; with stopAtFirstError
 * that one's message wins, so list the type check last.
 */
const stacked =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };

// The limits and messages of the fields every post-like input shares (threads, announcements, answers,
// moderation): one place, so every input refuses the same thing with the same sentence.
export const TITLE_MIN = 10;
export const TITLE_MAX = 150;
export const BODY_MAX = 30_000;
export const TAGS_MAX = 5;
export const TAG_FILTER_MAX = 60;

export const POST_MESSAGES = {
  /** Characters of Chinese, Japanese and Korean count twice (see titleLength in libs/domain). */
  title: msg('errors.post.title', { min: TITLE_MIN, max: TITLE_MAX }),
  body: {
    required: msg('errors.post.bodyRequired'),
    tooLong: msg('errors.post.bodyTooLong', { max: BODY_MAX }),
  },
  answer: {
    required: msg('errors.post.answerRequired'),
    tooLong: msg('errors.post.answerTooLong', { max: BODY_MAX }),
  },
  category: msg('errors.post.category'),
  tags: msg('errors.post.tags', { max: TAGS_MAX }),
} as const;

/** Refuses strings that are empty or only whitespace. */
export const NotBlank = (message: string | Msg): PropertyDecorator =>
  ValidateBy(
    {
      name: 'notBlank',
      validator: { validate: (value: unknown) => typeof value === 'string' && !!value.trim() },
    },
    { message: typeof message === 'string' ? message : says(message) },
  );

/** A post's title: trimmed, then 10–150 characters measured by titleLength. */
export const PostTitle = (): PropertyDecorator =>
  stacked(Trim(), TitleLength(TITLE_MIN, TITLE_MAX, POST_MESSAGES.title), IsString());

/** A post's Markdown body: not blank, at most 30 000 characters. `kind` picks the word people read. */
export const PostBody = (kind: 'body' | 'answer' = 'body'): PropertyDecorator =>
  stacked(
    MaxLength(BODY_MAX, { message: says(POST_MESSAGES[kind].tooLong) }),
    NotBlank(POST_MESSAGES[kind].required),
    IsString(),
  );

/** The category a post goes in. */
export const PostCategory = (): PropertyDecorator => IsUUID('all', { message: says(POST_MESSAGES.category) });

/** A post's tags: at most 5 strings (normalised to slugs by the service). */
export const PostTags = (): PropertyDecorator =>
  stacked(IsString({ each: true }), ArrayMaxSize(TAGS_MAX, { message: says(POST_MESSAGES.tags) }), IsArray());

/** A category id given as a filter or a target (not a post's own category: PostCategory says "Choose a category"). */
export const CategoryRef = (): PropertyDecorator =>
  IsUUID('all', { message: says(msg('errors.input.categoryId')) });

/** One tag to filter by. */
export const TagFilter = (): PropertyDecorator =>
  stacked(
    MaxLength(TAG_FILTER_MAX, { message: says(msg('errors.input.tagTooLong', { max: TAG_FILTER_MAX })) }),
    IsString(),
  );
