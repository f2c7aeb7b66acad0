import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../app/api';
import { ApiError, toProblem } from '../../components/problem';

type S = components['schemas'];
export type Person = S['Person'];
export type PersonInput = S['PersonInput'];
export type PersonUpdate = S['PersonUpdate'];
export type GrantableRole = PersonInput['role'];

export const GRANTABLE_ROLES: GrantableRole[] = ['officer', 'leader', 'coordinator', 'viewer', 'province-admin'];

/** Login: 3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (the contract). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export const peopleKeys = {
  all: ['people'] as const,
  unit: (unitId: number) => ['people', 'unit', unitId] as const,
  list: (q: string, page: number) => ['people', 'list', q, page] as const,
};

/** The accounts of one unit (404/403 outside the caller's scope). */
export function useUnitPeople(unitId: number) {
  return useQuery({
    queryKey: peopleKeys.unit(unitId),
    queryFn: () => unwrap(api.GET('/api/v1/units/{id}/people', { params: { path: { id: unitId } } })),
    retry: false,
  });
}

/** Every account the caller administers, a page at a time. */
export function usePeople(q: string, page: number, size = 20) {
  return useQuery({
    queryKey: peopleKeys.list(q, page),
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { q: q || undefined, page, size } } })),
    retry: false,
  });
}

/** One account and its ETag (a hash of the account: Keycloak keeps no version). */
export async function fetchPersonWithETag(id: string): Promise<{ person: Person; etag: string }> {
  const result = await api.GET('/api/v1/people/{id}', { params: { path: { id } } });
  if (!result.response.ok || !result.data) throw new ApiError(toProblem(result.response.status, result.error));
  return { person: result.data, etag: result.response.headers.get('ETag') ?? '' };
}

function usePeopleMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation<R, Error, V>({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }) });
}

export function useCreatePerson() {
  return usePeopleMutation((body: PersonInput) => unwrap(api.POST('/api/v1/people', { body })));
}

export function useUpdatePerson() {
  return usePeopleMutation(({ id, etag, body }: { id: string; etag: string; body: PersonUpdate }) =>
    unwrap(api.PUT('/api/v1/people/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

export function useSetEnabled() {
  return usePeopleMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    enabled
      ? unwrap(api.POST('/api/v1/people/{id}/enable', { params: { path: { id } } }))
      : unwrap(api.POST('/api/v1/people/{id}/disable', { params: { path: { id } } })),
  );
}

export function useTemporaryPassword() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/people/{id}/temporary-password', { params: { path: { id } } })),
  });
}

export function useSendSetupEmail() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/people/{id}/password-setup-email', { params: { path: { id } } })),
  });
}
