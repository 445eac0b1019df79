// Finds every place API code writes a table, and who owns that table, so a test can check that each table is
// written only by its feature (the folder holding its entity). Writes are found two ways:
//   - TypeORM calls, with the TypeScript checker: EntityManager/Repository write methods and the execute() of
//     insert/update/delete query builders, resolved to the entity classes they touch (so
//     `manager.save(post)` with `post: ThreadEntity | AnswerEntity` counts for both tables);
//   - raw SQL: INSERT INTO / UPDATE / DELETE FROM <table> in any string or template literal.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface TableWrite {
  /** Repository-relative path of the writing file. */
  file: string;
  line: number;
  table: string;
  /** The feature folder the write happens in, and the one that owns the table. */
  writer: string;
  owner: string;
  how: string;
}

const ROOT = join(__dirname, '../..');
const API = join(ROOT, 'apps/api/src');

const MANAGER_WRITES = new Set([
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'increment',
  'decrement',
  'clear',
]);
const BUILDER_TYPES = /^(InsertQueryBuilder|UpdateQueryBuilder|DeleteQueryBuilder|SoftDeleteQueryBuilder)$/;
const RAW_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi;

const featureOf = (file: string): string => relative(API, file).split(sep)[0];

/** Every API source file that is not a test. */
function apiProgram(): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((f) => f.startsWith(API + sep) && !f.endsWith('.spec.ts'));
  return ts.createProgram(files, parsed.options);
}

/** Table name → owning feature, from each entity's @Entity('<table>') and the folder it lives in. */
function tableOwners(program: ts.Program): Map<string, string> {
  const owners = new Map<string, string>();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(API + sep) || !sf.fileName.endsWith('.entity.ts')) continue;
    for (const m of sf.text.matchAll(/@Entity\(\s*'([a-z_]+)'/g)) owners.set(m[1], featureOf(sf.fileName));
  }
  return owners;
}

/** The tables behind a type: an entity class, an instance, an array or a union of them. */
function tablesOf(type: ts.Type, checker: ts.TypeChecker, entityTables: Map<ts.Symbol, string>): string[] {
  if (type.isUnion()) return type.types.flatMap((t) => tablesOf(t, checker, entityTables));
  const element = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : type;
  const direct = element.getSymbol();
  if (direct && entityTables.has(direct)) return [entityTables.get(direct)!];
  // `typeof ThreadEntity` (the class itself, as in manager.update(ThreadEntity, …)).
  const construct = element.getConstructSignatures()[0];
  const instance = construct?.getReturnType().getSymbol();
  if (instance && entityTables.has(instance)) return [entityTables.get(instance)!];
  return [];
}

export function findTableWrites(): { writes: TableWrite[]; owners: Map<string, string> } {
  const program = apiProgram();
  const checker = program.getTypeChecker();
  const owners = tableOwners(program);
  const entityTables = new Map<ts.Symbol, string>();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(API + sep) || !sf.fileName.endsWith('.entity.ts')) continue;
    sf.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decorator = ts
        .getDecorators(node)
        ?.map((d) => d.expression.getText(sf))
        .find((d) => d.startsWith('Entity('));
      const table = decorator?.match(/Entity\(\s*'([a-z_]+)'/)?.[1];
      const symbol = checker.getSymbolAtLocation(node.name);
      if (table && symbol) entityTables.set(symbol, table);
    });
  }

  const writes: TableWrite[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(API + sep) || sf.fileName.endsWith('.spec.ts')) continue;
    const file = relative(ROOT, sf.fileName).split(sep).join('/');
    const writer = featureOf(sf.fileName);
    const record = (node: ts.Node, table: string, how: string) => {
      const owner = owners.get(table);
      if (!owner) return; // not one of our tables (e.g. a word in a message)
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      writes.push({ file, line, table, writer, owner, how });
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        const receiverName = receiver.getSymbol()?.getName() ?? '';
        if (receiverName === 'EntityManager' && MANAGER_WRITES.has(method) && node.arguments[0]) {
          const tables = tablesOf(checker.getTypeAtLocation(node.arguments[0]), checker, entityTables);
          for (const t of new Set(tables)) record(node, t, `manager.${method}`);
        } else if (receiverName === 'Repository' && MANAGER_WRITES.has(method)) {
          const [entity] = checker.getTypeArguments(receiver as ts.TypeReference);
          for (const t of entity ? tablesOf(entity, checker, entityTables) : [])
            record(node, t, `repository.${method}`);
        } else if (BUILDER_TYPES.test(receiverName) && method === 'execute') {
          const [entity] = checker.getTypeArguments(receiver as ts.TypeReference);
          for (const t of entity ? tablesOf(entity, checker, entityTables) : [])
            record(node, t, `${receiverName}.execute`);
        }
      }
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)
      ) {
        const text = node.getText(sf);
        for (const m of text.matchAll(RAW_WRITE))
          record(node, m[1].toLowerCase(), `SQL ${m[0].split(/\s+/)[0]}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { writes, owners };
}
