import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TaskJournalEntry } from '../entities/task-journal-entry.entity';

export type JournalLine = Pick<TaskJournalEntry, 'taskId' | 'action'> &
  Partial<
    Pick<
      TaskJournalEntry,
      'actorId' | 'taskVersion' | 'fromState' | 'toState' | 'note' | 'progressPercent' | 'changes'
    >
  >;

/**
 * Appends to the task journal inside the caller's transaction: a change and its history commit
 * together. `at` comes from the Clock, like every other instant the services write.
 */
export async function appendJournal(em: EntityManager, at: Date, lines: JournalLine[]): Promise<void> {
  if (!lines.length) return;
  await em.getRepository(TaskJournalEntry).insert(
    lines.map((l) => ({
      at,
      actorId: null,
      taskVersion: null,
      fromState: null,
      toState: null,
      note: null,
      progressPercent: null,
      changes: null,
      ...l,
    })) as QueryDeepPartialEntity<TaskJournalEntry>[],
  );
}
