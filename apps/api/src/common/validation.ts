// Validates every GraphQL input class at the edge and turns the problems into one BAD_USER_INPUT error.
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { titleLength } from '@community/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { badInput, FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
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
export const TitleLength = (min: number, max: number, message: string): PropertyDecorator =>
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
    { message },
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
  title: `Title must be ${TITLE_MIN}–${TITLE_MAX} characters (Chinese, Japanese and Korean characters count twice).`,
  body: {
    required: 'Body is required: write what your post says.',
    tooLong: `Body must be at most ${BODY_MAX.toLocaleString('en')} characters.`,
  },
  answer: {
    required: 'Answer is empty: write your answer first.',
    tooLong: `Answer must be at most ${BODY_MAX.toLocaleString('en')} characters.`,
  },
  category: 'Choose a category.',
  tags: `At most ${TAGS_MAX} tags.`,
} as const;

/** Refuses strings that are empty or only whitespace. */
export const NotBlank = (message: string): PropertyDecorator =>
  ValidateBy(
    {
      name: 'notBlank',
      validator: { validate: (value: unknown) => typeof value === 'string' && !!value.trim() },
    },
    { message },
  );

/** A post's title: trimmed, then 10–150 characters measured by titleLength. */
export const PostTitle = (): PropertyDecorator =>
  stacked(Trim(), TitleLength(TITLE_MIN, TITLE_MAX, POST_MESSAGES.title), IsString());

/** A post's Markdown body: not blank, at most 30 000 characters. `kind` picks the word people read. */
export const PostBody = (kind: 'body' | 'answer' = 'body'): PropertyDecorator =>
  stacked(
    MaxLength(BODY_MAX, { message: POST_MESSAGES[kind].tooLong }),
    NotBlank(POST_MESSAGES[kind].required),
    IsString(),
  );

/** The category a post goes in. */
export const PostCategory = (): PropertyDecorator => IsUUID('all', { message: POST_MESSAGES.category });

/** A post's tags: at most 5 strings (normalised to slugs by the service). */
export const PostTags = (): PropertyDecorator =>
  stacked(IsString({ each: true }), ArrayMaxSize(TAGS_MAX, { message: POST_MESSAGES.tags }), IsArray());

/** A category id given as a filter or a target (not a post's own category: PostCategory says "Choose a category"). */
export const CategoryRef = (): PropertyDecorator =>
  IsUUID('all', { message: 'categoryId must be a category id.' });

/** One tag to filter by. */
export const TagFilter = (): PropertyDecorator =>
  stacked(
    MaxLength(TAG_FILTER_MAX, { message: `A tag has at most ${TAG_FILTER_MAX} characters.` }),
    IsString(),
  );
