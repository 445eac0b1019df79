// The server's error messages come from the catalogs, so people read them in their language: no English
// literal is passed to an error helper, a guardian refusal, a field problem or a validation decorator.
import { literalErrors, literalErrorsIn } from './literal-errors';

describe('the API’s error messages', () => {
  it('are catalog messages (msg(...)), never English literals', () => {
    const found = literalErrors().map((e) => `${e.file}:${e.line} ${e.text}`);
    expect(found).toEqual([]);
  });
});

describe('the literal error check', () => {
  const source = `
    import { IsUUID, MaxLength } from 'class-validator';
    class Input {
      @IsUUID('all', { message: 'threadId must be a thread id.' })
      threadId: string;
      @MaxLength(MAX, { message: says(msg('errors.input.firstMax', { max: MAX })) })
      body: string;
    }
    function service(name: string, ok: boolean) {
      if (!ok) throw badInput('name', \`A team named \${name} exists.\`);
      if (!ok) throw badInput('name', msg('errors.care.teamExists', { name }));
      if (!ok) throw forbidden('Only admins can ' + name);
      if (!ok) throw new AppError(ErrorCode.NOT_FOUND, ok ? 'Gone.' : msg('errors.notFound.thread'));
      problems.push({ field: 'handle', message: 'The handle is taken.' });
      problems.push({ field: 'handle', message: msg('errors.accounts.handleTaken', { handle: name }) });
      const config = { message: 'Not an error a person reads.' };
      return deny(msg('reasons.signInFirst'), ErrorCode.UNAUTHENTICATED);
    }
    const INPUT_MESSAGES = { empty: 'Type something.', tooLong: (max: number) => \`At most \${max}.\`, ok: msg('errors.search.to') };
    const SLUG_RULE = says(msg('errors.categories.slugRule'));
  `;

  it('finds English in decorators, helpers, constructors and field problems, and passes catalog messages', () => {
    const found = literalErrorsIn('x.ts', source).map((e) => [e.line, e.text]);
    expect(found).toEqual([
      [4, "'threadId must be a thread id.'"],
      [10, '`A team named ${name} exists.`'],
      [12, "'Only admins can ' + name"],
      [13, "ok ? 'Gone.' : msg('errors.notFound.thread')"],
      [14, "'The handle is taken.'"],
      [19, "'Type something.'"],
      [19, '`At most ${max}.`'],
    ]);
  });
});
