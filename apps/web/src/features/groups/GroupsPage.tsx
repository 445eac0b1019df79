// /groups: the groups the viewer may see (public ones, their own; all for staff), and for admins a form to
// create one. Groups decide who reads and posts in private categories.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { DOT } from '../../ui/typography';
import { useFormSubmit } from '../accounts/useFormSubmit';
import type { GroupVisibility } from '../../gql/graphql';
import { CreateGroupDocument, GroupsDocument } from './groups.documents';
import { useT } from '../../i18n/I18n';
import './groups.css';

export function GroupsPage() {
  const t = useT();
  const { data, error, loading } = useQuery(GroupsDocument);
  const navigate = useNavigate();
  const [create] = useMutation(CreateGroupDocument);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<GroupVisibility>('PRIVATE');
  const form = useFormSubmit(async () => {
    const result = await create({ variables: { input: { name, description, visibility } } });
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
            <TextField
              label={t('groups.name')}
              name="name"
              value={name}
              required
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              error={form.errors?.fields.name}
            />
            <TextAreaField
              label={t('groups.description')}
              name="description"
              value={description}
              maxLength={500}
              rows={3}
              onChange={(e) => setDescription(e.target.value)}
              error={form.errors?.fields.description}
            />
            <SelectField
              label={t('groups.visibility')}
              name="visibility"
              value={visibility}
              onChange={(e) => setVisibility(e.target.value as GroupVisibility)}
            >
              <option value={'PRIVATE'}>{t('groups.visibility.private')}</option>
              <option value={'PUBLIC'}>{t('groups.visibility.public')}</option>
            </SelectField>
            <Button type="submit" busy={form.busy}>
              {t('groups.create')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
