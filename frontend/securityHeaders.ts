import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

// The security headers of the SPA's pages and files, as `vite preview` (the run and test scripts) sends
// them; frontend/nginx.conf sends the same policy in docker-compose. Keep the two in step.
//
// - Scripts: only the app's own files ('self': /config.js and /assets/*.js). No inline script, no eval.
// - Styles: 'self' plus 'unsafe-inline', and only for styles. antd's CSS-in-JS could take a nonce
//   (ConfigProvider csp), but @rc-component/portal's scroll locker (every Modal and Drawer) inserts a
//   <style> of its own without one, and a page served as a static file has no per-response nonce to give.
//   Styles cannot run code; scripts, frames, forms and connections stay strict.
// - Connections: the app's origin (the API is proxied under /api) and Keycloak (token and account
//   endpoints), both read from the runtime config.js; an apiBase on another origin is added too.
// - The page may not be framed (frame-ancestors 'none', X-Frame-Options: DENY); keycloak-js runs with
//   checkLoginIframe: false and no silent check-sso, so the app frames nothing either.

/** The origins of config.js's keycloakUrl and apiBase (an empty apiBase means the page's own origin). */
export function configOrigins(configJs: string): string[] {
  const origins: string[] = [];
  for (const key of ['keycloakUrl', 'apiBase']) {
    const m = new RegExp(`${key}\\s*:\\s*['"]([^'"]*)['"]`).exec(configJs);
    if (!m || !m[1]) continue;
    try {
      const origin = new URL(m[1]).origin;
      if (origin !== 'null' && !origins.includes(origin)) origins.push(origin);
    } catch {
      // a relative apiBase ('/api') is the page's own origin
    }
  }
  return origins;
}

/** The Content-Security-Policy for the SPA, given the other origins it talks to (Keycloak, the API). */
export function contentSecurityPolicy(origins: string[]): string {
  const others = origins.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' ${others}`.trim()],
    ['manifest-src', "'self'"],
    ['frame-src', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', `'self' ${others}`.trim()],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

export function securityHeaders(origins: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Adds the security headers to every response of `vite preview` except the proxied /api ones (the
 * backend sends its own). The origins are read from dist/config.js at each request, since the run and
 * test scripts rewrite it with their ports. Not used by the dev server: React Refresh needs an inline
 * script there.
 */
export function spaSecurityHeaders(configPath: string): Plugin {
  const readOrigins = () => {
    try {
      return configOrigins(readFileSync(configPath, 'utf8'));
    } catch {
      return [];
    }
  };
  return {
    name: 'cchc-spa-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (!req.url?.startsWith('/api/')) {
          for (const [name, value] of Object.entries(securityHeaders(readOrigins()))) res.setHeader(name, value);
        }
        next();
      });
    },
  };
}
