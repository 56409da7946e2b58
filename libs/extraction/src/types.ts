import type { LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';

/**
 * The organisation export the extractor resolves names against (`--org FILE`, or built by the API
 * from the units tree): units with their names, short names and aliases; groups with their members.
 */
export interface OrganizationDirectory {
  units: OrgUnit[];
  groups: OrgGroup[];
}

export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
  /** Other names people write: "Phòng Tài chính Kế hoạch", "TC-KH", "Phòng Nông nghiệp và PTNT". */
  aliases?: string[];
  kind: string;
  parentId?: string | null;
}

/** "các xã, thị trấn" (aliases "các địa phương", "UBND các xã") and the units it stands for. */
export interface OrgGroup {
  id: string;
  name: string;
  aliases?: string[];
  memberUnitIds: string[];
}

export interface ExtractOptions {
  /** Anchor of relative deadlines; a date without a year takes its year (or the next, if already past). */
  meetingDate: LocalDate;
  /** Working days for "trong 10 ngày làm việc"; weekends only when absent. */
  calendar?: WorkingDayCalendar;
  organization?: OrganizationDirectory;
}

export interface DraftTask {
  title: string;
  /** Exactly input.slice(start, end). */
  sourceText: string;
  start: number;
  end: number;
  /** Lead and coordinating units as the text writes them. */
  lead: string[];
  coordinating: string[];
  dueDate: LocalDate | null;
  /** The deadline phrase as written ("trước ngày 15/12/2024", "thường xuyên"), or null. */
  dueText: string | null;
  /** Ids of the lead units, groups expanded to their members (empty without an organisation). */
  units: string[];
  /** Ids of the coordinating units, likewise. */
  coordinatingUnits: string[];
  /** Ids of the groups the lead names matched ("các xã, thị trấn"). */
  groups: string[];
}

export const DRAFT_WARNING_CODES = [
  'UNIT_NOT_FOUND',
  'UNIT_GROUP_NARROWED',
  'DEADLINE_ANCHOR_UNKNOWN',
  'DEADLINE_BEFORE_MEETING',
  'NO_TASKS_FOUND',
] as const;
export type DraftWarningCode = (typeof DRAFT_WARNING_CODES)[number];

/** Something the office should check before creating the tasks; `task` indexes Draft.tasks. */
export interface DraftWarning {
  code: DraftWarningCode;
  message: string;
  task?: number;
  text?: string;
}

export interface Draft {
  meetingDate: LocalDate;
  tasks: DraftTask[];
  warnings: DraftWarning[];
}
