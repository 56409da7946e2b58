import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { TaskAction, TaskDetail } from '../../api/models';

export interface ActionInput {
  action: TaskAction;
  note?: string;
  progressPercent?: number;
  assigneeId?: string | null;
}

/** What a stale write ran into: the version it was based on and the one the task is at now. */
export interface Conflict {
  yourVersion: number;
  currentVersion: number;
}

export const taskKey = (id: string) => ['task', id] as const;

export function useTask(id: string) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => api.get('/api/tasks/{id}', { path: { id } }) });
}

/**
 * Sends an action based on the version on screen. On 409 the page reloads the task and keeps the
 * conflict, so the person sees what changed before sending again.
 */
export function useTaskAction(task: TaskDetail | undefined) {
  const client = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const mutation = useMutation({
    mutationFn: (input: ActionInput) =>
      api.post('/api/tasks/{id}/actions', {
        path: { id: task!.id },
        body: { ...input, version: task!.version },
      }),
    onSuccess: (updated) => {
      setConflict(null);
      client.setQueryData(taskKey(updated.id), updated);
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['extension-requests'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict && task) {
        setConflict({
          yourVersion: Number(error.body.details?.yourVersion ?? task.version),
          currentVersion: Number(error.body.details?.currentVersion ?? task.version + 1),
        });
        void client.invalidateQueries({ queryKey: taskKey(task.id) });
      }
    },
  });
  return { ...mutation, conflict, clearConflict: () => setConflict(null) };
}
