// The header's search field: submits to /search?q=… (a plain GET form until the app hydrates, see guest.ts), and
// shows the current query while on that page.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18n';
import './search.css';

export function SearchBox() {
  const navigate = useNavigate();
  const t = useT();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  useEffect(() => setQuery(current), [current]);

  return (
    <form
      role="search"
      action="/search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        const q = query.trim();
        if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id="site-search"
        type="search"
        name="q"
        className="search-box__input"
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
