// Routing a thread from the queue or the thread page: to yourself, a colleague or a team, or back to nobody.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { toFormErrors } from '../../app/errors';
import { useT } from '../../i18n/I18n';
import { AssignThreadDocument, RoutingChoicesDocument } from './care.documents';

export interface Routing {
  threadId: string;
  assigneeId: string | null;
  teamId: string | null;
}

/** One select: the value says who has it now; choosing another option routes the thread there. */
export function AssignControl({
  routing,
  meId,
  onAssigned,
}: {
  routing: Routing;
  meId: string | null;
  onAssigned?: () => void | Promise<unknown>;
}) {
  const t = useT();
  const id = useId();
  const { data } = useQuery(RoutingChoicesDocument);
  const [assign, { loading }] = useMutation(AssignThreadDocument);
  const [error, setError] = useState<string | null>(null);
  const current = routing.assigneeId
    ? `person:${routing.assigneeId}`
    : routing.teamId
      ? `team:${routing.teamId}`
      : '';

  async function route(value: string) {
    setError(null);
    const [kind, target] = value.split(':');
    // A person keeps the thread's team (the team still owns it); a team takes it from any one person.
    const input =
      kind === 'person'
        ? { threadId: routing.threadId, assigneeId: target, teamId: routing.teamId }
        : kind === 'team'
          ? { threadId: routing.threadId, assigneeId: null, teamId: target }
          : { threadId: routing.threadId, assigneeId: null, teamId: null };
    try {
      await assign({ variables: { input } });
      await onAssigned?.();
    } catch (e) {
      setError(toFormErrors(e).message);
    }
  }

  const people = data?.assignableStaff ?? [];
  return (
    <div className="assign-control">
      <label htmlFor={id} className="assign-control__label">
        {t('care.assign.label')}
      </label>
      <select
        id={id}
        className="field__input field__select assign-control__select"
        value={current}
        disabled={loading || !data}
        onChange={(e) => void route(e.target.value)}
      >
        <option value="">{t('care.assign.nobody')}</option>
        {meId ? <option value={`person:${meId}`}>{t('care.assign.me')}</option> : null}
        {people.length ? (
          <optgroup label={t('care.assign.colleagues')}>
            {people
              .filter((p) => p.id !== meId)
              .map((p) => (
                <option key={p.id} value={`person:${p.id}`}>
                  {p.jobTitle
                    ? t('care.assign.colleague', { name: p.displayName, jobTitle: p.jobTitle })
                    : p.displayName}
                </option>
              ))}
          </optgroup>
        ) : null}
        {data?.teams.length ? (
          <optgroup label={t('care.assign.teams')}>
            {data.teams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {team.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </div>
  );
}
