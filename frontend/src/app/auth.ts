import Keycloak from 'keycloak-js';
import type { AppConfig } from './config';

// Keycloak login (authorization code + PKCE S256). The token is refreshed shortly before it
// expires, both on a timer (onTokenExpired) and before every API call (getAccessToken).
let keycloak: Keycloak | null = null;

const MIN_VALIDITY_SECONDS = 30;

export async function initAuth(config: AppConfig): Promise<Keycloak> {
  const kc = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  kc.onTokenExpired = () => {
    kc.updateToken(MIN_VALIDITY_SECONDS).catch(() => kc.login());
  };
  kc.onAuthRefreshError = () => {
    void kc.login();
  };
  await kc.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'fragment',
  });
  keycloak = kc;
  return kc;
}

/** A valid access token, refreshed if it expires within 30 s; undefined when not signed in (tests). */
export async function getAccessToken(): Promise<string | undefined> {
  const kc = keycloak;
  if (!kc) return undefined;
  try {
    await kc.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    await kc.login();
  }
  return kc.token;
}

/** Called on a 401: the session is gone, so sign in again and come back here. */
export function reLogin(): void {
  void keycloak?.login({ redirectUri: window.location.href });
}

export function logout(): void {
  void keycloak?.logout({ redirectUri: window.location.origin + '/' });
}
