// /admin/keys: the keys that sign announcements, what each signed, revoking one (with a reason), and rotation.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { AdminSigningKeysQuery } from '../../gql/graphql';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { DOT } from '../../ui/typography';
import { AdminSigningKeysDocument, RevokeSigningKeyDocument } from './admin.documents';

type Key = AdminSigningKeysQuery['signingKeys'][number];

const KEYS_URL = '/.well-known/community-keys.json';
const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

export function SigningKeysPage() {
  const t = useT();
  const { data, loading, error } = useQuery(AdminSigningKeysDocument);
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.keys.loadFailed')}</ErrorAlert>;
  return (
    <>
      <PageTitle>{t('admin.section.keys')}</PageTitle>
      <h1>{t('admin.section.keys')}</h1>
      <p className="muted">
        <Message id="admin.keys.lead" values={{ link: <a href={KEYS_URL}>{KEYS_URL}</a> }} />
      </p>
      <div className="settings">
        {data.signingKeys.map((key) => (
          <KeyPanel key={key.keyId} signingKey={key} />
        ))}
        <section className="panel" aria-labelledby="rotate-title">
          <h2 id="rotate-title" className="panel__title">
            {t('admin.keys.rotateTitle')}
          </h2>
          <ol>
            <li>
              <Message id="admin.keys.rotateMake" values={{ code }} />
            </li>
            <li>
              <Message id="admin.keys.rotateGive" values={{ code }} />
            </li>
            <li>{t('admin.keys.rotateRestart')}</li>
            <li>{t('admin.keys.rotateRevoke')}</li>
          </ol>
        </section>
      </div>
    </>
  );
}

function KeyPanel({ signingKey: key }: { signingKey: Key }) {
  const t = useT();
  const [revoke] = useMutation(RevokeSigningKeyDocument, {
    refetchQueries: [{ query: AdminSigningKeysDocument }],
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `key-${key.keyId}`;
  const onRevoke = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!window.confirm(t('admin.keys.confirmRevoke', { key: key.keyId, count: key.signed?.length ?? 0 })))
      return;
    try {
      await revoke({ variables: { input: { keyId: key.keyId, reason } } });
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        <Message id="admin.keys.key" values={{ key: <code>{key.keyId}</code> }} />
        {key.active ? (
          <>
            {DOT}
            {t('admin.keys.signingNow')}
          </>
        ) : null}
        {key.revokedAt ? (
          <>
            {DOT}
            {t('admin.keys.revoked')}
          </>
        ) : null}
      </h2>
      <p className="muted">
        <Message
          id="admin.keys.added"
          values={{ algorithm: key.algorithm, time: <RelativeTime value={key.createdAt} /> }}
        />
        {key.revokedAt ? (
          <Message
            id="admin.keys.revokedWhen"
            values={{
              time: <RelativeTime value={key.revokedAt} />,
              reason: key.revocationReason ?? t('admin.keys.noReason'),
            }}
          />
        ) : null}
      </p>
      <h3>{t('admin.keys.signed', { count: key.signed?.length ?? 0 })}</h3>
      {key.signed?.length ? (
        <ul>
          {key.signed.map((v) => (
            <li key={`${v.threadId}-${v.version}`}>
              <Message
                id="admin.keys.signedVersion"
                values={{
                  title: <Link to={`/announcements/${v.threadId}`}>{v.title}</Link>,
                  version: v.version,
                  time: <RelativeTime value={v.signedAt} />,
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('admin.keys.nothingYet')}</p>
      )}
      {key.revokedAt ? null : (
        <form onSubmit={(e) => void onRevoke(e)} className="form" noValidate>
          {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
          <TextField
            label={t('admin.keys.reason')}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            hint={t('admin.keys.reasonHint')}
          />
          <div>
            <Button type="submit" className="button--danger">
              {t('admin.keys.revoke')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
