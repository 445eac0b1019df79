// Compiled execution (graphql-jit) answers exactly as graphql-js does: every read the web app sends, run first
// through graphql-js and then compiled, gives the same data and the same errors; wrong variables are refused in
// graphql-js's words; one-off documents and writes are never compiled.
import {
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  TestAccount,
  TestApp,
  webOperations,
} from '@community/testing';
import {
  DocumentNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { COMPILED_LIMIT, CompiledExecution, resolvePlainFieldsByDefault } from './compiled-execution';

let t: TestApp;
let moderator: TestAccount;
let member: TestAccount;
let threadId: string;
let compiled: CompiledExecution;

beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  compiled = t.app.get(CompiledExecution);
  moderator = await createAccount(t, { role: 'MODERATOR' });
  member = await createAccount(t, { name: 'Mia Member' });
  threadId = await askQuestion(t, member, { title: `Why does the hub blink twice ${Date.now()}?` });
  await answer(moderator, threadId, 'It is **updating**: wait ten minutes.');
  await answer(member, threadId, 'Mine stopped after an hour.');
});
afterAll(() => t.close());

/** The web app's reads, with their variables' types. */
function webReads(): { name: string; text: string; variables: { name: string; type: GraphQLType }[] }[] {
  const schema = compiled['schema']();
  return webOperations()
    .filter(({ operation }) => operation.operation === 'query')
    .map(({ name, text, operation }) => ({
      name,
      text,
      variables: (operation.variableDefinitions ?? []).map((v) => ({
        name: v.variable.name.value,
        type: typeFromAST(schema, v.type)!,
      })),
    }));
}

/** Values a page would send: the real thread and people where ids are asked for, plain samples elsewhere. */
function sample(name: string, type: GraphQLType, flags: boolean): unknown {
  if (isNonNullType(type)) return sample(name, type.ofType, flags);
  if (isListType(type)) return [sample(name, type.ofType, flags)];
  if (isEnumType(type)) return type.getValues()[0].name;
  const leaf = getNamedType(type).name;
  if (leaf === 'Boolean') return flags && name !== 'countView';
  if (leaf === 'Int') return 20;
  if (leaf === 'DateTime') return '2026-01-01T00:00:00Z';
  if (/handle/i.test(name)) return member.handle;
  if (/query|q$|text|term/i.test(name)) return 'hub blink';
  return threadId;
}

/** An answer as JSON, without what legitimately differs between two runs (an internal error's id). */
async function run(client: TestAccount['client'], query: string, variables: Record<string, unknown>) {
  const { data, errors } = await client.gql(query, variables);
  const shown = (errors ?? []).map((e) => ({ ...e, extensions: { ...e.extensions, errorId: undefined } }));
  return JSON.parse(JSON.stringify({ data, errors: shown }));
}

it('every read of the web app answers the same through graphql-js and compiled', async () => {
  const operations = webReads();
  expect(operations.length).toBeGreaterThan(20);
  const ranCompiled: string[] = [];
  // Each pass sends the documents as new text (a comment differs), so its first run is graphql-js's again.
  const passes = [
    { viewer: moderator, flags: true },
    { viewer: member, flags: true },
    { viewer: member, flags: false }, // `@include(if: $signedIn)` and friends the other way
  ];
  for (const [i, { viewer, flags }] of passes.entries()) {
    for (const op of operations) {
      const variables = Object.fromEntries(op.variables.map((v) => [v.name, sample(v.name, v.type, flags)]));
      const text = `${op.text}\n# pass ${i}`;
      const before = { ...compiled.stats };
      const interpreted = await run(viewer.client, text, variables);
      const again = await run(viewer.client, text, variables);
      if (compiled.stats.compiled > before.compiled) ranCompiled.push(op.name);
      expect({ op: op.name, ...again }).toEqual({ op: op.name, ...interpreted });
    }
  }
  // Every read ran compiled the second time, except those taking an input object (see `compilable`).
  const takesInput = operations
    .filter((op) => op.variables.some((v) => isInputObjectType(getNamedType(v.type))))
    .map((op) => op.name);
  expect(operations.map((op) => op.name).filter((name) => !ranCompiled.includes(name))).toEqual(takesInput);
  expect(ranCompiled).toEqual(expect.arrayContaining(['Thread', 'Me', 'Community']));
});

it("compiles the thread page at its second request, and it carries the page's answers", async () => {
  const thread = webReads().find((op) => op.name === 'Thread')!;
  const client = (await createAccount(t)).client;
  const variables = { id: threadId, signedIn: true, countView: false };
  await client.gql(thread.text, variables);
  const before = { ...compiled.stats };
  const { data } = await client.gql<{ thread: { answers: { edges: { node: { bodyHtml: string } }[] } } }>(
    thread.text,
    variables,
  );
  expect(compiled.stats.compiled).toBe(before.compiled + 1);
  expect(compiled.stats.interpreted).toBe(before.interpreted);
  expect(data!.thread.answers.edges.map((e) => e.node.bodyHtml).join()).toContain(
    '<strong>updating</strong>',
  );
});

it('refuses a wrong variable of a compiled read in graphql-js words, with 400 and BAD_USER_INPUT', async () => {
  const query =
    'query Blink($id: ID!, $countView: Boolean) { thread(id: $id, countView: $countView) { id } }';
  await member.client.ok(query, { id: threadId, countView: false });
  await member.client.ok(query, { id: threadId, countView: false });
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: member.client.cookie,
    },
    body: JSON.stringify({ query, variables: { id: threadId, countView: 'yes' } }),
  });
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(res.status).toBe(400);
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(body.errors[0].message).toMatch(/Variable "\$countView" got invalid value "yes"/);
});

it('never compiles a document sent once, nor a write', async () => {
  const before = { ...compiled.stats };
  for (let i = 0; i < 3; i++) {
    await member.client.ok(`query Once${i} { thread(id: "${threadId}") { id title } }`);
  }
  await answer(member, threadId, 'A first write.');
  await answer(member, threadId, 'A second write of the same document.');
  expect(compiled.stats.compiled).toBe(before.compiled);
  expect(compiled.stats.interpreted).toBeGreaterThanOrEqual(before.interpreted + 5);
});

it('reads plain fields as properties: Nest’s property resolvers are removed, computed fields keep theirs', () => {
  const answerType = compiled['schema']().getType('Answer') as GraphQLObjectType;
  const fields = answerType.getFields();
  expect(fields.bodyHtml.resolve).toBeUndefined();
  expect(fields.score.resolve).toBeUndefined();
  expect(fields.author.resolve).toEqual(expect.any(Function));
  expect(fields.can.resolve).toEqual(expect.any(Function));
  // Already done when the server started: nothing left to remove.
  expect(resolvePlainFieldsByDefault(compiled['schema']())).toBe(0);
});

it('keeps the documents in use when a flood of one-off documents passes, and no more than the limit', () => {
  const entry = (document: DocumentNode) =>
    compiled['entry'](document, '', document.definitions[0] as OperationDefinitionNode);
  const hot = parse('query Hot { __typename }');
  entry(hot);
  const hotEntry = entry(hot);
  expect(hotEntry.compiled).toBeDefined();
  for (let i = 0; i < COMPILED_LIMIT + 50; i++) {
    entry(parse(`query OneOff${i} { __typename }`));
    if (i % 100 === 0) entry(hot);
  }
  expect(entry(hot)).toBe(hotEntry);
  expect(compiled['seen'].size).toBeLessThanOrEqual(COMPILED_LIMIT);
});
