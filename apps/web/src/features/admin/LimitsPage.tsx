// /admin/limits: the posting and new-account limits, each within the bounds the API enforces.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { RateLimitSettingsQuery } from '../../gql/graphql';
import { useIntl, useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  RateLimitSettingsDocument,
  ResetRateLimitsDocument,
  UpdateRateLimitsDocument,
} from './admin.documents';
import { formatSeconds } from './duration';

type Limit = RateLimitSettingsQuery['rateLimitSettings'][number];

/** Each limit the API lets admins change: its name, and what a person it stops is told too much of. */
const LIMITS: Record<string, { labelId: MessageId; tooMany: MessageId }> = {
  postsPerAccount: {
    labelId: 'admin.limits.postsPerAccount',
    tooMany: 'admin.limits.postsPerAccountTooMany',
  },
  votesPerAccount: {
    labelId: 'admin.limits.votesPerAccount',
    tooMany: 'admin.limits.votesPerAccountTooMany',
  },
  signUpPerIp: { labelId: 'admin.limits.signUpPerIp', tooMany: 'admin.limits.signUpPerIpTooMany' },
  newAccountThreads: {
    labelId: 'admin.limits.newAccountThreads',
    tooMany: 'admin.limits.newAccountThreadsTooMany',
  },
  newAccountAnswers: {
    labelId: 'admin.limits.newAccountAnswers',
    tooMany: 'admin.limits.newAccountAnswersTooMany',
  },
  newAccountLinks: {
    labelId: 'admin.limits.newAccountLinks',
    tooMany: 'admin.limits.newAccountLinksTooMany',
  },
};

const refetch = { refetchQueries: [{ query: RateLimitSettingsDocument }], awaitRefetchQueries: true };

export function LimitsPage() {
  const t = useT();
  const intl = useIntl();
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

  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.limits.loadFailed')}</ErrorAlert>;
  const set = (name: string, key: 'points' | 'duration', value: string) =>
    setValues((v) => ({ ...v, [name]: { ...v[name], [key]: value } }));
  const labelOf = (name: string) => (LIMITS[name] ? t(LIMITS[name].labelId) : name);

  return (
    <>
      <PageTitle>{t('admin.section.limits')}</PageTitle>
      <h1>{t('admin.section.limits')}</h1>
      <p className="muted">{t('admin.limits.lead')}</p>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        {saved ? (
          <p role="status" className="alert alert--success">
            {t('admin.limits.saved')}
          </p>
        ) : null}
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.limits.limit')}</th>
                <th scope="col">{t('admin.limits.attempts')}</th>
                <th scope="col">{t('admin.limits.window')}</th>
                <th scope="col" className="admin-table__optional">
                  {t('admin.limits.builtIn')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.limits.reset')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rateLimitSettings.map((l: Limit) => (
                <tr key={l.name}>
                  <th scope="row">
                    {labelOf(l.name)}
                    {LIMITS[l.name] ? (
                      <div className="muted admin-table__optional">{t(LIMITS[l.name].tooMany)}</div>
                    ) : null}
                  </th>
                  <td>
                    <input
                      type="number"
                      aria-label={t('admin.limits.attemptsOf', { limit: labelOf(l.name) })}
                      name={`${l.name}.points`}
                      min={l.minPoints}
                      max={l.maxPoints}
                      value={values[l.name]?.points ?? ''}
                      onChange={(e) => set(l.name, 'points', e.target.value)}
                      className="field__input"
                    />
                    <div className="muted">
                      {t('admin.limits.range', { min: l.minPoints, max: l.maxPoints })}
                    </div>
                  </td>
                  <td>
                    <input
                      type="number"
                      aria-label={t('admin.limits.windowOf', { limit: labelOf(l.name) })}
                      name={`${l.name}.duration`}
                      min={l.minDuration}
                      max={l.maxDuration}
                      value={values[l.name]?.duration ?? ''}
                      onChange={(e) => set(l.name, 'duration', e.target.value)}
                      className="field__input"
                    />
                    <div className="muted">
                      {formatSeconds(intl, Number(values[l.name]?.duration) || l.duration)}
                    </div>
                  </td>
                  <td className="admin-table__optional">
                    {t('admin.limits.perWindow', {
                      points: l.defaultPoints,
                      window: formatSeconds(intl, l.defaultDuration),
                    })}
                  </td>
                  <td>
                    {l.points !== l.defaultPoints || l.duration !== l.defaultDuration ? (
                      <Button
                        variant="quiet"
                        onClick={() => void reset({ variables: { input: { names: [l.name] } } })}
                      >
                        {t('admin.limits.reset')}
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
            {t('admin.limits.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
