// English that reaches people from the web app's code rather than its JSX (the lint rule
// formatjs/no-literal-string-in-jsx covers JSX): a literal handed to confirm()/alert()/prompt(), to a state
// setter whose name says it holds words for people (setError, setMessage, setNotice, setStatusText …), or
// assigned to document.title. Such text must come from the catalogs (t(...), pageT(...)) like the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** Calls whose first argument is shown to people. */
const SHOWN =
  /^(window\.)?(confirm|alert|prompt)$|^set(Error|Message|Notice|Info|Warning|Status(Text|Message)?|Feedback|Toast)$/;

/** Object properties that hold words for people (option lists, tabs, columns, nav items). */
const SHOWN_PROPERTY =
  /^(label|title|description|placeholder|hint|heading|message|empty|emptyText|caption|tooltip|ariaLabel)$/;

/** A literal with letters in it (punctuation, spaces and numbers alone are not words to translate). */
function wordy(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return /\p{L}{2}/u.test(node.text);
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return /\p{L}{2}/u.test(parts);
  }
  if (ts.isParenthesizedExpression(node)) return wordy(node.expression);
  if (ts.isConditionalExpression(node)) return wordy(node.whenTrue) || wordy(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return wordy(node.left) || wordy(node.right);
  return false;
}

/** `file:line: what` for each literal shown to people in one source text. */
export function literalsIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.arguments.length && SHOWN.test(node.expression.getText(source))) {
      if (wordy(node.arguments[0])) report(node, `${node.expression.getText(source)}(…) with English text`);
    }
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      SHOWN_PROPERTY.test(node.name.text) &&
      wordy(node.initializer)
    ) {
      report(node, `${node.name.text}: English text`);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      node.left.getText(source) === 'document.title' &&
      wordy(node.right)
    ) {
      report(node, 'document.title set to English text');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Files not translated yet (tools/i18n/untranslated.json, shared with the JSX lint rule). */
export function untranslated(): Set<string> {
  const list = JSON.parse(readFileSync(join(ROOT, 'tools/i18n/untranslated.json'), 'utf8')) as {
    files: string[];
  };
  return new Set(list.files);
}

/** Every literal shown to people outside JSX in the web app's sources (files still listed as untranslated aside). */
export function webLiterals(): string[] {
  const skip = untranslated();
  return files(join(ROOT, 'apps/web/src'))
    .map((path) => relative(ROOT, path))
    .filter((path) => !skip.has(path))
    .flatMap((path) => literalsIn(path, readFileSync(join(ROOT, path), 'utf8')));
}
