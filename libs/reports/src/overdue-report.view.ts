import type { LocalDate } from '@dondoc/core';
import type { TaskState } from '@dondoc/tasks';

/** What narrows the overdue list; the actor's scope always applies on top. */
export interface OverdueReportFilter {
  /** Only tasks led by this unit or a unit below it. */
  unitId?: string;
  directiveId?: string;
  /** Text in the title, description or directive; diacritics optional. */
  q?: string;
}

export interface OverdueUnitSummary {
  unit: { id: string; name: string; code: string };
  overdueCount: number;
  /** Working days overdue of the unit's oldest overdue task. */
  maxWorkingDaysOverdue: number;
  oldestDueDate: LocalDate;
}

export interface OverdueItem {
  id: string;
  title: string;
  directive: { id: string; number: string | null; title: string };
  leadUnit: { id: string; name: string };
  originalDueDate: LocalDate;
  currentDueDate: LocalDate;
  workingDaysOverdue: number;
  latestNote: string | null;
  latestNoteAt: string | null;
  state: TaskState;
  progressPercent: number;
}

/** The summary every view of the list starts from. */
export interface OverdueSummary {
  asOf: LocalDate;
  totalOverdue: number;
  /** Most overdue tasks first. */
  units: OverdueUnitSummary[];
}

export interface OverdueReport extends OverdueSummary {
  /** Units with overdue tasks; `units` lists the first `unitsLimit` of them, most overdue first. */
  unitCount: number;
  page: number;
  pageSize: number;
  /** Grouped by lead unit (by name), oldest deadline first within a unit. */
  items: OverdueItem[];
}

/** The download: the summary and every overdue task in list order, read a batch at a time. */
export interface OverdueExport extends OverdueSummary {
  batches: () => AsyncIterable<OverdueItem[]>;
}
