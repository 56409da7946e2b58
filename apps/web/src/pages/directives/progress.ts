import type { TaskListItem, TimelinessCounts } from '../../api/models';
import type { GridCounts } from '../../components/GridBar';

/** The report's 2×2 grid from timeliness counts; standing tasks have no deadline and sit outside it. */
export const gridOf = (
  c: Pick<TimelinessCounts, 'done_on_time' | 'done_late' | 'on_track' | 'due_soon' | 'overdue'>,
): GridCounts => ({
  doneOnTime: c.done_on_time,
  doneLate: c.done_late,
  notDoneOnTrack: c.on_track + c.due_soon,
  notDoneOverdue: c.overdue,
});

export function countsOf(tasks: TaskListItem[]): TimelinessCounts {
  const counts: TimelinessCounts = {
    total: tasks.length,
    on_track: 0,
    due_soon: 0,
    overdue: 0,
    done_on_time: 0,
    done_late: 0,
    no_deadline: 0,
  };
  for (const task of tasks) if (task.timeliness) counts[task.timeliness] += 1;
  return counts;
}
