// Lints code samples with the project's ESLint config through ESLint's Node API: reads
// [{ file, code }] as JSON on stdin, writes each sample's messages as JSON. boundaries.spec.ts runs it in
// a plain Node process, because Jest's sandbox cannot load the ESM config file.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  out.push(result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })));
}
process.stdout.write(JSON.stringify(out));
