// A polite live region for loading and other transient states.
import type { ReactNode } from 'react';

export function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}
