// Runs one action on a post (vote, accept, delete…) and keeps its error to show beside that post.
import { useState } from 'react';
import { toFormErrors } from '../../app/errors';

export function usePostAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /** `name` says which action is running, so only its button shows as busy. */
  async function run(name: string, action: () => Promise<unknown>): Promise<boolean> {
    setBusy(name);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(toFormErrors(e).message);
      return false;
    } finally {
      setBusy(null);
    }
  }

  return { error, busy, run, clearError: () => setError(null) };
}
