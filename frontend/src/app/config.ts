// Runtime configuration from public/config.js (window.CCHC_CONFIG), so one build runs anywhere.
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Origin of the API; '' means same origin (the dev/preview server proxies /api). */
  apiBase: string;
}

declare global {
  interface Window {
    CCHC_CONFIG?: Partial<AppConfig>;
  }
}

export function readConfig(): AppConfig {
  const c = (typeof window !== 'undefined' && window.CCHC_CONFIG) || {};
  return {
    keycloakUrl: c.keycloakUrl ?? 'http://localhost:8180',
    realm: c.realm ?? 'cchc',
    clientId: c.clientId ?? 'cchc-spa',
    apiBase: (c.apiBase ?? '').replace(/\/+$/, ''),
  };
}
