// /groups: the groups the viewer may see (public ones, their own; all for staff), and for admins a form to
// create one. Groups decide who reads and posts in private categories.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DOT } from '../../ui/typography';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { CreateGroupDocument, GroupsDocument } from './groups.documents';
import { GroupFields, type GroupValues } from './GroupFields';
import { useT } from '../../i18n/I18n';
import './groups.css';

export function GroupsPage() {
  const t = useT();
  const { data, error, loading } = useQuery(GroupsDocument);
  const navigate = useNavigate();
  const [create] = useMutation(CreateGroupDocument);
  const [values, setValues] = useState<GroupValues>({ name: '', description: '', visibility: 'PRIVATE' });
  const form = useFormSubmit(async () => {
    const result = await create({ variables: { input: values } });
    if (result.data) void navigate(`/groups/${result.data.createGroup.id}`);
  });
  const isAdmin = !!data?.me?.can?.administer.allowed;

  return (
    <>
      <PageTitle>{t('groups.title')}</PageTitle>
      <h1>{t('groups.title')}</h1>
      <p className="muted">{t('groups.intro')}</p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {!loading && !data?.groups.length ? <p>{t('groups.none')}</p> : null}
      <ul className="group-list">
        {data?.groups.map((g) => (
          <li key={g.id} className="group-list__item panel">
            <h2 className="group-list__name">
              <Link to={`/groups/${g.id}`}>{g.name}</Link>
            </h2>
            {g.description ? <p className="group-list__description">{g.description}</p> : null}
            <p className="group-list__meta muted">
              {t('groups.members', { count: g.memberCount })}
              {DOT}
              {g.visibility === 'PRIVATE' ? t('groups.private') : t('groups.public')}
              {g.viewerIsMember ? DOT + t('groups.youAreMember') : null}
            </p>
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <section className="panel" aria-labelledby="new-group-title">
          <h2 id="new-group-title" className="panel__title">
            {t('groups.new')}
          </h2>
          <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form group-add">
            {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
            <GroupFields values={values} onChange={setValues} errors={form.errors?.fields} />
            <Button type="submit" busy={form.busy}>
              {t('groups.create')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
