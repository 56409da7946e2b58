import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import type { Me, Role } from '../api/models';
import { clearToken, getToken, setToken } from '../api/token';

/** The signed-in person, or null when nobody is; undefined while loading. */
export function useMe(): { me: Me | null | undefined; isLoading: boolean } {
  const token = getToken();
  const query = useQuery({
    queryKey: ['me', token],
    queryFn: () => api.get('/api/me'),
    enabled: !!token,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!token) return { me: null, isLoading: false };
  if (query.isError) return { me: null, isLoading: false };
  return { me: query.data, isLoading: query.isLoading };
}

/** useMe for pages behind RequireAuth, where the person is known. */
export function useCurrentUser(): Me {
  const { me } = useMe();
  if (!me) throw new Error('useCurrentUser outside RequireAuth');
  return me;
}

export function useSignIn() {
  const client = useQueryClient();
  return useCallback(
    async (username: string, password: string) => {
      const { accessToken } = await api.post('/api/auth/login', { body: { username, password } });
      setToken(accessToken);
      await client.invalidateQueries();
    },
    [client],
  );
}

export function useSignOut() {
  const client = useQueryClient();
  return useCallback(() => {
    clearToken();
    client.clear();
  }, [client]);
}

/** Who may do what in the UI; the API enforces the same rules. */
export const isAssigner = (role: Role) => role === 'leader' || role === 'office';
export const isUnitRole = (role: Role) => role === 'unit_head' || role === 'unit_staff';
