// /admin/limits: the posting and new-account limits, each within the bounds the API enforces.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { RateLimitSettingsQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  RateLimitSettingsDocument,
  ResetRateLimitsDocument,
  UpdateRateLimitsDocument,
} from './admin.documents';

type Limit = RateLimitSettingsQuery['rateLimitSettings'][number];

const LABELS: Record<string, string> = {
  postsPerAccount: 'Posts per account',
  votesPerAccount: 'Votes per account',
  signUpPerIp: 'Sign-ups per network address',
  newAccountThreads: 'New accounts: threads',
  newAccountAnswers: 'New accounts: answers',
  newAccountLinks: 'New accounts: posts with links',
};

/** "10 minutes", "1 hour", "90 seconds". */
export function formatSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

const refetch = { refetchQueries: [{ query: RateLimitSettingsDocument }], awaitRefetchQueries: true };

export function LimitsPage() {
  const { data, loading, error } = useQuery(RateLimitSettingsDocument);
  const [update] = useMutation(UpdateRateLimitsDocument, refetch);
  const [reset] = useMutation(ResetRateLimitsDocument, refetch);
  const [values, setValues] = useState<Record<string, { points: string; duration: string }>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (data)
      setValues(
        Object.fromEntries(
          data.rateLimitSettings.map((l) => [
            l.name,
            { points: String(l.points), duration: String(l.duration) },
          ]),
        ),
      );
  }, [data]);
  const form = useFormSubmit(async () => {
    setSaved(false);
    await update({
      variables: {
        input: {
          limits: Object.entries(values).map(([name, v]) => ({
            name,
            points: Number(v.points),
            duration: Number(v.duration),
          })),
        },
      },
    });
    setSaved(true);
  });

  if (loading) return <Status>Loading…</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? 'The limits could not be loaded.'}</ErrorAlert>;
  const set = (name: string, key: 'points' | 'duration', value: string) =>
    setValues((v) => ({ ...v, [name]: { ...v[name], [key]: value } }));

  return (
    <>
      <PageTitle>Limits</PageTitle>
      <h1>Limits</h1>
      <p className="muted">
        How much one account (or one network address) may do in a window of time. New accounts are members who
        have not yet earned the flag privilege. Changes apply at once on every server.
      </p>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        {saved ? (
          <p role="status" className="alert alert--success">
            Saved: the new limits apply now.
          </p>
        ) : null}
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Limit</th>
                <th scope="col">Attempts</th>
                <th scope="col">Window (seconds)</th>
                <th scope="col" className="admin-table__optional">
                  Built-in
                </th>
                <th scope="col">
                  <span className="visually-hidden">Reset</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rateLimitSettings.map((l: Limit) => (
                <tr key={l.name}>
                  <th scope="row">
                    {LABELS[l.name] ?? l.name}
                    <div className="muted admin-table__optional">Too many {l.action}</div>
                  </th>
                  <td>
                    <input
                      type="number"
                      aria-label={`${LABELS[l.name] ?? l.name}: attempts`}
                      name={`${l.name}.points`}
                      min={l.minPoints}
                      max={l.maxPoints}
                      value={values[l.name]?.points ?? ''}
                      onChange={(e) => set(l.name, 'points', e.target.value)}
                      className="field__input"
                    />
                    <div className="muted">
                      {l.minPoints}–{l.maxPoints}
                    </div>
                  </td>
                  <td>
                    <input
                      type="number"
                      aria-label={`${LABELS[l.name] ?? l.name}: window in seconds`}
                      name={`${l.name}.duration`}
                      min={l.minDuration}
                      max={l.maxDuration}
                      value={values[l.name]?.duration ?? ''}
                      onChange={(e) => set(l.name, 'duration', e.target.value)}
                      className="field__input"
                    />
                    <div className="muted">
                      {formatSeconds(Number(values[l.name]?.duration) || l.duration)}
                    </div>
                  </td>
                  <td className="admin-table__optional">
                    {l.defaultPoints} per {formatSeconds(l.defaultDuration)}
                  </td>
                  <td>
                    {l.points !== l.defaultPoints || l.duration !== l.defaultDuration ? (
                      <Button
                        variant="quiet"
                        onClick={() => void reset({ variables: { input: { names: [l.name] } } })}
                      >
                        Reset
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <Button type="submit" busy={form.busy}>
            Save limits
          </Button>
        </div>
      </form>
    </>
  );
}
