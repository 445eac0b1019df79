// /admin/webhooks: admins add webhooks, see each one's delivery log (status, response, attempts) and redeliver.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { WebhookEvent, WebhooksQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  WebhooksDocument,
} from './webhooks.documents';
import '../settings/settings.css';

const EVENTS: { event: WebhookEvent; label: string }[] = [
  { event: 'THREAD_CREATED', label: 'A thread is created' },
  { event: 'ANSWER_POSTED', label: 'An answer is posted' },
  { event: 'OFFICIAL_ANSWER_POSTED', label: 'An official answer is posted' },
  { event: 'ANSWER_ACCEPTED', label: 'An answer is accepted' },
  { event: 'THREAD_HIDDEN', label: 'A moderator hides a thread' },
  { event: 'RATING_SUBMITTED', label: 'An asker rates the help' },
  { event: 'ACCOUNT_CREATED', label: 'An account is created' },
];

type Webhook = WebhooksQuery['webhooks'][number];
type Delivery = Webhook['deliveries']['edges'][number]['node'];

export function WebhooksPage() {
  const { data, error, refetch } = useQuery(WebhooksDocument);
  const refetchAfter = { refetchQueries: [{ query: WebhooksDocument }], awaitRefetchQueries: true };
  const [create] = useMutation(CreateWebhookDocument, refetchAfter);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['THREAD_CREATED']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const form = useFormSubmit(async () => {
    const result = await create({ variables: { input: { url, events, description } } });
    const made = result.data?.createWebhook;
    if (made) setSecret({ url: made.webhook.url, secret: made.secret });
    setUrl('');
    setDescription('');
  });

  return (
    <>
      <PageTitle>Webhooks</PageTitle>
      <h1>Webhooks</h1>
      <p className="muted">
        Community events are POSTed as JSON to your systems (a CRM, a help desk), signed with each webhook’s
        secret in the <code>Community-Signature</code> header. Failed deliveries are retried with back-off.
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {secret ? (
        <SecretShownOnce secret={secret.secret} testId="webhook-secret">
          Signing secret for {secret.url} — copy it now; it will not be shown again:
        </SecretShownOnce>
      ) : null}
      <div className="settings">
        {data?.webhooks.map((webhook) => (
          <WebhookPanel
            key={webhook.id}
            webhook={webhook}
            onSecret={setSecret}
            onChange={() => void refetch()}
          />
        ))}
        <section className="panel" aria-labelledby="new-webhook-title">
          <h2 id="new-webhook-title" className="panel__title">
            New webhook
          </h2>
          <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
            {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
            <TextField
              label="URL"
              name="url"
              type="url"
              hint="A public https:// address."
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              error={form.errors?.fields.url}
            />
            <TextField
              label="Description"
              name="description"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={form.errors?.fields.description}
            />
            <CheckboxGroup
              legend="Events"
              name="events"
              options={EVENTS.map(({ event, label }) => ({
                value: event,
                label: (
                  <>
                    {label} <code>{event}</code>
                  </>
                ),
              }))}
              value={events}
              onChange={setEvents}
              error={form.errors?.fields.events}
            />
            <div>
              <Button type="submit" busy={form.busy}>
                Add webhook
              </Button>
            </div>
          </form>
        </section>
      </div>
    </>
  );
}

function WebhookPanel({
  webhook,
  onSecret,
  onChange,
}: {
  webhook: Webhook;
  onSecret: (s: { url: string; secret: string }) => void;
  onChange: () => void;
}) {
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [remove] = useMutation(DeleteWebhookDocument);
  const [redeliver] = useMutation(RedeliverWebhookDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      onChange();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const deliveries = webhook.deliveries.edges.map((e) => e.node);
  const titleId = `webhook-${webhook.id}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        {webhook.url}
      </h2>
      {webhook.description ? <p>{webhook.description}</p> : null}
      <p className="muted">
        {webhook.events.join(', ')} · secret set <RelativeTime value={webhook.secretRotatedAt} />
      </p>
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      <p>
        <Button
          variant="secondary"
          onClick={() =>
            void run(async () => {
              if (!window.confirm('Rotate the secret? The old one stops verifying at once.')) return;
              const r = await rotate({ variables: { input: { id: webhook.id } } });
              const made = r.data?.rotateWebhookSecret;
              if (made) onSecret({ url: made.webhook.url, secret: made.secret });
            })
          }
        >
          Rotate secret
        </Button>{' '}
        <Button
          variant="quiet"
          onClick={() =>
            void run(async () => {
              if (window.confirm(`Delete the webhook to ${webhook.url}? Pending deliveries are dropped.`))
                await remove({ variables: { input: { id: webhook.id } } });
            })
          }
        >
          Delete
        </Button>
      </p>
      <h3>Recent deliveries</h3>
      {deliveries.length ? (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Response</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last attempt</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <DeliveryRow
                key={d.id}
                delivery={d}
                onRedeliver={() => void run(() => redeliver({ variables: { input: { deliveryId: d.id } } }))}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Nothing sent yet.</p>
      )}
    </section>
  );
}

function DeliveryRow({ delivery: d, onRedeliver }: { delivery: Delivery; onRedeliver: () => void }) {
  const history = d.attemptLog
    .map(
      (a) =>
        `${new Date(a.attemptedAt).toLocaleString()}: ${a.responseStatus ?? a.error ?? '—'} (${a.durationMs} ms)`,
    )
    .join('\n');
  return (
    <tr>
      <td>
        <code>{d.event}</code>
      </td>
      <td>
        <span className={`delivery-status delivery-status--${d.status.toLowerCase()}`}>{d.status}</span>
        {d.nextAttemptAt && d.attempts > 0 ? (
          <span className="muted">
            {' '}
            · retry <RelativeTime value={d.nextAttemptAt} />
          </span>
        ) : null}
      </td>
      <td title={d.lastError ?? undefined}>{d.responseStatus ?? (d.lastError ? 'no response' : '—')}</td>
      <td title={history}>{d.attempts}</td>
      <td>{d.lastAttemptAt ? <RelativeTime value={d.lastAttemptAt} /> : '—'}</td>
      <td>
        <Button variant="quiet" onClick={onRedeliver}>
          Redeliver
        </Button>
      </td>
    </tr>
  );
}
