// /admin/teams: care teams (where categories route new questions) and who is on them.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { AdminTeamsQuery } from '../../gql/graphql';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import {
  AddTeamMemberDocument,
  AdminTeamsDocument,
  CreateTeamDocument,
  PeopleDocument,
  RemoveTeamMemberDocument,
} from './admin.documents';

type Team = AdminTeamsQuery['teams'][number];
const refetch = { refetchQueries: [{ query: AdminTeamsDocument }], awaitRefetchQueries: true };

export function TeamsPage() {
  const t = useT();
  const { data, loading, error } = useQuery(AdminTeamsDocument);
  const [create] = useMutation(CreateTeamDocument, refetch);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<FormErrors | null>(null);
  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await create({ variables: { input: { name } } });
      setName('');
    } catch (err) {
      setProblem(toFormErrors(err));
    }
  };
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.teams.loadFailed')}</ErrorAlert>;
  return (
    <>
      <PageTitle>{t('admin.section.teams')}</PageTitle>
      <h1>{t('admin.section.teams')}</h1>
      <p className="muted">{t('admin.teams.lead')}</p>
      <div className="settings">
        {data.teams.length === 0 ? <p>{t('admin.teams.none')}</p> : null}
        {data.teams.map((team) => (
          <TeamPanel key={team.id} team={team} />
        ))}
        <section className="panel" aria-labelledby="new-team-title">
          <h2 id="new-team-title" className="panel__title">
            {t('admin.teams.new')}
          </h2>
          <form onSubmit={(e) => void onCreate(e)} className="form" noValidate>
            {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
            <TextField
              label={t('admin.teams.name')}
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={problem?.fields.name}
            />
            <div>
              <Button type="submit">{t('admin.teams.create')}</Button>
            </div>
          </form>
        </section>
      </div>
    </>
  );
}

function TeamPanel({ team }: { team: Team }) {
  const t = useT();
  const client = useApolloClient();
  const [add] = useMutation(AddTeamMemberDocument, refetch);
  const [remove] = useMutation(RemoveTeamMemberDocument, refetch);
  const [handle, setHandle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `team-${team.id}`;

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const wanted = handle.trim().replace(/^@/, '').toLowerCase();
    try {
      const { data } = await client.query({ query: PeopleDocument, variables: { query: wanted } });
      const person = data?.people.find(
        (p) => p.handle.toLowerCase() === wanted || p.email?.toLowerCase() === wanted,
      );
      if (!person) {
        setProblem(t('admin.teams.nobody', { wanted: handle.trim() }));
        return;
      }
      await add({ variables: { input: { teamId: team.id, accountId: person.id } } });
      setHandle('');
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        {team.name}
      </h2>
      {team.members.length ? (
        <ul>
          {team.members.map((m) => (
            <li key={m.id} className="row-actions">
              <span>
                <Message
                  id="admin.teams.member"
                  values={{
                    name: m.displayName,
                    handle: m.handle,
                    muted: (chunks) => <span className="muted">{chunks}</span>,
                  }}
                />
              </span>
              <Button
                variant="quiet"
                aria-label={t('admin.teams.removeFrom', { name: m.displayName, team: team.name })}
                onClick={() =>
                  void remove({ variables: { input: { teamId: team.id, accountId: m.id } } }).catch(
                    (err: unknown) => setProblem(toFormErrors(err).message),
                  )
                }
              >
                {t('admin.teams.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('admin.teams.noMembers')}</p>
      )}
      <form onSubmit={(e) => void onAdd(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
        <TextField
          label={t('admin.teams.addMember')}
          name="handle"
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('admin.teams.addTo', { team: team.name })}
          </Button>
        </div>
      </form>
    </section>
  );
}
