// Minor.Platform dev-idp: a real OpenID Provider (npm oidc-provider 9.x) that stands in for
// SURFconext and eduID in tests and local development. NOT for production use.
//
//   node etc/dev-idp/idp.js
//
// Settings (environment variables; see README.md):
//   IDP_PORT      port on 127.0.0.1 (default 4011; 0 = any free port, read it from the ready line)
//   IDP_ISSUER    issuer identifier (default http://127.0.0.1:<port>; must not contain a path)
//   IDP_FLAVOUR   surfconext (default) | eduid   (eduid releases no schac_home_organization)
//   IDP_CLIENTS   JSON array of client registrations (default: minor-platform / dev-secret)
//   IDP_ACCOUNTS  path to the accounts JSON file (default accounts.json next to this file)
//   IDP_KEY_FILE  file that keeps the signing key across restarts (default: a new key at every start)
//
// Stdout carries exactly one line, `dev-idp ready <issuer>`, once the provider is listening.
// Everything else (warnings, errors) goes to stderr.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// oidc-provider prints some notices with console.info (stdout). The fixture reads stdout for the
// ready line only, so every library message is sent to stderr instead.
console.info = (...args) => console.error(...args);
console.log = (...args) => console.error(...args);

const { default: Provider } = await import('oidc-provider');

const HERE = path.dirname(fileURLToPath(import.meta.url));

const LOA1 = 'http://test.surfconext.nl/assurance/loa1';
const LOA2 = 'http://test.surfconext.nl/assurance/loa2';
const LOA3 = 'http://test.surfconext.nl/assurance/loa3';

// How far in the past the id_token of an account with "id_token_expired": true lies.
const EXPIRED_ISSUED_AGO = 2 * 60 * 60; // iat: two hours ago
const EXPIRED_EXPIRED_AGO = 60 * 60; // exp: one hour ago

function fail(message) {
  process.stderr.write(`dev-idp: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

function readPort() {
  const raw = process.env.IDP_PORT;
  if (raw === undefined || raw === '') return 4011;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) fail(`IDP_PORT must be a port number, got "${raw}"`);
  return Number(raw);
}

function readFlavour() {
  const raw = (process.env.IDP_FLAVOUR || 'surfconext').trim().toLowerCase();
  if (raw === 'surfconext') return { id: 'surfconext', name: 'SURFconext', releasesSchac: true };
  if (raw === 'eduid') return { id: 'eduid', name: 'eduID', releasesSchac: false };
  return fail(`IDP_FLAVOUR must be "surfconext" or "eduid", got "${process.env.IDP_FLAVOUR}"`);
}

function defaultClients() {
  const hosts = ['localhost', '127.0.0.1'];
  return [{
    client_id: 'minor-platform',
    client_secret: 'dev-secret',
    redirect_uris: hosts.flatMap((h) => [`http://${h}:5000/signin-surfconext`, `http://${h}:5000/signin-eduid`]),
    post_logout_redirect_uris: hosts.map((h) => `http://${h}:5000/`),
  }];
}

function readClients() {
  const raw = process.env.IDP_CLIENTS;
  if (raw === undefined || raw.trim() === '') return defaultClients();
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    return fail(`IDP_CLIENTS is not valid JSON: ${err.message}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) fail('IDP_CLIENTS must be a non-empty JSON array');
  return parsed.map((c, i) => {
    if (!c || typeof c !== 'object') fail(`IDP_CLIENTS[${i}] must be an object`);
    if (typeof c.client_id !== 'string' || !c.client_id) fail(`IDP_CLIENTS[${i}].client_id is required`);
    if (typeof c.client_secret !== 'string' || !c.client_secret) fail(`IDP_CLIENTS[${i}].client_secret is required`);
    if (!Array.isArray(c.redirect_uris) || c.redirect_uris.length === 0) fail(`IDP_CLIENTS[${i}].redirect_uris is required`);
    return { post_logout_redirect_uris: [], ...c };
  });
}

function readAccounts() {
  const file = process.env.IDP_ACCOUNTS
    ? path.resolve(process.env.IDP_ACCOUNTS)
    : path.join(HERE, 'accounts.json');
  let list;
  try {
    list = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return fail(`cannot read accounts file ${file}: ${err.message}`);
  }
  if (!Array.isArray(list)) fail(`accounts file ${file} must hold a JSON array`);
  const bySub = new Map();
  const byEmail = new Map();
  list.forEach((a, i) => {
    if (!a || typeof a.sub !== 'string' || !a.sub) fail(`account #${i} in ${file} has no "sub"`);
    if (typeof a.email !== 'string' || !a.email) fail(`account #${i} in ${file} has no "email"`);
    const email = a.email.trim().toLowerCase();
    if (bySub.has(a.sub)) fail(`duplicate sub "${a.sub}" in ${file}`);
    if (byEmail.has(email)) fail(`duplicate email "${a.email}" in ${file}`);
    bySub.set(a.sub, a);
    byEmail.set(email, a);
  });
  return { bySub, byEmail, file };
}

