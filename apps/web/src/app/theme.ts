// The community's brand colours as CSS custom properties; styles.css only ever reads the variables.
import type { Community } from './community';

type Rgb = [number, number, number];

function parseHex(colour: string): Rgb | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance([r, g, b]: Rgb): number {
  const linear = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Text colour that stays readable on `background`: admins pick any brand colour, so the contrast
 * cannot be designed in advance.
 */
export function readableOn(background: string): string {
  const rgb = parseHex(background);
  if (!rgb) return '#ffffff';
  const l = luminance(rgb);
  const contrastWithWhite = 1.05 / (l + 0.05);
  const contrastWithInk = (l + 0.05) / (luminance([17, 24, 39]) + 0.05);
  return contrastWithWhite >= contrastWithInk ? '#ffffff' : '#111827';
}

/**
 * The brand colours as CSS custom properties for :root, rendered into the page (on the server too, so a
 * server-rendered page has the brand's colours before any script runs). Only #rrggbb values get through.
 */
export function themeCss(community: Pick<Community, 'primaryColor' | 'accentColor'>): string {
  const rules: string[] = [];
  for (const [name, value] of [
    ['primary', community.primaryColor],
    ['accent', community.accentColor],
  ] as const) {
    if (!/^#[0-9a-f]{6}$/i.test(value)) continue;
    rules.push(`--color-${name}:${value};--color-on-${name}:${readableOn(value)};`);
  }
  return rules.length ? `:root{${rules.join('')}}` : '';
}
