// Types for tools/args.cjs.
export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Shown after a string flag in the usage, e.g. `--email E`. */
  valueName?: string;
  short?: string;
  required?: boolean;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** How a person types it, e.g. `npm run account`. */
  command: string;
  summary: string;
  options?: O;
  positionals?: readonly { name: string; description: string; required?: boolean }[];
}

export type ParsedValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export function parseCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv?: string[],
): { values: ParsedValues<O>; positionals: string[] };

export function usage(spec: CommandSpec): string;
