// The page-level error: role="alert" so screen readers announce it as soon as it appears.
import type { ReactNode } from 'react';

export function ErrorAlert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="alert" className="alert alert--error">
      <svg className="alert__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 4a1 1 0 0 1 1 1v4a1 1 0 1 1-2 0v-4a1 1 0 0 1 1-1Zm0 9.25a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Z"
        />
      </svg>
      <div>
        {title ? <p className="alert__title">{title}</p> : null}
        <div className="alert__body">{children}</div>
      </div>
    </div>
  );
}
