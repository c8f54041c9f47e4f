// The desk's sign-in in AWS, Cognito's managed login (authorization code with PKCE, RFC 7636),
// against a stand-in for Cognito's /oauth2/authorize, /oauth2/token and /logout endpoints that
// checks what the desk sends: the S256 challenge matches the verifier, the state comes back, the
// tokens end up in memory only and the ID token is the bearer the API gets.
// Needs a running local stack for the desk's files: BROADSHEET_URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { base, useChromium } from './chromium.mjs';

const chromium = useChromium();
const authority = 'https://newsroom.auth.example';
const b64url = (data) => Buffer.from(data).toString('base64url');
const idToken = [b64url('{"alg":"none"}'), b64url(JSON.stringify({ sub: 'user-1', email: 'lin@example.com',
  'cognito:groups': ['reporter'] })), 'signature'].join('.');

test('Cognito managed login: code flow with PKCE, tokens in memory only, sign-out through Cognito', async () => {
  // The stand-in lives on another origin, which make run's CSP rightly refuses to connect to; the
  // deployed CSP names Cognito's domain (DeskContractTest), so this context leaves CSP out.
  const context = await chromium().newContext({ bypassCSP: true });
  const page = await context.newPage();
  const seen = {};
  await page.route(`${base}/desk/config.json`, (route) => route.fulfill({ json: { signIn: 'cognito', authority, clientId: 'desk-client' } }));
  await page.route(`${authority}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/oauth2/authorize') {
      seen.authorize = Object.fromEntries(url.searchParams);
      return route.fulfill({ status: 302, headers: { location: `${seen.authorize.redirect_uri}?code=the-code&state=${seen.authorize.state}` } });
    }
    if (url.pathname === '/oauth2/token') {
      seen.token = Object.fromEntries(new URLSearchParams(route.request().postData()));
      return route.fulfill({ headers: { 'access-control-allow-origin': base },
        json: { id_token: idToken, access_token: 'access', refresh_token: 'refresh', expires_in: 3600, token_type: 'Bearer' } });
    }
    seen.logout = Object.fromEntries(url.searchParams);
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>signed out</title>' });
  });
  await page.route(`${base}/api/articles**`, (route) => {
    seen.bearer = route.request().headers().authorization;
    return route.fulfill({ json: { items: [], nextCursor: null } });
  });

  await page.goto(`${base}/desk/`);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '稿件', exact: true }).waitFor();

  assert.equal(seen.authorize.response_type, 'code');
  assert.equal(seen.authorize.client_id, 'desk-client');
  assert.equal(seen.authorize.redirect_uri, `${base}/desk/`);
  assert.equal(seen.authorize.code_challenge_method, 'S256');
  assert.equal(seen.token.grant_type, 'authorization_code');
  assert.equal(seen.token.code, 'the-code');
  assert.equal(seen.token.redirect_uri, `${base}/desk/`);
  assert.ok(seen.token.code_verifier.length >= 43, 'RFC 7636: a verifier of 43 to 128 characters');
  assert.equal(createHash('sha256').update(seen.token.code_verifier).digest('base64url'), seen.authorize.code_challenge);
  assert.equal(seen.bearer, `Bearer ${idToken}`);
  assert.equal(new URL(page.url()).search, '', 'the code is gone from the address bar');
  assert.match(await page.locator('#who').textContent(), /lin@example\.com（记者）/);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  assert.equal(await page.getByRole('link', { name: '版面' }).count(), 0, 'the reporter group gets no editions');

  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(`${authority}/**`);
  assert.deepEqual(seen.logout, { client_id: 'desk-client', logout_uri: `${base}/desk/` });
  await context.close();
});

test('a callback whose state does not match is refused, and nobody is signed in', async () => {
  const context = await chromium().newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.route(`${base}/desk/config.json`, (route) => route.fulfill({ json: { signIn: 'cognito', authority, clientId: 'desk-client' } }));
  let tokenAsked = false;
  await page.route(`${authority}/**`, (route) => { tokenAsked = true; return route.abort(); });
  await page.goto(`${base}/desk/?code=stolen&state=forged`);
  await page.getByRole('button', { name: '登录', exact: true }).waitFor();
  assert.equal(tokenAsked, false, 'no code is exchanged without the state this browser sent');
  assert.match(await page.locator('#toast').textContent(), /登录请求已失效/);
  await context.close();
});
