// Validates every GraphQL input class at the edge and turns the problems into one BAD_USER_INPUT error.
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { titleLength } from '@community/domain';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
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
