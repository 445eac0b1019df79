// A Markdown textarea with Write/Preview tabs; the preview is rendered by the server (previewMarkdown), debounced.
// Typing "@ab" lists matching people (keyboard: arrows, Enter or Tab, Escape); picking one writes "@handle ".
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { graphql } from '../gql';
import {
  HandleSuggestionList,
  mentionBeforeCaret,
  useHandleSuggestions,
  type HandleSuggestion,
} from './HandleSuggestions';
import { useT } from '../i18n/I18n';
import { RenderedMarkdown } from './RenderedMarkdown';

export const PreviewMarkdownDocument = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

const PREVIEW_DELAY_MS = 300;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export interface MarkdownEditorProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange'
> {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** The thread written in: its participants come first among @mention suggestions. */
  threadId?: string;
}

type Tab = 'write' | 'preview';

export function MarkdownEditor({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  rows = 8,
  className,
  threadId,
  ...textarea
}: MarkdownEditorProps) {
  const id = useId();
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [tab, setTab] = useState<Tab>('write');
  const tabRefs = { write: useRef<HTMLButtonElement>(null), preview: useRef<HTMLButtonElement>(null) };
  const debounced = useDebounced(value, PREVIEW_DELAY_MS);
  const empty = debounced.trim() === '';
  const preview = useQuery(PreviewMarkdownDocument, {
    variables: { body: debounced },
    skip: tab !== 'preview' || empty,
  });
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;

  // @mention autocomplete: the "@prefix" before the caret, and where it starts.
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const mention = caret === null ? null : mentionBeforeCaret(value, caret);
  const listId = `${id}-mentions`;
  function pick(person: HandleSuggestion) {
    if (!mention || caret === null) return;
    const inserted = `@${person.handle} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    const at = mention.start + inserted.length;
    onChange(next);
    setCaret(at);
    requestAnimationFrame(() => textareaRef.current?.setSelectionRange(at, at));
  }
  const suggestions = useHandleSuggestions(mention?.prefix ?? null, { threadId, onPick: pick });
  const trackCaret = (el: HTMLTextAreaElement) =>
    setCaret(el.selectionStart === el.selectionEnd ? el.selectionStart : null);

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: Tab = tab === 'write' ? 'preview' : 'write';
    setTab(next);
    tabRefs[next].current?.focus();
  }

  const tabButton = (which: Tab, text: string) => (
    <button
      ref={tabRefs[which]}
      type="button"
      role="tab"
      id={`${id}-${which}-tab`}
      aria-selected={tab === which}
      aria-controls={`${id}-${which}-panel`}
      tabIndex={tab === which ? 0 : -1}
      className="editor__tab"
      onClick={() => setTab(which)}
      onKeyDown={onTabKeyDown}
    >
      {text}
    </button>
  );

  return (
    <div
      className={['field', 'editor', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}
    >
      <div className="editor__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <div role="tablist" aria-label={t('ui.editor.mode', { label })} className="editor__tabs">
          {tabButton('write', t('ui.editor.write'))}
          {tabButton('preview', t('ui.editor.preview'))}
        </div>
      </div>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div
        role="tabpanel"
        id={`${id}-write-panel`}
        aria-labelledby={`${id}-write-tab`}
        hidden={tab !== 'write'}
      >
        <div className="editor__input">
          <textarea
            ref={textareaRef}
            id={id}
            name={name}
            rows={rows}
            className="field__input editor__textarea"
            value={value}
            onChange={(e) => {
              onChange(e.target.value);
              trackCaret(e.target);
            }}
            onSelect={(e) => trackCaret(e.currentTarget)}
            onBlur={() => setCaret(null)}
            onKeyDown={(e) => {
              suggestions.onKeyDown(e);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            role={suggestions.open ? 'combobox' : undefined}
            aria-autocomplete={suggestions.open ? 'list' : undefined}
            aria-expanded={suggestions.open ? true : undefined}
            aria-controls={suggestions.open ? listId : undefined}
            aria-activedescendant={suggestions.open ? `${listId}-${suggestions.active}` : undefined}
            {...textarea}
          />
          {suggestions.open ? (
            <HandleSuggestionList
              id={listId}
              people={suggestions.people}
              active={suggestions.active}
              label={t('mentions.listLabel')}
              onPick={pick}
            />
          ) : null}
        </div>
        <p className="editor__help">{t('ui.editor.help')}</p>
      </div>
      <div
        role="tabpanel"
        id={`${id}-preview-panel`}
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== 'preview'}
        className="editor__preview"
        aria-busy={preview.loading || undefined}
      >
        {tab !== 'preview' ? null : empty ? (
          <p className="muted">{t('ui.editor.empty')}</p>
        ) : preview.error ? (
          <p className="field__error">{t('ui.editor.previewFailed', { message: preview.error.message })}</p>
        ) : preview.data ? (
          <RenderedMarkdown html={preview.data.previewMarkdown} />
        ) : (
          <p className="muted">{t('ui.editor.rendering')}</p>
        )}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
