// Signing in. Under `make run` the page asks the local server for one of its two static tokens
// (POST /desk/local-sign-in, same-origin only). In AWS it is Cognito's managed login, the
// authorization code flow with PKCE (RFC 7636): the verifier and state wait in sessionStorage for
// the one redirect (they are useless without the code, which Cognito sends only to our callback),
// the tokens themselves stay in memory.
import { signIn, signOut, roleFromClaims, session } from './session.js';

let config = null;

/** The desk's config.json: {signIn: 'local'} or {signIn: 'cognito', authority, clientId}. */
export async function loadConfig() {
  if (!config) {
    const response = await fetch('config.json', { credentials: 'omit' });
    config = response.ok ? await response.json() : { signIn: 'unavailable' };
  }
  return config;
}

export async function signInLocally(role) {
  const response = await fetch('local-sign-in', { method: 'POST', body: role, credentials: 'omit' });
  if (!response.ok) throw new Error(`本地登录失败（${response.status}）`);
  const { token, subject } = await response.json();
  signIn({ token, role, subject, name: role === 'editor' ? '本地编辑' : '本地记者' });
}

const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const random = (n) => base64url(crypto.getRandomValues(new Uint8Array(n)));
const callback = () => new URL('./', location.href).href;

/** Sends the browser to Cognito's managed login. */
export async function startCognito() {
  const { authority, clientId } = await loadConfig();
  const verifier = random(48);
  const state = random(16);
  sessionStorage.setItem('desk.pkce', JSON.stringify({ verifier, state }));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL('/oauth2/authorize', authority);
  url.search = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: callback(),
    scope: 'openid email profile', state, code_challenge: challenge, code_challenge_method: 'S256' });
  location.assign(url.href);
}

/** Finishes the code flow when Cognito has sent the browser back with ?code=…&state=…; true if it did. */
export async function finishCognito() {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('desk.pkce') || 'null');
  sessionStorage.removeItem('desk.pkce');
  if (!params.has('code')) return false;
  history.replaceState(null, '', location.pathname + location.hash);
  if (!saved || saved.state !== params.get('state')) throw new Error('登录请求已失效，请重新登录');
  await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: callback(),
    code_verifier: saved.verifier });
  return true;
}

async function tokenRequest(form) {
  const { authority, clientId } = await loadConfig();
  const response = await fetch(new URL('/oauth2/token', authority), { method: 'POST', credentials: 'omit',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form, client_id: clientId }) });
  if (!response.ok) throw new Error(`登录失败（${response.status}）`);
  const tokens = await response.json();
  const refreshToken = tokens.refresh_token || session()?.refreshToken;
  const claims = JSON.parse(new TextDecoder().decode(
    Uint8Array.from(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
  const role = roleFromClaims(claims);
  if (!role) throw new Error('此账号尚未分配角色（editor 或 reporter），请联系编辑部管理员');
  // The API's JWT authorizer reads cognito:groups, which Cognito puts in the ID token.
  signIn({ token: tokens.id_token, role, subject: claims.sub, name: claims.name || claims.email || '', refreshToken,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    refresh: () => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }) });
}

/** Signs out of the desk, and in AWS of Cognito's managed login too. */
export async function signOutEverywhere() {
  const cfg = await loadConfig();
  signOut();
  if (cfg.signIn === 'cognito') {
    const url = new URL('/logout', cfg.authority);
    url.search = new URLSearchParams({ client_id: cfg.clientId, logout_uri: callback() });
    location.assign(url.href);
  }
}
