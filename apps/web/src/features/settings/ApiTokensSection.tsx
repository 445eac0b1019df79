// Settings → API tokens: create a token (its secret shown once), see when each was last used, revoke.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ApiTokenScope } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './settings.documents';

const SCOPES: { scope: ApiTokenScope; label: string }[] = [
  { scope: 'READ', label: 'Read: query the API as you' },
  { scope: 'WRITE', label: 'Write: ask, answer, comment and vote as you' },
  { scope: 'MODERATE', label: 'Moderate: moderation actions (moderators and admins)' },
  { scope: 'ADMIN', label: 'Admin: everything your role allows' },
];

export function ApiTokensSection() {
  const { data, error } = useQuery(ApiTokensDocument);
  const refetch = { refetchQueries: [{ query: ApiTokensDocument }], awaitRefetchQueries: true };
  const [create] = useMutation(CreateApiTokenDocument, refetch);
  const [revoke] = useMutation(RevokeApiTokenDocument, refetch);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ']);
  const [expiresOn, setExpiresOn] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const form = useFormSubmit(async () => {
    const result = await create({
      variables: {
        input: {
          name,
          scopes,
          expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null,
        },
      },
    });
    const made = result.data?.createApiToken;
    if (made) setCreated({ name: made.token.name, secret: made.secret });
    setName('');
  });

  return (
    <section className="panel" aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title" className="panel__title">
        API tokens
      </h2>
      <p className="muted">
        Scripts and integrations send a token as <code>Authorization: Bearer &lt;token&gt;</code> to{' '}
        <code>/graphql</code>. A token can never do more than you can.
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {created ? (
        <SecretShownOnce secret={created.secret} testId="new-token-secret">
          Copy the token “{created.name}” now; it will not be shown again:
        </SecretShownOnce>
      ) : null}
      {data?.apiTokens.length ? (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.apiTokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{token.scopes.join(', ')}</td>
                <td>
                  <RelativeTime value={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : 'never'}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="muted">
                      <RelativeTime prefix="revoked" value={token.revokedAt} />
                    </span>
                  ) : (
                    <Button
                      variant="quiet"
                      onClick={() => {
                        if (
                          window.confirm(`Revoke "${token.name}"? Anything using it stops working at once.`)
                        )
                          void revoke({ variables: { input: { id: token.id } } });
                      }}
                    >
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">You have no API tokens.</p>
      )}
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
        <h3>New token</h3>
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        <TextField
          label="Name"
          name="name"
          hint="What it is for, e.g. “CRM sync”."
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors?.fields.name}
        />
        <CheckboxGroup
          legend="Scopes"
          name="scopes"
          options={SCOPES.map(({ scope, label }) => ({ value: scope, label }))}
          value={scopes}
          onChange={setScopes}
          error={form.errors?.fields.scopes}
        />
        <TextField
          label="Expires on (optional)"
          name="expiresAt"
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={form.errors?.fields.expiresAt}
        />
        <div>
          <Button type="submit" busy={form.busy}>
            Create token
          </Button>
        </div>
      </form>
    </section>
  );
}
