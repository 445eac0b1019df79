// /groups/:id: a group and its members; admins and the group's owners add and remove members (by handle), and
// members may leave. Admins rename, describe and delete the group here.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { SPACE } from '../../ui/typography';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  AccountByHandleDocument,
  AddGroupMemberDocument,
  DeleteGroupDocument,
  GroupDocument,
  GroupsDocument,
  RemoveGroupMemberDocument,
  UpdateGroupDocument,
} from './groups.documents';
import { GroupFields, type GroupValues } from './GroupFields';
import { useT } from '../../i18n/I18n';
import './groups.css';

export function GroupPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(GroupDocument, { variables: { id } });
  const client = useApolloClient();
  const refetch = {
    refetchQueries: [{ query: GroupDocument, variables: { id } }],
    awaitRefetchQueries: true,
  };
  const [add] = useMutation(AddGroupMemberDocument, refetch);
  const [remove] = useMutation(RemoveGroupMemberDocument, refetch);
  const [handle, setHandle] = useState('');
  const [removeError, setRemoveError] = useState<string | null>(null);
  const form = useFormSubmit(async () => {
    const wanted = handle.trim().replace(/^@/, '');
    const { data: found } = await client.query({
      query: AccountByHandleDocument,
      variables: { handle: wanted },
      fetchPolicy: 'network-only',
    });
    if (!found?.account) throw new Error(t('groups.noSuchHandle', { handle: wanted }));
    await add({ variables: { input: { groupId: id, accountId: found.account.id } } });
    setHandle('');
  });

  if (loading && !data) return <p className="muted">{t('groups.loading')}</p>;
  if (error) return <ErrorAlert>{error.message}</ErrorAlert>;
  const group = data?.group;
  if (!group) return <NotFoundPage what="group" />;
  const manage = group.can.manageMembers;
  const meId = data?.me?.id;

  async function removeMember(accountId: string, label: string) {
    setRemoveError(null);
    if (!window.confirm(label)) return;
    try {
      await remove({ variables: { input: { groupId: id, accountId } } });
    } catch (e) {
      setRemoveError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <PageTitle>{group.name}</PageTitle>
      <p className="group-page__back">
        <Link to="/groups">{t('groups.back')}</Link>
      </p>
      <h1>{group.name}</h1>
      {group.description ? <p>{group.description}</p> : null}
      <p className="muted">
        {group.visibility === 'PRIVATE' ? t('groups.privateNote') : t('groups.publicNote')}
      </p>
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title" className="panel__title">
          {t('groups.membersHeading', { count: group.memberCount })}
        </h2>
        {removeError ? <ErrorAlert>{removeError}</ErrorAlert> : null}
        {group.members.length ? (
          <ul className="group-members">
            {group.members.map((m) => (
              <li key={m.id} className="group-members__item">
                <Link to={`/u/${m.handle}`} className="group-members__name">
                  {m.displayName}
                </Link>
                {SPACE}
                <span className="muted">{t('profiles.handle', { handle: m.handle })}</span>
                {group.ownerIds.includes(m.id) ? (
                  <span className="group-members__owner">{t('groups.owner')}</span>
                ) : null}
                {manage.allowed || m.id === meId ? (
                  <Button
                    variant="quiet"
                    className="group-members__remove"
                    onClick={() =>
                      void removeMember(
                        m.id,
                        m.id === meId
                          ? t('groups.confirmLeave', { group: group.name })
                          : t('groups.confirmRemove', { name: m.displayName, group: group.name }),
                      )
                    }
                  >
                    {m.id === meId ? t('groups.leave') : t('groups.remove')}
                    <span className="visually-hidden"> {m.displayName}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('groups.noMembers')}</p>
        )}
      </section>
      {manage.allowed ? (
        <section className="panel" aria-labelledby="add-member-title">
          <h2 id="add-member-title" className="panel__title">
            {t('groups.addMember')}
          </h2>
          <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form group-add">
            {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
            <TextField
              label={t('groups.handle')}
              name="handle"
              hint={t('groups.handleHint')}
              value={handle}
              required
              onChange={(e) => setHandle(e.target.value)}
              error={form.errors?.fields.accountId}
            />
            <Button type="submit" busy={form.busy} disabled={!handle.trim()}>
              {t('groups.addButton')}
            </Button>
          </form>
        </section>
      ) : null}
      {group.can.edit.allowed ? <GroupSettings group={group} /> : null}
    </>
  );
}

/** Admins: the group's name, description and visibility, and deleting it. */
function GroupSettings({ group }: { group: GroupValues & { id: string } }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState<GroupValues>({
    name: group.name,
    description: group.description,
    visibility: group.visibility,
  });
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateGroupDocument);
  const [remove] = useMutation(DeleteGroupDocument, {
    refetchQueries: [{ query: GroupsDocument }],
    awaitRefetchQueries: true,
  });
  const form = useFormSubmit(async () => {
    setSaved(false);
    await update({ variables: { input: { groupId: group.id, ...values } } });
    setSaved(true);
  });
  const deletion = useFormSubmit(async () => {
    if (!window.confirm(t('groups.confirmDelete', { group: group.name }))) return;
    await remove({ variables: { input: { groupId: group.id } } });
    void navigate('/groups');
  });
  return (
    <section className="panel" aria-labelledby="group-settings-title">
      <h2 id="group-settings-title" className="panel__title">
        {t('groups.settings')}
      </h2>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form group-add">
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        {saved ? (
          <p role="status" className="muted">
            {t('groups.saved')}
          </p>
        ) : null}
        <GroupFields
          values={values}
          onChange={(next) => {
            setSaved(false);
            setValues(next);
          }}
          errors={form.errors?.fields}
        />
        <Button type="submit" busy={form.busy}>
          {t('groups.save')}
        </Button>
      </form>
      <form
        ref={deletion.formRef}
        onSubmit={deletion.onSubmit}
        noValidate
        className="form group-add group-delete"
      >
        {deletion.errors ? <ErrorAlert>{deletion.errors.message}</ErrorAlert> : null}
        <p className="muted">{t('groups.deleteHint')}</p>
        <Button type="submit" variant="secondary" busy={deletion.busy}>
          {t('groups.delete')}
        </Button>
      </form>
    </section>
  );
}
