// Runs a moderation mutation and refetches what the thread page shows, keeping the error to show beside the tool.
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../../app/errors';

export function useModeration() {
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      await client.refetchQueries({ include: 'active' });
      return true;
    } catch (e) {
      setError(toFormErrors(e).message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { error, busy, run };
}
