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
import { useFormSubmit } from '../accounts/useFormSubmit';
import type { GroupVisibility } from '../../gql/graphql';
import { CreateGroupDocument, GroupsDocument } from './groups.documents';
import './groups.css';

export function GroupsPage() {
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
      <PageTitle>Groups</PageTitle>
      <h1>Groups</h1>
      <p className="muted">
        Groups gather people, such as beta testers or partners. A category can be private to its groups: only
        their members (and staff) see it and everything in it.
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {!loading && !data?.groups.length ? <p>There are no groups you can see yet.</p> : null}
      <ul className="group-list">
        {data?.groups.map((g) => (
          <li key={g.id} className="group-list__item panel">
            <h2 className="group-list__name">
              <Link to={`/groups/${g.id}`}>{g.name}</Link>
            </h2>
            {g.description ? <p className="group-list__description">{g.description}</p> : null}
            <p className="group-list__meta muted">
              {g.memberCount === 1 ? '1 member' : `${g.memberCount} members`}
              {' · '}
              {g.visibility === 'PRIVATE' ? 'Private group' : 'Public group'}
              {g.viewerIsMember ? ' · You are a member' : ''}
            </p>
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <section className="panel" aria-labelledby="new-group-title">
          <h2 id="new-group-title" className="panel__title">
            New group
          </h2>
          <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form group-add">
            {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
            <TextField
              label="Name"
              name="name"
              value={name}
              required
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              error={form.errors?.fields.name}
            />
            <TextAreaField
              label="Description"
              name="description"
              value={description}
              maxLength={500}
              rows={3}
              onChange={(e) => setDescription(e.target.value)}
              error={form.errors?.fields.description}
            />
            <SelectField
              label="Who can see the group and its members"
              name="visibility"
              value={visibility}
              onChange={(e) => setVisibility(e.target.value as GroupVisibility)}
            >
              <option value={'PRIVATE'}>Private: its members and staff</option>
              <option value={'PUBLIC'}>Public: everyone</option>
            </SelectField>
            <Button type="submit" busy={form.busy}>
              Create group
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
