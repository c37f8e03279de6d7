import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account, type InteractionResults } from 'oidc-provider';

/** A fictional person known to the test identity provider. */
export interface IdpAccount {
  email?: string;
  /** Omitted: the claim is not sent at all. */
  emailVerified?: boolean;
}

export interface TestIdp {
  /** http://127.0.0.1:<port>, the issuer to configure in Keten. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Plays the user's browser at the provider: follows the authorisation URL Keten redirected to,
   * logs in as `account` with the given authentication methods (`amr`), grants consent, and returns
   * the URL the provider sends the browser back to (Keten's callback with code, state and iss).
   */
  authorize(authorizationUrl: string, login: { account: string; amr: string[] }): Promise<URL>;
  /** Errors the provider reported (server_error events), so a test can show why a step failed. */
  errors: unknown[];
  close(): Promise<void>;
}

/** Provider state in memory, one store per test provider (oidc-provider's adapter interface). */
function memoryAdapter(): new (name: string) => object {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  const live = (key: string): Record<string, unknown> | undefined => {
    const entry = store.get(key);
    if (!entry || entry.expiresAt < Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class MemoryAdapter {
    constructor(private readonly name: string) {}
    private key(id: string): string {
      return `${this.name}:${id}`;
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn: number): Promise<void> {
      store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string): Promise<Record<string, unknown> | undefined> {
      return live(this.key(id));
    }
    async findByUid(uid: string): Promise<Record<string, unknown> | undefined> {
      for (const [key, { payload }] of store) {
        if (key.startsWith(`${this.name}:`) && payload.uid === uid) {
          return live(key);
        }
      }
      return undefined;
    }
    async findByUserCode(userCode: string): Promise<Record<string, unknown> | undefined> {
      for (const [key, { payload }] of store) {
        if (key.startsWith(`${this.name}:`) && payload.userCode === userCode) {
          return live(key);
        }
      }
      return undefined;
    }
    async consume(id: string): Promise<void> {
      const payload = live(this.key(id));
      if (payload) {
        payload.consumed = Math.floor(Date.now() / 1000);
      }
    }
    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, { payload }] of store) {
        if (payload.grantId === grantId) {
          store.delete(key);
        }
      }
    }
  };
}

/** Cookies of one simulated browser session at the provider (path and expiry are ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A real OpenID Connect provider (oidc-provider 8.8) on a free loopback port, over http (Keten
 * must run with KETEN_OIDC_ALLOW_HTTP=true to talk to it). One confidential client whose only
 * redirect URI is Keten's callback; PKCE (S256) is required for every client. The login and
 * consent pages are a minimal programmatic stand-in: POST /interaction/:uid/login with
 * `account` and `amr` (comma-separated), POST /interaction/:uid/confirm.
 */
export async function startTestIdp(options: { redirectUri: string; accounts: Record<string, IdpAccount> }): Promise<TestIdp> {
  const clientId = 'keten-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
  const errors: unknown[] = [];

  let provider: Provider | null = null;
  const server: Server = createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const p = provider;
    if (req.url?.startsWith('/interaction/')) {
      handleInteraction(p, req, res).catch((err: unknown) => {
        errors.push(err);
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    p.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { methods: ['S256'], required: () => true },
    findAccount: (_ctx: unknown, id: string): Account | undefined => {
      const account = options.accounts[id];
      if (!account) {
        return undefined;
      }
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          ...(account.email === undefined ? {} : { email: account.email }),
          ...(account.emailVerified === undefined ? {} : { email_verified: account.emailVerified }),
        }),
      };
    },
    // Like most enterprise providers, put `amr` (the methods of the interaction result) in every ID
    // token; oidc-provider otherwise sends it only when asked through the claims parameter.
    claims: { acr: null, sid: null, auth_time: null, iss: null, openid: ['sub', 'amr'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    jwks: { keys: [jwk] },
    adapter: memoryAdapter(),
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
  });
  provider.on('server_error', (_ctx: unknown, err: unknown) => {
    errors.push(err);
  });

  async function handleInteraction(p: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await p.interactionDetails(req, res);
    const action = (req.url ?? '').split('?')[0]?.split('/')[3];
    if (req.method === 'GET') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ uid: details.uid, prompt: details.prompt.name }));
      return;
    }
    const form = await readForm(req);
    let result: InteractionResults;
    if (action === 'login' && details.prompt.name === 'login') {
      const amr = (form.get('amr') ?? '').split(',').filter(Boolean);
      result = { login: { accountId: form.get('account') ?? '', amr, remember: false } };
    } else if (action === 'confirm' && details.prompt.name === 'consent') {
      const accountId = details.session?.accountId ?? '';
      const grant = details.grantId ? await p.Grant.find(details.grantId) : new p.Grant({ accountId, clientId });
      if (!grant) {
        throw new Error('grant not found');
      }
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) {
        grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      }
      if (missing.missingOIDCClaims) {
        grant.addOIDCClaims(missing.missingOIDCClaims);
      }
      result = { consent: { grantId: await grant.save() } };
    } else {
      res.statusCode = 400;
      res.end(`unexpected ${action ?? ''} for prompt ${details.prompt.name}`);
      return;
    }
    await p.interactionFinished(req, res, result, { mergeWithLastSubmission: action !== 'login' });
  }

  async function authorize(authorizationUrl: string, login: { account: string; amr: string[] }): Promise<URL> {
    const jar = new CookieJar();
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 12; hop++) {
      if (url.href.startsWith(`${options.redirectUri}?`)) {
        return url;
      }
      if (url.origin !== issuer) {
        throw new Error(`the provider sent the browser to an unexpected place: ${url.origin}${url.pathname}`);
      }
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(res);
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location') ?? '', url);
        continue;
      }
      if (res.status !== 200 || !url.pathname.startsWith('/interaction/')) {
        throw new Error(`provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
      }
      const { uid, prompt } = (await res.json()) as { uid: string; prompt: string };
      const submit = prompt === 'login' ? 'login' : 'confirm';
      const body = prompt === 'login' ? new URLSearchParams({ account: login.account, amr: login.amr.join(',') }) : new URLSearchParams();
      const done = await fetch(new URL(`/interaction/${uid}/${submit}`, issuer), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      jar.store(done);
      if (done.status !== 303) {
        throw new Error(`interaction ${submit} answered ${done.status}: ${await done.text()}`);
      }
      url = new URL(done.headers.get('location') ?? '', issuer);
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    authorize,
    errors,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
