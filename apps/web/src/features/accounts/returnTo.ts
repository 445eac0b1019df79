// Where sign-in (and sign-up) send a person afterwards: back to the page they came from. Only a path on this
// site is accepted — `//evil.example`, `https://…`, `/\evil` and the like fall back to the home page, so a
// crafted link cannot use our sign-in page to send someone elsewhere (no open redirect).
import { useLocation } from 'react-router';

const AUTH_PAGES = new Set(['/signin', '/signup']);

/** A same-origin path (with its query and fragment) from `raw`, or `/`. */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil.example".
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  try {
    // Resolved against a placeholder origin (the server renders this too, without a window): a path that
    // resolves anywhere else was never a path on this site.
    const base = 'https://community.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base || AUTH_PAGES.has(url.pathname)) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** `/signin` or `/signup` with the current page to come back to. */
export function useAuthLinks(): { signIn: string; signUp: string } {
  const { pathname, search, hash } = useLocation();
  // On the sign-in and sign-up pages themselves, keep the page they were asked to return to.
  const here = AUTH_PAGES.has(pathname)
    ? safeReturnPath(new URLSearchParams(search).get('next'))
    : `${pathname}${search}${hash}`;
  const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
  return { signIn: `/signin${next}`, signUp: `/signup${next}` };
}

/** The page to go to after signing in or up: the `next` parameter when it is safe. */
export function useReturnPath(): string {
  const { search } = useLocation();
  return safeReturnPath(new URLSearchParams(search).get('next'));
}
