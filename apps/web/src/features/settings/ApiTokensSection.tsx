// Settings → API tokens: create a token (its secret shown once), see when each was last used, revoke.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ApiTokenScope } from '../../gql/graphql';
import { Message, useIntl, useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './settings.documents';

// Each scope's short name (the table) and what it allows (the form).
const SCOPES: { scope: ApiTokenScope; name: MessageId; hintId: MessageId }[] = [
  { scope: 'READ', name: 'settings.tokens.scope.read', hintId: 'settings.tokens.scope.readHint' },
  { scope: 'WRITE', name: 'settings.tokens.scope.write', hintId: 'settings.tokens.scope.writeHint' },
  {
    scope: 'MODERATE',
    name: 'settings.tokens.scope.moderate',
    hintId: 'settings.tokens.scope.moderateHint',
  },
  { scope: 'ADMIN', name: 'settings.tokens.scope.admin', hintId: 'settings.tokens.scope.adminHint' },
];

// How a script sends a token: code, the same in every language.
const AUTH_HEADER = 'Authorization: Bearer <token>';
const ENDPOINT = '/graphql';
// "revoked 3 days ago": RelativeTime words the time in the page's language.
const REVOKED: MessageId = 'settings.tokens.revoked';

export function ApiTokensSection() {
  const t = useT();
  const intl = useIntl();
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
        {t('settings.tokens.title')}
      </h2>
      <p className="muted">
        <Message
          id="settings.tokens.intro"
          values={{ header: <code>{AUTH_HEADER}</code>, endpoint: <code>{ENDPOINT}</code> }}
        />
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {created ? (
        <SecretShownOnce secret={created.secret} testId="new-token-secret">
          {t('settings.tokens.copyNow', { name: created.name })}
        </SecretShownOnce>
      ) : null}
      {data?.apiTokens.length ? (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.tokens.name')}</th>
              <th scope="col">{t('settings.tokens.scopes')}</th>
              <th scope="col">{t('settings.tokens.created')}</th>
              <th scope="col">{t('settings.tokens.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.apiTokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  {intl.formatList(
                    token.scopes.map((scope) => {
                      const known = SCOPES.find((s) => s.scope === scope);
                      return known ? t(known.name) : scope;
                    }),
                    { type: 'unit', style: 'short' },
                  )}
                </td>
                <td>
                  <RelativeTime value={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : t('settings.never')}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="muted">
                      <RelativeTime label={REVOKED} value={token.revokedAt} />
                    </span>
                  ) : (
                    <Button
                      variant="quiet"
                      onClick={() => {
                        if (window.confirm(t('settings.tokens.confirmRevoke', { name: token.name })))
                          void revoke({ variables: { input: { id: token.id } } });
                      }}
                    >
                      {t('settings.tokens.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('settings.tokens.none')}</p>
      )}
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
        <h3>{t('settings.tokens.new')}</h3>
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        <TextField
          label={t('settings.tokens.name')}
          name="name"
          hint={t('settings.tokens.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors?.fields.name}
        />
        <CheckboxGroup
          legend={t('settings.tokens.scopes')}
          name="scopes"
          options={SCOPES.map(({ scope, hintId }) => ({ value: scope, label: t(hintId) }))}
          value={scopes}
          onChange={setScopes}
          error={form.errors?.fields.scopes}
        />
        <TextField
          label={t('settings.tokens.expiresOn')}
          name="expiresAt"
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={form.errors?.fields.expiresAt}
        />
        <div>
          <Button type="submit" busy={form.busy}>
            {t('settings.tokens.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
