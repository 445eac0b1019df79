// What a page needs to know about where it is rendered: the public origin (for canonical links), the moment
// the server rendered it (so "3 minutes ago" hydrates to the same words), and, on the server, the HTTP
// response the page asks for (404, a permanent redirect).
import { createContext, useContext, useSyncExternalStore } from 'react';

export interface PageResponse {
  status: number;
  redirect?: string;
}

export interface RenderEnvironment {
  origin: string;
  renderedAt: number;
  /** Present only while rendering on the server. */
  response?: PageResponse;
}

const RenderEnvironmentContext = createContext<RenderEnvironment>({
  origin: typeof location === 'undefined' ? '' : location.origin,
  renderedAt: Date.now(),
});

export const RenderEnvironmentProvider = RenderEnvironmentContext.Provider;

export function useRenderEnvironment(): RenderEnvironment {
  return useContext(RenderEnvironmentContext);
}

/** Marks the server response "not found"; a no-op in the browser. */
export function useNotFoundStatus(): void {
  const { response } = useRenderEnvironment();
  if (response) response.status = 404;
}

/** Asks the server to answer with a permanent redirect to `path`; a no-op in the browser. */
export function usePermanentRedirect(path: string | null): void {
  const { response } = useRenderEnvironment();
  if (response && path) {
    response.status = 301;
    response.redirect = path;
  }
}

const subscribeNever = () => () => undefined;

/**
 * False on the server and during hydration, true afterwards: output that depends on the browser (local time
 * zone, the current minute) waits for it, so the first client render matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