const port = readPort();
const flavour = readFlavour();
const clients = readClients();
const accounts = readAccounts();

// ---------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------

function claimsOf(account) {
  const name = [account.given_name, account.family_name].filter(Boolean).join(' ');
  const claims = {
    sub: account.sub,
    email: account.email,
    email_verified: account.email_verified !== false,
    given_name: account.given_name,
    family_name: account.family_name,
    name: account.name || name || undefined,
    eduperson_affiliation: Array.isArray(account.eduperson_affiliation) ? account.eduperson_affiliation : [],
  };
  if (flavour.releasesSchac && account.schac_home_organization) {
    claims.schac_home_organization = account.schac_home_organization;
  }
  return claims;
}

const profileClaims = ['given_name', 'family_name', 'name', 'eduperson_affiliation'];
if (flavour.releasesSchac) profileClaims.splice(3, 0, 'schac_home_organization');

// ---------------------------------------------------------------------------------------------
// HTML (tiny, dependency-free)
// ---------------------------------------------------------------------------------------------

function esc(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;line-height:1.4}'
  + 'label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}'
  + 'button{margin-top:1.25rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a00;border:1px solid #a00;padding:.5rem}'
  + '.note{color:#555;font-size:.9rem}';

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function loginPage({ uid, email = '', error }) {
  const title = `Inloggen bij ${flavour.name} (testprovider)`;
  return page(title, `<h1>${esc(title)}</h1>
<p class="note">Testprovider voor Minor.Platform; elk niet-leeg wachtwoord is goed. / Test provider: any non-empty password is accepted.</p>
${error ? `<p class="error" role="alert" id="login-error">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">
<label for="email">E-mailadres / E-mail address</label>
<input id="email" name="email" type="email" required value="${esc(email)}"${error ? ' aria-describedby="login-error"' : ''} autofocus>
<label for="password">Wachtwoord / Password</label>
<input id="password" name="password" type="password" required>
<button type="submit">Inloggen</button>
</form>`);
}

function errorPage(title, details) {
  return page(title, `<h1>${esc(title)}</h1>
${Object.entries(details).filter(([, v]) => v).map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`).join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Provider
// ---------------------------------------------------------------------------------------------

// The signing key is new at every start, unless IDP_KEY_FILE names a file to keep it in: a real federation keeps its
// keys, so a provider stopped and started again by a test must too.
function loadSigningJwk() {
  const file = process.env.IDP_KEY_FILE;
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
  if (file) fs.writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

const signingJwk = loadSigningJwk();
const privateKey = crypto.createPrivateKey({ key: signingJwk, format: 'jwk' });

function makeConfiguration(actualPort) {
  const cookiePrefix = `dev_idp_${actualPort}`; // cookies are not port-isolated: keep two IdPs on one host apart
  return {
    clients,
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_basic', // v9 accepts client_secret_post for it as well
    },
    jwks: { keys: [signingJwk] },
    cookies: {
      keys: [crypto.randomBytes(32).toString('base64url')],
      names: {
        session: `${cookiePrefix}_session`,
        interaction: `${cookiePrefix}_interaction`,
        resume: `${cookiePrefix}_interaction_resume`,
      },
    },
    acrValues: [LOA1, LOA2, LOA3],
    claims: {
      acr: null,
      sid: null,
      auth_time: null,
      iss: null,
      openid: ['sub', 'acr'],
      profile: profileClaims,
      email: ['email', 'email_verified'],
    },
    scopes: ['openid', 'profile', 'email'],
    responseTypes: ['code'],
    conformIdTokenClaims: false,
    pkce: { required: () => true }, // v9 only implements S256
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          // One-button confirmation page. The form keeps oidc-provider's hidden xsrf input and
          // gets a hidden logout=yes, so posting the form's hidden inputs to its action signs out.
          const title = `Uitloggen bij ${flavour.name} (testprovider)`;
          const inner = form.replace('</form>',
            '<input type="hidden" name="logout" value="yes"/><button type="submit" autofocus>Uitloggen</button></form>');
          ctx.type = 'html';
          ctx.body = page(title, `<h1>${esc(title)}</h1>\n<p>Wil je uitloggen? / Do you want to sign out?</p>\n${inner}`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = page('Uitgelogd', `<h1>Uitgelogd / Signed out</h1>\n<p>Je bent uitgelogd bij ${esc(flavour.name)} (testprovider).</p>`);
        },
      },
    },
    interactions: {
      url: (ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(ctx, sub) {
      const account = accounts.bySub.get(sub);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        async claims() {
          return claimsOf(account);
        },
      };
    },
    // Automatic consent: every requested OpenID scope/claim is granted (first-party test client).
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (grant && (grant.accountId !== oidc.session.accountId || grant.clientId !== oidc.client.clientId)) {
        grant = undefined;
      }
      grant ||= new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      const scopes = [...oidc.requestParamOIDCScopes];
      if (scopes.length) grant.addOIDCScope(scopes.join(' '));
      const requestedClaims = [...oidc.requestParamClaims];
      if (requestedClaims.length) grant.addOIDCClaims(requestedClaims);
      await grant.save();
      return grant;
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage('Er ging iets mis / Something went wrong', out);
    },
    clientBasedCORS: () => false,
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      ClientCredentials: 10 * 60,
      DeviceCode: 10 * 60,
      BackchannelAuthenticationRequest: 10 * 60,
      PreAuthorizedCode: 10 * 60,
      Grant: 8 * 60 * 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      RefreshToken: 24 * 60 * 60,
      Session: 8 * 60 * 60,
    },
  };
}

// Re-issues (re-signs with the provider's own key) the id_token of accounts marked
// "id_token_expired": oidc-provider only accepts positive TTLs, so it cannot issue an
// already-expired id_token by itself.
function expireIdToken(idToken) {
  const [h, p] = idToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  const account = accounts.bySub.get(payload.sub);
  if (!account?.id_token_expired) return idToken;
  if (header.alg !== 'RS256' || header.kid !== signingJwk.kid) {
    process.stderr.write(`dev-idp: cannot expire id_token signed with ${header.alg}; left as issued\n`);
    return idToken;
  }
  const now = Math.floor(Date.now() / 1000);
  payload.iat = now - EXPIRED_ISSUED_AGO;
  payload.exp = now - EXPIRED_EXPIRED_AGO;
  if (typeof payload.auth_time === 'number') payload.auth_time = Math.min(payload.auth_time, payload.iat);
  const signingInput = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const signature = crypto.sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

function createProvider(issuer, actualPort) {
  const provider = new Provider(issuer, makeConfiguration(actualPort));

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'token' && ctx.status === 200 && ctx.body && typeof ctx.body.id_token === 'string') {
      ctx.body = { ...ctx.body, id_token: expireIdToken(ctx.body.id_token) };
    }
  });

  provider.on('server_error', (ctx, err) => {
    process.stderr.write(`dev-idp: server_error ${ctx?.method} ${ctx?.path}: ${err?.stack || err}\n`);
  });
  for (const event of ['authorization.error', 'grant.error', 'end_session.error', 'userinfo.error',
    'discovery.error', 'jwks.error', 'introspection.error', 'revocation.error']) {
    provider.on(event, (ctx, err) => {
      const detail = err?.error_detail ? ` (${err.error_detail})` : '';
      process.stderr.write(`dev-idp: ${event} ${ctx?.method} ${ctx?.path}: ${err?.message}${err?.error_description ? `: ${err.error_description}` : ''}${detail}\n`);
    });
  }
  return provider;
}

// ---------------------------------------------------------------------------------------------
// Interactions (login page; consent is automatic)
// ---------------------------------------------------------------------------------------------

function sendHtml(res, status, html) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 64 * 1024) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

async function finishConsent(provider, req, res, details) {
  // Only reached when the client explicitly asks for prompt=consent; grant what is asked for.
  const grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const g = grant || new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const { missingOIDCScope, missingOIDCClaims } = details.prompt.details;
  if (missingOIDCScope) g.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims) g.addOIDCClaims(missingOIDCClaims);
  if (!missingOIDCScope && typeof details.params.scope === 'string') g.addOIDCScope(details.params.scope);
  const grantId = await g.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function handleInteraction(provider, req, res, url) {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?\/?$/.exec(url.pathname);
  if (!match) return sendHtml(res, 404, errorPage('Niet gevonden / Not found', {}));
  const [, uid, login] = match;

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (err) {
    return sendHtml(res, 400, errorPage('Inlogsessie verlopen of onbekend / Login session expired or unknown', {
      error: err.name, error_description: err.error_description || err.message,
    }));
  }
  if (details.uid !== uid) {
    return sendHtml(res, 400, errorPage('Inlogsessie klopt niet / Login session mismatch', {}));
  }

  if (details.prompt.name === 'consent') {
    return finishConsent(provider, req, res, details);
  }
  if (details.prompt.name !== 'login') {
    return sendHtml(res, 400, errorPage('Onbekende interactie / Unknown interaction', { prompt: details.prompt.name }));
  }

  if (req.method === 'GET' && !login) {
    return sendHtml(res, 200, loginPage({ uid, email: details.params.login_hint || '' }));
  }
  if (req.method !== 'POST' || !login) {
    res.setHeader('Allow', login ? 'POST' : 'GET');
    return sendHtml(res, 405, errorPage('Methode niet toegestaan / Method not allowed', {}));
  }

  const form = await readForm(req);
  const email = (form.get('email') || '').trim();
  const password = form.get('password') || '';
  const account = accounts.byEmail.get(email.toLowerCase());
  if (!account) {
    return sendHtml(res, 200, loginPage({ uid, email, error: 'Onbekend e-mailadres. / Unknown e-mail address.' }));
  }
  if (!password) {
    return sendHtml(res, 200, loginPage({ uid, email, error: 'Vul een wachtwoord in. / Enter a password.' }));
  }

  return provider.interactionFinished(req, res, {
    login: {
      accountId: account.sub,
      acr: account.acr || LOA1,
      amr: ['pwd'],
      remember: true,
    },
  }, { mergeWithLastSubmission: false });
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

let handleRequest = null;
const server = http.createServer((req, res) => {
  if (handleRequest) {
    handleRequest(req, res);
  } else {
    res.statusCode = 503;
    res.end('dev-idp is starting\n');
  }
});
server.on('error', (err) => fail(`cannot listen on 127.0.0.1:${port}: ${err.message}`));

server.listen(port, '127.0.0.1', async () => {
  const actualPort = server.address().port;
  const issuer = (process.env.IDP_ISSUER || `http://127.0.0.1:${actualPort}`).replace(/\/+$/, '');
  let parsedIssuer;
  try {
    parsedIssuer = new URL(issuer);
  } catch {
    fail(`IDP_ISSUER is not a URL: "${issuer}"`);
  }
  if (parsedIssuer.pathname !== '/' && parsedIssuer.pathname !== '') {
    fail(`IDP_ISSUER must not contain a path (run one process per provider): "${issuer}"`);
  }

  let provider;
  try {
    provider = createProvider(issuer, actualPort);
    for (const c of clients) await provider.Client.find(c.client_id); // validates the metadata now
  } catch (err) {
    fail(`invalid configuration: ${err.message}${err.error_description ? `: ${err.error_description}` : ''}`);
  }

  const callback = provider.callback();
  handleRequest = (req, res) => {
    const url = new URL(req.url, issuer);
    if (url.pathname.startsWith('/interaction/')) {
      handleInteraction(provider, req, res, url).catch((err) => {
        process.stderr.write(`dev-idp: interaction error ${req.method} ${url.pathname}: ${err?.stack || err}\n`);
        if (!res.headersSent) sendHtml(res, 500, errorPage('Er ging iets mis / Something went wrong', { error: err.message }));
        else res.end();
      });
      return;
    }
    callback(req, res);
  };

  process.stdout.write(`dev-idp ready ${issuer}\n`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
  process.stderr.write(`dev-idp: ${signal} received, stopping\n`);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('uncaughtException', (err) => fail(`uncaught exception: ${err?.stack || err}`));
process.on('unhandledRejection', (err) => fail(`unhandled rejection: ${err?.stack || err}`));
