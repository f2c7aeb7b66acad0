import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders, createQueryClient } from '../app/providers';

/** Renders a screen with the app's providers inside a data router (as in the app). */
export function renderWithApp(ui: ReactElement, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: <p>elsewhere</p> },
    ],
    {
      initialEntries: [route],
    },
  );
  const result = render(
    <AppProviders queryClient={queryClient}>
      {/* No animations in tests: error messages appear at once. */}
      {/* antd styles are computed but not injected into jsdom: several times faster. */}
      <StyleProvider mock="server">
        <ConfigProvider theme={{ token: { motion: false } }}>
          <RouterProvider router={router} />
        </ConfigProvider>
      </StyleProvider>
    </AppProviders>,
  );
  return { ...result, router, queryClient };
}

type Handler = (request: Request) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

/** Stubs fetch: each handler may answer a request; unanswered requests fail the test loudly. */
export function stubFetch(...handlers: Handler[]) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request);
    for (const h of handlers) {
      const r = await h(request);
      if (r) return r;
    }
    return json({ status: 599, title: `unexpected request ${request.method} ${request.url}` }, 599);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

export function route(method: string, pathname: string, answer: (request: Request) => Response | Promise<Response>): Handler {
  return (request) => {
    const url = new URL(request.url);
    if (request.method === method && url.pathname === pathname) return answer(request);
    return undefined;
  };
}

export const UNIT_TREE = [
  {
    id: 1,
    code: 'HY',
    name: 'UBND tỉnh Hưng Yên',
    shortName: 'UBND tỉnh',
    kind: 'PROVINCE',
    children: [{ id: 2, code: 'HY-SNV', name: 'Sở Nội vụ Hưng Yên', shortName: 'SNV', kind: 'DEPARTMENT', children: [] }],
  },
];

/** GET /api/v1/me for a Sở Nội vụ Hưng Yên coordinator: may draft for the province (UNIT_TREE's root). */
export const COORDINATOR_ME = {
  username: 'hy.coordinator',
  displayName: 'Nguyễn Thị Hương',
  roles: ['coordinator'],
  unit: { id: 2, code: 'HY-SNV', name: 'Sở Nội vụ Hưng Yên', kind: 'DEPARTMENT' },
  scopeUnit: { id: 1, code: 'HY', name: 'UBND tỉnh Hưng Yên', kind: 'PROVINCE' },
  permissions: { canCreatePlans: true },
};
