// /admin/webhooks: admins add webhooks, see each one's delivery log (status, response, attempts) and redeliver.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { WebhookDeliveryStatus, WebhookEvent, WebhooksQuery } from '../../gql/graphql';
import { Message, useIntl, useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { TextField } from '../../ui/TextField';
import { DOT } from '../../ui/typography';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  WebhooksDocument,
} from './webhooks.documents';
import '../settings/settings.css';

// The events keep their codes beside the words: the receiving systems see the codes.
const EVENTS: { event: WebhookEvent; labelId: MessageId }[] = [
  { event: 'THREAD_CREATED', labelId: 'webhooks.event.threadCreated' },
  { event: 'ANSWER_POSTED', labelId: 'webhooks.event.answerPosted' },
  { event: 'OFFICIAL_ANSWER_POSTED', labelId: 'webhooks.event.officialAnswerPosted' },
  { event: 'ANSWER_ACCEPTED', labelId: 'webhooks.event.answerAccepted' },
  { event: 'THREAD_HIDDEN', labelId: 'webhooks.event.threadHidden' },
  { event: 'RATING_SUBMITTED', labelId: 'webhooks.event.ratingSubmitted' },
  { event: 'ACCOUNT_CREATED', labelId: 'webhooks.event.accountCreated' },
];

const STATUSES: Record<WebhookDeliveryStatus, MessageId> = {
  DELIVERED: 'webhooks.status.delivered',
  PENDING: 'webhooks.status.pending',
  DEAD: 'webhooks.status.dead',
};

/** In an empty table cell; the same in every language. */
const NONE = '—';

type Webhook = WebhooksQuery['webhooks'][number];
type Delivery = Webhook['deliveries']['edges'][number]['node'];

export function WebhooksPage() {
  const t = useT();
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
      <PageTitle>{t('webhooks.title')}</PageTitle>
      <h1>{t('webhooks.title')}</h1>
      <p className="muted">
        <Message id="webhooks.lead" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {secret ? (
        <SecretShownOnce secret={secret.secret} testId="webhook-secret">
          {t('webhooks.secretShownOnce', { url: secret.url })}
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
            {t('webhooks.new')}
          </h2>
          <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
            {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
            <TextField
              label={t('webhooks.url')}
              name="url"
              type="url"
              hint={t('webhooks.urlHint')}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              error={form.errors?.fields.url}
            />
            <TextField
              label={t('webhooks.description')}
              name="description"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={form.errors?.fields.description}
            />
            <CheckboxGroup
              legend={t('webhooks.events')}
              name="events"
              options={EVENTS.map(({ event, labelId }) => ({
                value: event,
                label: (
                  <Message
                    id="webhooks.eventOption"
                    values={{ label: t(labelId), code: <code>{event}</code> }}
                  />
                ),
              }))}
              value={events}
              onChange={setEvents}
              error={form.errors?.fields.events}
            />
            <div>
              <Button type="submit" busy={form.busy}>
                {t('webhooks.add')}
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
  const t = useT();
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
        {webhook.events.join(', ')}
        {DOT}
        <RelativeTime value={webhook.secretRotatedAt} labelId="webhooks.secretSet" />
      </p>
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      <p className="row-actions">
        <Button
          variant="secondary"
          onClick={() =>
            void run(async () => {
              if (!window.confirm(t('webhooks.confirmRotate'))) return;
              const r = await rotate({ variables: { input: { id: webhook.id } } });
              const made = r.data?.rotateWebhookSecret;
              if (made) onSecret({ url: made.webhook.url, secret: made.secret });
            })
          }
        >
          {t('webhooks.rotate')}
        </Button>
        <Button
          variant="quiet"
          onClick={() =>
            void run(async () => {
              if (window.confirm(t('webhooks.confirmDelete', { url: webhook.url })))
                await remove({ variables: { input: { id: webhook.id } } });
            })
          }
        >
          {t('webhooks.delete')}
        </Button>
      </p>
      <h3>{t('webhooks.recent')}</h3>
      {deliveries.length ? (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('webhooks.event')}</th>
              <th scope="col">{t('webhooks.status')}</th>
              <th scope="col">{t('webhooks.response')}</th>
              <th scope="col">{t('webhooks.attempts')}</th>
              <th scope="col">{t('webhooks.lastAttempt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('webhooks.actions')}</span>
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
        <p className="muted">{t('webhooks.nothingSent')}</p>
      )}
    </section>
  );
}

function DeliveryRow({ delivery: d, onRedeliver }: { delivery: Delivery; onRedeliver: () => void }) {
  const t = useT();
  const intl = useIntl();
  const history = d.attemptLog
    .map((a) =>
      t('webhooks.attemptLine', {
        time: intl.formatDate(a.attemptedAt, { dateStyle: 'medium', timeStyle: 'medium' }),
        result: a.responseStatus ?? a.error ?? NONE,
        duration: intl.formatNumber(a.durationMs, { style: 'unit', unit: 'millisecond' }),
      }),
    )
    .join('\n');
  return (
    <tr>
      <td>
        <code>{d.event}</code>
      </td>
      <td>
        <span className={`delivery-status delivery-status--${d.status.toLowerCase()}`}>
          {t(STATUSES[d.status])}
        </span>
        {d.nextAttemptAt && d.attempts > 0 ? (
          <span className="muted">
            {DOT}
            <RelativeTime value={d.nextAttemptAt} labelId="webhooks.retryAt" />
          </span>
        ) : null}
      </td>
      <td title={d.lastError ?? undefined}>
        {d.responseStatus ?? (d.lastError ? t('webhooks.noResponse') : NONE)}
      </td>
      <td title={history}>{d.attempts}</td>
      <td>{d.lastAttemptAt ? <RelativeTime value={d.lastAttemptAt} /> : NONE}</td>
      <td>
        <Button variant="quiet" onClick={onRedeliver}>
          {t('webhooks.redeliver')}
        </Button>
      </td>
    </tr>
  );
}
