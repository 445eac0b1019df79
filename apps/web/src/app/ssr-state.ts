// What the server hands the browser beside the HTML: read from a JSON <script> (no inline code, so a strict
// Content-Security-Policy still allows it).
import type { NormalizedCacheObject } from '@apollo/client';

export const SSR_STATE_ELEMENT_ID = 'ssr-state';

export interface SsrState {
  origin: string;
  renderedAt: number;
  apollo: NormalizedCacheObject;
}

export function readSsrState(): SsrState | null {
  const element = document.getElementById(SSR_STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as SsrState;
}
