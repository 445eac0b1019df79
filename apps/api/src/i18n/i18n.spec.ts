// The interface language of a request (account, visitor's choice, Accept-Language, community default) and the
// server's words in it: error messages keep their code and read in the person's language; pages carry <html lang>.
// The page checks need the built web app (dist/web and dist/web-ssr), as `npm test` builds before Jest.
import { randomUUID } from 'node:crypto';
import { askQuestion, createAccount, createTestApp, graphqlClient, TestApp } from '@community/testing';
import { negotiateLocale } from './locales';
import { translate, msg } from './translate';

describe('negotiateLocale', () => {
  it.each([
    ['ru-RU,ru;q=0.9,en-US;q=0.8', 'ru'],
    ['sl', 'sl'],
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['de-DE,sl;q=0.5,en;q=0.7', 'en'],
    ['de, fr;q=0.5', null],
    ['en;q=0, ru;q=0.1', 'ru'],
    ['', null],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('server messages', () => {
  it('word plurals by each language’s rules', () => {
    const wait = (seconds: number, locale: 'en' | 'ru' | 'sl' | 'zh-CN') =>
      translate(
        locale,
        msg('errors.rateLimited.seconds', { action: msg('errors.rateAction.votesPerAccount'), seconds }),
      );
    expect(wait(1, 'en')).toBe('Too many votes in a minute. Try again in 1 second.');
    expect(wait(3, 'ru')).toContain('через 3 секунды');
    expect(wait(5, 'ru')).toContain('через 5 секунд');
    expect(wait(21, 'ru')).toContain('через 21 секунду');
    expect(wait(2, 'sl')).toContain('čez 2 sekundi');
    expect(wait(3, 'sl')).toContain('čez 3 sekunde');
    expect(wait(5, 'sl')).toContain('čez 5 sekund');
    expect(wait(5, 'zh-CN')).toContain('5 秒');
  });
});

describe('the request’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ searchIndexer: 'off' });
  });
  afterAll(() => t.close());

  interface ErrorBody {
    errors: { message: string; extensions: { code: string; fields: { field: string; message: string }[] } }[];
  }
  const post = async (query: string, headers: Record<string, string> = {}): Promise<ErrorBody> =>
    (await (
      await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      })
    ).json()) as ErrorBody;

  it('words an error by Accept-Language and keeps its code', async () => {
    const query = 'mutation { setLocale(locale: "xx") }';
    const en = await post(query);
    const ru = await post(query, { 'accept-language': 'ru-RU,ru;q=0.9' });
    const zh = await post(query, { 'accept-language': 'zh-CN' });
    expect(en.errors[0].message).toBe('Choose one of the languages offered: en, ru, sl, zh-CN.');
    expect(ru.errors[0].message).toBe('Выберите один из предложенных языков: en, ru, sl, zh-CN.');
    expect(zh.errors[0].message).toBe('请从提供的语言中选择一种：en, ru, sl, zh-CN。');
    for (const body of [en, ru, zh]) {
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].extensions.fields[0].field).toBe('locale');
    }
    expect(ru.errors[0].extensions.fields[0].message).toBe(ru.errors[0].message);
  });

  it('words a validation error, a refusal and a rate limit in Russian, keeping their codes', async () => {
    const ru = { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' };
    // A validation decorator's message (class-validator), field by field.
    const signUp = `mutation { signUp(input: { email: "nope", handle: "ok_handle", displayName: "Ok",
      password: "long enough password" }) { id } }`;
    const invalid = await post(signUp, ru);
    expect(invalid.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors[0].extensions.fields[0]).toEqual({
      field: 'email',
      message: 'Укажите действительный адрес электронной почты, например name@example.com.',
    });
    expect((await post(signUp)).errors[0].message).toBe(
      'Email must be a valid address, like name@example.com.',
    );

    // The guardian's refusal of a member.
    const member = await createAccount(t);
    const create = 'mutation { createCategory(input: { name: "Billing", slug: "billing-ru" }) { id } }';
    const refused = await post(create, { ...ru, cookie: member.client.cookie });
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors[0].message).toBe('Управлять категориями могут только администраторы.');

    // A rate limit: five failed sign-ins for one email from one network, then a wait in minutes.
    const signIn = `mutation { signIn(input: { email: "${member.email}", password: "wrong password" }) { id } }`;
    const network = { ...ru, 'x-forwarded-for': '10.77.0.1' };
    for (let i = 0; i < 5; i++) {
      expect((await post(signIn, network)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await post(signIn, network);
    expect(limited.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.errors[0].message).toMatch(
      /^Слишком много неудачных попыток входа с этим адресом почты\. Повторите через 15 минут\.$/,
    );
  });

  it('words errors in the account’s language over the browser’s', async () => {
    const member = await createAccount(t);
    await member.client.ok('mutation { setLocale(locale: "ru") }');
    const create = 'mutation { createCategory(input: { name: "Billing", slug: "billing-acct" }) { id } }';
    // Another browser signed in to the same account, asking for English.
    const other = graphqlClient(t.baseUrl);
    await other.ok(
      `mutation { signIn(input: { email: "${member.email}", password: "${member.password}" }) { id } }`,
    );
    const refused = await post(create, { cookie: other.cookie, 'accept-language': 'en' });
    expect(refused.errors[0].message).toBe('Управлять категориями могут только администраторы.');
    const wrongTitle = await post(
      `mutation { createThread(input: { kind: QUESTION, title: "short", body: "A body.", categoryId: "${randomUUID()}" }) { id } }`,
      { cookie: other.cookie, 'accept-language': 'en' },
    );
    expect(wrongTitle.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongTitle.errors[0].extensions.fields.map((f) => f.message)).toContain(
      'Заголовок должен содержать от 10 до 150 символов (китайские, японские и корейские иероглифы считаются за два).',
    );
  });

  it('words the reasons published in `can` in the reader’s language', async () => {
    const asker = await createAccount(t);
    const id = await askQuestion(t, asker);
    const reason = async (language: string) => {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ query: `{ thread(id: "${id}") { can { vote { allowed reason } } } }` }),
      });
      const body = (await res.json()) as { data: { thread: { can: { vote: { reason: string } } } } };
      return body.data.thread.can.vote.reason;
    };
    expect(await reason('en')).toBe('Sign in to vote.');
    expect(await reason('ru')).toBe('Войдите, чтобы голосовать.');
    expect(await reason('sl')).toBe('Za glasovanje se prijavite.');
    expect(await reason('zh-CN')).toBe('登录后即可投票。');
  });

  it('keeps a signed-in person’s choice on the account, over the browser’s language', async () => {
    const account = await createAccount(t);
    expect(await account.client.ok('mutation { setLocale(locale: "sl") }')).toEqual({ setLocale: 'sl' });
    expect(await account.client.ok('{ me { locale } }')).toEqual({ me: { locale: 'sl' } });
    // Another browser (no locale cookie) signed in to the same account, saying it prefers Russian.
    const other = graphqlClient(t.baseUrl);
    await other.ok(
      `mutation { signIn(input: { email: "${account.email}", password: "${account.password}" }) { id } }`,
    );
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: other.cookie, 'accept-language': 'ru' },
      body: JSON.stringify({ query: 'mutation { setLocale(locale: "xx") }' }),
    });
    expect(((await res.json()) as ErrorBody).errors[0].message).toBe(
      'Izberite enega od ponujenih jezikov: en, ru, sl, zh-CN.',
    );
    expect(await account.client.ok('mutation { setLocale(locale: null) }')).toEqual({ setLocale: 'en' });
    expect(await account.client.ok('{ me { locale } }')).toEqual({ me: { locale: null } });
  });

  it('sets <html lang> from the account, the visitor’s cookie, Accept-Language, else the default', async () => {
    const lang = async (headers: Record<string, string>, path = '/') => {
      const page = await (
        await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html', ...headers } })
      ).text();
      return /<html[^>]*\blang="([^"]+)"/.exec(page)?.[1];
    };
    expect(await lang({})).toBe('en');
    expect(await lang({ 'accept-language': 'ru-RU,ru;q=0.9' })).toBe('ru');
    expect(await lang({ 'accept-language': 'sl' })).toBe('sl');
    expect(await lang({ 'accept-language': 'zh-CN,zh;q=0.9' })).toBe('zh-CN');
    expect(await lang({ 'accept-language': 'sl', cookie: 'locale=ru' })).toBe('ru');
    // A page rendered only in the browser (sign-in) says its language too.
    expect(await lang({ 'accept-language': 'zh-CN' }, '/signin')).toBe('zh-CN');
    const account = await createAccount(t);
    await account.client.ok('mutation { setLocale(locale: "zh-CN") }');
    // The account's choice wins over this browser's cookie and language.
    const cookie = account.client.cookie.replace(/locale=[^;]+/, 'locale=ru');
    expect(cookie).toContain('community_session=');
    expect(await lang({ 'accept-language': 'ru', cookie })).toBe('zh-CN');
  });

  it('falls back to the community default an admin sets in the site settings', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const page = async () =>
      (await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html', 'accept-language': 'de-DE' } })).text();
    expect(await page()).toMatch(/<html[^>]*lang="en"/);
    await admin.client.ok(
      'mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { defaultLocale } }',
      { i: { defaultLocale: 'sl' } },
    );
    expect(await page()).toMatch(/<html[^>]*lang="sl"/);
    await admin.client.ok(
      'mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { defaultLocale } }',
      { i: { defaultLocale: 'en' } },
    );
  });

  it('renders the page in the chosen language and does not mix languages in the guest page cache', async () => {
    const page = async (language: string) =>
      (
        await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html', 'accept-language': language } })
      ).text();
    expect(await page('en')).toContain('>Sign in<');
    expect(await page('ru')).toContain('>Войти<');
    expect(await page('en')).toContain('>Sign in<');
    const res = await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
  });
});
