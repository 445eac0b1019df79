// A secret the server shows only once (a new API token, a webhook's signing secret): what it is and that it
// must be copied now, then the secret itself, selectable in one click. role="status" announces it.
import type { ReactNode } from 'react';

export function SecretShownOnce({
  children,
  secret,
  testId,
}: {
  /** The sentence before the secret, e.g. “Copy the token “cli” now; it will not be shown again:”. */
  children: ReactNode;
  secret: string;
  testId?: string;
}) {
  return (
    <div role="status" className="alert alert--success">
      <p>
        {children}
        <br />
        <code className="secret" data-testid={testId}>
          {secret}
        </code>
      </p>
    </div>
  );
}
