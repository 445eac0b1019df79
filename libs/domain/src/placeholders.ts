// `{{placeholders}}` in saved replies: filled on the server when a reply is inserted; any left over must never
// reach a customer, so the editor warns and posting refuses them. Text in code (`…` or fenced blocks) is
// left alone: there a placeholder is meant literally.

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const CODE = /(^|\n)(```|~~~)[\s\S]*?(\n\2|$)|`[^`\n]*`/g;

/** Fills known placeholders; unknown ones stay as written so a typo shows rather than vanishes. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders still in a Markdown text outside code, as written (e.g. `{{unknown_thing}}`), once each. */
export function unfilledPlaceholders(markdown: string): string[] {
  const prose = markdown.replace(CODE, ' ');
  return [...new Set([...prose.matchAll(PLACEHOLDER)].map((m) => m[0]))];
}
