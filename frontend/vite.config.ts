/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { spaSecurityHeaders } from './securityHeaders';

// The SPA calls relative /api/v1/...; in dev and preview Vite forwards /api to the backend.
const apiTarget = process.env.CCHC_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
};

// The SPA calls its own origin only (the proxy above): no cross-origin request needs CORS, so none is
// allowed (Vite would otherwise answer any http://localhost:* Origin).
export default defineConfig({
  plugins: [react(), spaSecurityHeaders(fileURLToPath(new URL('./dist/config.js', import.meta.url)))],
  server: { port: 5173, strictPort: true, proxy, cors: false },
  preview: { port: 5174, strictPort: true, proxy, cors: false },
  build: {
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: which chunks the entry imports statically (bench/spa.sh sums them)
    manifest: true,
    rolldownOptions: {
      // antd's rc-component and ant-design helper packages declare no "sideEffects" in package.json, so
      // the bundler keeps every module a barrel names (e.g. all of @rc-component/form and its validator,
      // for the form context Modal and Tooltip read). They have none (no bare imports, no globals
      // touched at load): unused modules go, and the first load carries only what it renders.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false },
          { test: /[\\/]node_modules[\\/]@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // React, the router, React Query, keycloak-js and openapi-fetch: the first load needs all of them;
        // one chunk that changes only when they are upgraded (and compresses better than the pieces)
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+|keycloak-js|openapi-fetch)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 60000,
    // one document per worker for all its files (see src/test/setup.ts): imports and jsdom once, not per file
    isolate: false,
  },
});
