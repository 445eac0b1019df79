import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { SignOutDocument } from './accounts.documents';

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const t = useT();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  async function onClick() {
    try {
      await signOut();
    } finally {
      // Everything cached was fetched as this account. Resetting refetches the active queries, so the
      // header shows whatever the server now says, even if the sign-out request itself failed.
      await client.resetStore();
    }
    await navigate('/');
  }

  return (
    <Button variant="secondary" className="button--on-brand" busy={loading} onClick={() => void onClick()}>
      {t('auth.signOut')}
    </Button>
  );
}
