// Writes what `nx run web:codegen` would put into apps/web/src/gql, as JSON { file: content }, to the path
// given as the argument, without touching apps/web/src/gql: the web codegen drift test compares the two.
import { createContext, generate } from '@graphql-codegen/cli';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const [out] = process.argv.slice(2);
const context = await createContext({ config: 'apps/web/codegen.ts', silent: true, _: [] });
const outputs = await generate(context, false);
const files = Object.fromEntries(outputs.map((o) => [relative(process.cwd(), o.filename), o.content]));
writeFileSync(out, JSON.stringify(files));
