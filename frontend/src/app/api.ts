import createClient, { type Middleware } from 'openapi-fetch';
import { getAccessToken, reLogin } from './auth';
import { readConfig } from './config';
import type { paths } from '../api/schema';
import { ApiError, toProblem } from '../components/problem';
import { getLang } from '../i18n';

const authAndLanguage: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', getLang());
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) reLogin();
    return response;
  },
};

function baseUrl() {
  const configured = readConfig().apiBase;
  return configured || (typeof window !== 'undefined' ? window.location.origin : '');
}

/** The typed client for ../openapi.yaml. fetch is looked up per call so tests can stub it. */
export const api = createClient<paths>({
  baseUrl: baseUrl(),
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authAndLanguage);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Returns the data of a successful response and throws ApiError (carrying the problem+json)
 * for any other. Network failures become an ApiError with status 0.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError({ status: 0, detail: e instanceof Error ? e.message : String(e) });
  }
  if (!result.response.ok) throw new ApiError(toProblem(result.response.status, result.error));
  return result.data as T;
}

/** The If-Match value for a resource version (the server's ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
