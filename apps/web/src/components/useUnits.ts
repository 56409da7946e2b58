import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** The units in the person's scope, in tree order; shared by every filter and picker. */
export const useUnits = () =>
  useQuery({ queryKey: ['units'], queryFn: () => api.get('/api/units'), staleTime: 5 * 60_000 });

export const useUnitGroups = () =>
  useQuery({ queryKey: ['unit-groups'], queryFn: () => api.get('/api/units/groups'), staleTime: 5 * 60_000 });
