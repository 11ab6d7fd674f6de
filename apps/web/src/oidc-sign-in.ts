import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { api } from './api';

/** `GET /auth/config`: how this service signs people in. */
export interface SignInSettings {
  mode: 'dev' | 'oidc';
  issuer?: string;
  clientId?: string;
  scopes?: string;
  resource?: string;
  rolesClaim: string;
  teamClaim: string;
}

/** The page the identity provider sends people back to; register `<origin>/signed-in` as the redirect URI. */
export const CALLBACK_PATH = '/signed-in';
/** Where the provider sends people after signing out; register `<origin>/` as a post-logout redirect URI. */
const SIGNED_OUT_PATH = '/';
const ID_TOKEN_KEY = 'kinship.idToken';

let settingsOnce: Promise<SignInSettings> | undefined;

/** Asked once per page load: the settings do not change while the service runs. */
export function signInSettings(): Promise<SignInSettings> {
  settingsOnce ??= api<SignInSettings>('/auth/config').catch((err) => {
    settingsOnce = undefined;
    throw err;
  });
  return settingsOnce;
}

/**
 * The authorization code flow with PKCE (oidc-client-ts): the browser goes to the council's
 * identity provider and comes back to CALLBACK_PATH with a code, which is exchanged, with the PKCE
 * verifier, for the access token the API accepts. The state and verifier wait in sessionStorage
 * across the redirect; the provider's answer (tokens, profile) is kept only in memory, and the
 * access token alone is kept as the session (session.ts).
 */
function userManager(settings: SignInSettings): UserManager {
  if (!settings.issuer || !settings.clientId) throw new Error('This service has no sign-in client configured.');
  const resource = settings.resource ? { resource: settings.resource } : undefined;
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    response_type: 'code',
    scope: settings.scopes ?? 'openid',
    extraQueryParams: resource,
    extraTokenParams: resource,
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
  });
}

/** Leaves for the identity provider's sign-in page; `returnTo` is where the app opens afterwards. */
export async function startSignIn(settings: SignInSettings, returnTo: string): Promise<void> {
  await userManager(settings).signinRedirect({ state: { returnTo } });
}

let callbackOnce: { url: string; result: Promise<{ accessToken: string; returnTo: string }> } | undefined;

/**
 * Back from the provider: checks the state, exchanges the code, and gives the access token. Done
 * once per callback URL (the state is used up by the first exchange, and React may render twice).
 */
export function finishSignIn(settings: SignInSettings): Promise<{ accessToken: string; returnTo: string }> {
  const url = window.location.href;
  if (callbackOnce?.url !== url) {
    const result = userManager(settings)
      .signinRedirectCallback(url)
      .then((user) => {
        const returnTo = (user.state as { returnTo?: unknown } | undefined)?.returnTo;
        // Only a path of this app, never another site.
        const safe = typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//');
        // Kept for signing out at the provider (the hint names whose session to end).
        if (user.id_token) sessionStorage.setItem(ID_TOKEN_KEY, user.id_token);
        return { accessToken: user.access_token, returnTo: safe && returnTo !== CALLBACK_PATH ? returnTo : '/' };
      });
    callbackOnce = { url, result };
  }
  return callbackOnce.result;
}

/**
 * Ends the session at the identity provider too (RP-initiated logout), so the next person at this
 * browser must sign in with their own password. Resolves false, staying here, where there is no
 * provider to sign out of (dev mode, a pasted token without a client id, no end-session endpoint).
 */
export async function signOutAtProvider(): Promise<boolean> {
  const idToken = sessionStorage.getItem(ID_TOKEN_KEY) ?? undefined;
  sessionStorage.removeItem(ID_TOKEN_KEY);
  try {
    const settings = await signInSettings();
    if (settings.mode !== 'oidc' || !settings.clientId) return false;
    await userManager(settings).signoutRedirect({
      id_token_hint: idToken,
      post_logout_redirect_uri: `${window.location.origin}${SIGNED_OUT_PATH}`,
      extraQueryParams: {},
    });
    return true;
  } catch {
    return false;
  }
}
