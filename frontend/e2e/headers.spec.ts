import { expect, test } from './fixtures';

// The SPA server's headers (vite preview here, nginx in docker-compose sends the same).

const PAGES = ['/', '/plans/1', '/config.js'];

test.describe('the SPA server', () => {
  for (const path of PAGES) {
    test(`sends a strict policy with ${path}`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      const directive = (name: string) =>
        csp
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('default-src')).toBe("default-src 'none'");
      expect(directive('script-src')).toBe("script-src 'self'");
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(directive('base-uri')).toBe("base-uri 'none'");
      expect(csp).not.toContain('unsafe-eval');
      // Keycloak is reachable for the token calls, and nothing else beyond the app's origin
      const config = await (await request.get('/config.js')).text();
      const keycloak = new URL(/keycloakUrl:\s*'([^']+)'/.exec(config)![1]).origin;
      expect(directive('connect-src')).toBe(`connect-src 'self' ${keycloak}`);
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('no-referrer');
    });
  }

  test('the app script is served with nosniff and the policy', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script, 'the module script of index.html').toBeTruthy();
    const res = await request.get(script!);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('answers no foreign Origin with CORS headers', async ({ request }) => {
    for (const origin of ['http://localhost:9999', 'http://evil.example']) {
      const res = await request.get('/', { headers: { Origin: origin } });
      expect(res.headers()['access-control-allow-origin'], origin).toBeUndefined();
      const preflight = await request.fetch('/api/v1/me', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      expect(preflight.headers()['access-control-allow-origin'], `${origin} on /api`).toBeUndefined();
    }
  });
});
