// A real OpenID provider (oidc-provider) for tests, run as its own process (it is ESM-only):
// `node oidc-provider.mjs <port> <client_id> <client_secret> <redirect_uri>`; prints "ready <issuer>".
// Interactions finish on their own, signing in as the person last posted to /__test/next-login.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const people = new Map();
let next = null;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
  findAccount: (_ctx, id) =>
    people.has(id) ? { accountId: id, claims: () => ({ sub: id, ...people.get(id) }) } : undefined,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
});
provider.on('server_error', (_ctx, e) => console.error('provider error', e));

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    if (!next) throw new Error('No test login set (POST /__test/next-login first).');
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: next } },
      { mergeWithLastSubmission: false },
    );
  }
  const grant = new provider.Grant({
    accountId: details.session.accountId,
    clientId: details.params.client_id,
  });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
createServer((req, res) => {
  if (req.url === '/__test/next-login' && req.method === 'POST') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const person = JSON.parse(body);
      people.set(person.sub, person);
      next = person.sub;
      res.end('ok');
    });
    return;
  }
  if (req.url?.startsWith('/interaction/')) {
    interaction(req, res).catch((e) => {
      res.statusCode = 500;
      res.end(String(e));
    });
    return;
  }
  callback(req, res);
}).listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
