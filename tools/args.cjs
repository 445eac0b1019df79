// One argument parser for every command (`npm start`, `npm run dev|test|<tool>`): `--help` prints the usage
// and exits 0; an unknown flag, a missing value or a stray argument prints the usage and exits 2 — before the
// command does anything. CommonJS so both the plain-JS launchers (tools/*.mjs) and the compiled TypeScript
// tools load the same file (the build copies it into dist/tools).
'use strict';
const { parseArgs } = require('node:util');

/** @param {import('./args.d.cts').CommandSpec} spec */
function usage(spec) {
  const positionals = (spec.positionals ?? [])
    .map((p) => (p.required ? ` <${p.name}>` : ` [${p.name}]`))
    .join('');
  const options = Object.entries(spec.options ?? {}).map(([name, o]) => [
    `--${name}${o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : ''}`,
    o.description,
  ]);
  options.push(['-h, --help', 'show this help and exit']);
  const rows = [...(spec.positionals ?? []).map((p) => [`<${p.name}>`, p.description]), ...options];
  const width = Math.max(...rows.map(([left]) => left.length));
  const table = rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
  const dashes = spec.command.startsWith('npm run') && rows.length > 1 ? ' --' : '';
  return `Usage: ${spec.command}${dashes}${positionals}${options.length > 1 ? ' [options]' : ''}\n\n${spec.summary}\n\n${table}\n`;
}

/**
 * @param {import('./args.d.cts').CommandSpec} spec
 * @param {string[]} [argv]
 */
function parseCommand(spec, argv = process.argv.slice(2)) {
  const refuse = (problem) => {
    process.stderr.write(`${problem}\n\n${usage(spec)}`);
    process.exit(2);
  };
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options ?? {}))
    options[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages name the flag ("Unknown option '--frobnicate'"); keep them.
    const message = e instanceof Error ? e.message : String(e);
    return refuse(message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  if (parsed.values.help) {
    process.stdout.write(usage(spec));
    process.exit(0);
  }
  const expected = spec.positionals ?? [];
  if (parsed.positionals.length > expected.length)
    return refuse(`Unexpected argument: ${parsed.positionals[expected.length]}`);
  const missing = expected.find((p, i) => p.required && parsed.positionals[i] === undefined);
  if (missing) return refuse(`Missing <${missing.name}>.`);
  for (const [name, o] of Object.entries(spec.options ?? {}))
    if (o.required && parsed.values[name] === undefined) return refuse(`Missing --${name}.`);
  return { values: parsed.values, positionals: parsed.positionals };
}

module.exports = { parseCommand, usage };
