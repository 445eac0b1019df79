// Finds the server's error messages written as English literals instead of catalog messages (`msg('key')`):
// the helpers and constructors whose message reaches people (badInput, forbidden, unauthenticated, deny, new
// AppError, new GraphQLError, …), the problems of a multi-field badInput ({ field, message }), and the messages
// of the validation decorators (`@MaxLength(60, { message: … })`) and constants named for messages
// (`SEARCH_INPUT_MESSAGES`, `SLUG_RULE`). People read those in their own language,
// so each must come from apps/api/src/i18n/messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** Calls whose message argument reaches people, and which argument that is. */
const MESSAGE_ARGUMENT: Record<string, number> = {
  badInput: 1,
  forbidden: 0,
  unauthenticated: 0,
  deny: 0,
  refused: 0,
  refuse: 0,
  refusal: 2,
  AppError: 1,
  GraphQLError: 0,
  LogoProblem: 0,
  TargetRefused: 0,
  SignInRefused: 0,
};

/**
 * Files whose words never reach a person through the API: the operator's startup configuration, the
 * database supervisor's logs. Paths relative to the repository.
 */
export const NOT_FOR_PEOPLE = new Set<string>([
  'apps/api/src/config/config.ts',
  'apps/api/src/database/database.ts',
  'apps/api/src/database/embedded-postgres.ts',
  'apps/api/src/database/supervisor.ts',
]);

export interface LiteralError {
  file: string;
  line: number;
  text: string;
}

/** A string written out in English: a literal, a template, or one glued into either (`'a' + b`, `c ? 'x' : y`). */
function isLiteralText(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    return true;
  }
  if (ts.isParenthesizedExpression(node)) return isLiteralText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isLiteralText(node.left) || isLiteralText(node.right);
  }
  if (ts.isConditionalExpression(node)) return isLiteralText(node.whenTrue) || isLiteralText(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    return isLiteralText(node.right);
  }
  return false;
}

/** Constants that hold messages for people by name (SEARCH_INPUT_MESSAGES, SLUG_RULE, REASON, WRONG_CREDENTIALS). */
const MESSAGE_CONSTANT = /(MESSAGES?|RULE|REASONS?|CREDENTIALS|PROBLEMS?)$/;
const KEY = /^[a-zA-Z][\w-]*(?:\.[\w-]+)+$/;

/** The English literals inside a message constant's value: itself, an object's values, an arrow's result. */
function literalsIn(node: ts.Node, found: ts.Node[] = []): ts.Node[] {
  // A catalog key ('reasons.privilege.flag') names a message rather than saying one.
  if (ts.isStringLiteral(node) && KEY.test(node.text)) return found;
  if (isLiteralText(node)) found.push(node);
  else if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) if (ts.isPropertyAssignment(p)) literalsIn(p.initializer, found);
  } else if (ts.isArrowFunction(node)) literalsIn(node.body, found);
  else if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    literalsIn(node.expression, found);
  }
  return found;
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string | null {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function insideDecorator(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isDecorator(n)) return true;
    if (ts.isClassDeclaration(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** The English literals one file passes as people-facing error messages. */
export function literalErrorsIn(file: string, source: string): LiteralError[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LiteralError[] = [];
  const report = (node: ts.Node) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 100),
    });
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const index = name === null ? undefined : MESSAGE_ARGUMENT[name];
      const args = node.arguments ?? ts.factory.createNodeArray();
      // badInput(problems) has no message argument; badInput(field, message) has.
      if (index !== undefined && args.length > index && isLiteralText(args[index])) report(args[index]);
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      MESSAGE_CONSTANT.test(node.name.text) &&
      node.initializer
    ) {
      literalsIn(node.initializer).forEach(report);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(
        node.properties
          .filter(ts.isPropertyAssignment)
          .filter((p) => ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
          .map((p) => [(p.name as ts.Identifier | ts.StringLiteral).text, p.initializer]),
      );
      const message = props.get('message');
      // A field's problem ({ field, message }), or a validation decorator's options ({ message }).
      if (message && isLiteralText(message) && (props.has('field') || insideDecorator(node))) report(message);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'messages' && name !== 'node_modules') sourceFiles(path, out);
    } else if (/\.ts$/.test(name) && !/\.(spec|d)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Every English error literal under `dir` (relative to the repository), files NOT_FOR_PEOPLE aside. */
export function literalErrors(dir = 'apps/api/src'): LiteralError[] {
  return sourceFiles(join(ROOT, dir))
    .map((path) => relative(ROOT, path))
    .filter((file) => !NOT_FOR_PEOPLE.has(file))
    .flatMap((file) => literalErrorsIn(file, readFileSync(join(ROOT, file), 'utf8')));
}
