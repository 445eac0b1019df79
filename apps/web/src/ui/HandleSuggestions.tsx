// People matching what follows an "@" (handle or display name), for @mention autocomplete in the Markdown
// editor and the "invite to answer" picker. A listbox driven from the text field (WAI-ARIA combobox pattern):
// the field keeps focus, arrows move the active option, Enter or Tab picks it, Escape closes.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql';
import type { HandleSuggestionsQuery } from '../gql/graphql';
import { SPACE } from './typography';

export const HandleSuggestionsDocument = graphql(`
  query HandleSuggestions($prefix: String!, $threadId: ID, $first: Int) {
    handleSuggestions(prefix: $prefix, threadId: $threadId, first: $first) {
      id
      handle
      displayName
    }
  }
`);

export type HandleSuggestion = HandleSuggestionsQuery['handleSuggestions'][number];

const DELAY_MS = 150;
/** What a handle is written with, as in the text: "@ana". */
const HANDLE_MARK = '@';

/** The suggestions for `prefix` (null: closed), debounced, and keyboard handling for the field. */
export function useHandleSuggestions(
  prefix: string | null,
  options: { threadId?: string; first?: number; onPick: (person: HandleSuggestion) => void },
) {
  const [debounced, setDebounced] = useState(prefix);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(prefix), DELAY_MS);
    return () => clearTimeout(timer);
  }, [prefix]);
  useEffect(() => setActive(0), [debounced]);
  const query = useQuery(HandleSuggestionsDocument, {
    variables: { prefix: debounced ?? '', threadId: options.threadId, first: options.first ?? 6 },
    skip: !debounced || debounced !== prefix,
  });
  const people = prefix && debounced === prefix ? (query.data?.handleSuggestions ?? []) : [];
  const open = people.length > 0 && dismissed !== prefix;

  function onKeyDown(event: KeyboardEvent<HTMLElement>): boolean {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + people.length) % people.length);
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      options.onPick(people[Math.min(active, people.length - 1)]);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(prefix);
      return true;
    }
    return false;
  }

  return { people, open, active, onKeyDown, loading: query.loading };
}

export function HandleSuggestionList({
  id,
  people,
  active,
  label,
  onPick,
}: {
  id: string;
  people: HandleSuggestion[];
  active: number;
  label: string;
  onPick: (person: HandleSuggestion) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="handle-suggestions">
      {people.map((p, i) => (
        <li
          key={p.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className="handle-suggestions__option"
          // mousedown, not click: the field keeps its focus (and caret).
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(p);
          }}
        >
          <span className="handle-suggestions__handle">{HANDLE_MARK + p.handle}</span>
          {SPACE}
          <span className="handle-suggestions__name">{p.displayName}</span>
        </li>
      ))}
    </ul>
  );
}

/** The "@prefix" just before the caret, or null. */
export function mentionBeforeCaret(text: string, caret: number): { start: number; prefix: string } | null {
  const match = /(?:^|[^\p{L}\p{N}_@/.+-])@([A-Za-z0-9_]{1,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1].length - 1, prefix: match[1] };
}
