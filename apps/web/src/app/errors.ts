// Turns whatever Apollo throws into what a form shows: one message for the page and one per field.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { pageT } from '../i18n/I18n';

export interface FormErrors {
  /** The server's message (worded in the request's language by the API), shown in the page's alert. */
  message: string;
  /** extensions.code: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND or RATE_LIMITED. */
  code: string | undefined;
  /** Per-field messages from BAD_USER_INPUT, keyed by input field name (`email`, not `input.email`). */
  fields: Partial<Record<string, string>>;
}

interface FieldProblem {
  field: string;
  message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export function toFormErrors(error: unknown): FormErrors {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const fields: FormErrors['fields'] = {};
    for (const e of error.errors) {
      const problems = e.extensions?.fields;
      if (!Array.isArray(problems)) continue;
      for (const p of problems.filter(isFieldProblem)) {
        // The first problem per field is the one to fix first; later ones would just repeat it.
        const name = p.field.split('.').pop() ?? p.field;
        fields[name] ??= p.message;
      }
    }
    const code = first?.extensions?.code;
    return {
      message: first?.message ?? pageT('errors.generic'),
      code: typeof code === 'string' ? code : undefined,
      fields,
    };
  }
  if (ServerError.is(error)) {
    return {
      message: pageT('errors.http', { status: error.statusCode }),
      code: undefined,
      fields: {},
    };
  }
  return { message: pageT('errors.unreachable'), code: undefined, fields: {} };
}
