/**
 * What the API answers. Its OpenAPI document describes requests (schema.d.ts) but not responses,
 * so these mirror the views in libs/tasks, apps/api/src/**\/*.view.ts and the controllers.
 */
export type Role = 'admin' | 'leader' | 'office' | 'unit_head' | 'unit_staff';
export const TASK_STATES = [
  'new',
  'in_progress',
  'awaiting_confirmation',
  'done',
  'paused',
  'returned',
  'cancelled',
] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TIMELINESS = [
  'overdue',
  'due_soon',
  'on_track',
  'done_on_time',
  'done_late',
  'no_deadline',
] as const;
export type Timeliness = (typeof TIMELINESS)[number];
export type TaskAction =
  'start' | 'progress' | 'report_done' | 'confirm' | 'return' | 'pause' | 'resume' | 'cancel' | 'reassign';
export type Capacity = 'lead_head' | 'lead_staff' | 'coordinator' | 'assigner';
export type TaskSort = 'urgency' | 'dueDate' | '-dueDate' | '-updatedAt' | 'title';
/** 'YYYY-MM-DD' in Asia/Ho_Chi_Minh. */
export type LocalDate = string;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  title: string | null;
  role: Role;
  unitId: string;
  unit?: { id: string; name: string; code: string; kind: string };
  email: string | null;
  phone: string | null;
  active: boolean;
}
export interface Me extends UserView {
  scopeUnitId: string;
}
export interface LoginResult {
  accessToken: string;
  expiresIn: number;
}

export interface Unit {
  id: string;
  parentId: string | null;
  kind: string;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  depth: number;
  active: boolean;
}
export interface UnitGroup {
  id: string;
  name: string;
  aliases: string[];
  memberKinds: string[];
  explicitMemberIds: string[];
  members: { id: string; name: string; kind: string }[];
}

interface TimelinessView {
  timeliness: Timeliness | null;
  workingDaysOverdue: number | null;
  workingDaysLeft: number | null;
  onTimeAgainstOriginal: boolean | null;
}
export interface TaskListItem extends TimelinessView {
  id: string;
  title: string;
  state: TaskState;
  progressPercent: number;
  originalDueDate: LocalDate | null;
  currentDueDate: LocalDate | null;
  completedOn: LocalDate | null;
  latestNote: string | null;
  latestNoteAt: string | null;
  updatedAt: string;
  version: number;
  directive: { id: string; number: string | null; title: string };
  clauseId: string;
  leadUnit: { id: string; name: string };
  assignee: { id: string; fullName: string } | null;
}
export interface JournalEntry {
  id: number;
  at: string;
  action: string;
  actor: { id: string; fullName: string } | null;
  fromState: TaskState | null;
  toState: TaskState | null;
  note: string | null;
  progressPercent: number | null;
  taskVersion: number | null;
  changes: Record<string, [unknown, unknown]> | null;
}
export interface TaskDetail extends TimelinessView {
  id: string;
  title: string;
  description: string;
  expectedOutput: string | null;
  state: TaskState;
  progressPercent: number;
  originalDueDate: LocalDate | null;
  currentDueDate: LocalDate | null;
  reportedDoneAt: string | null;
  completedOn: LocalDate | null;
  latestNote: string | null;
  latestNoteAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  directive: {
    id: string;
    number: string | null;
    title: string;
    kind: string;
    issueDate: LocalDate;
    meetingDate: LocalDate | null;
    issuingLeader: string | null;
  };
  clause: {
    id: string;
    ordinal: number;
    sourceText: string | null;
    sourceStart: number | null;
    sourceEnd: number | null;
  };
  leadUnit: { id: string; name: string };
  coordinatingUnits: { id: string; name: string }[];
  assignee: { id: string; fullName: string } | null;
  yourCapacities: Capacity[];
  availableActions: TaskAction[];
  journal: JournalEntry[];
}

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';
/** GET /api/tasks/:id/extension-requests: the entity as stored. */
export interface ExtensionRequest {
  id: string;
  taskId: string;
  requestedById: string;
  previousDueDate: LocalDate;
  requestedDueDate: LocalDate;
  reason: string;
  status: ExtensionStatus;
  decidedById: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
}
/** GET /api/extension-requests: the office's queue, with the task each request is about. */
export interface ExtensionQueueItem {
  id: string;
  status: ExtensionStatus;
  reason: string;
  previousDueDate: LocalDate;
  requestedDueDate: LocalDate;
  requestedBy: string;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  task: { id: string; title: string; leadUnit: string; directiveNumber: string | null };
}

export type TimelinessCounts = Record<Timeliness, number> & { total: number };
export interface DirectiveListItem {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  issueDate: LocalDate;
  meetingDate: LocalDate | null;
  progress: TimelinessCounts;
}
export interface DirectiveDetail {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  issueDate: LocalDate;
  meetingDate: LocalDate | null;
  sourceText: string;
  issuingLeader: string | null;
  createdBy: string;
  clauses: {
    id: string;
    ordinal: number;
    title: string;
    sourceText: string | null;
    sourceStart: number | null;
    sourceEnd: number | null;
    assignedGroup: string | null;
    tasks: TaskListItem[];
  }[];
}

export type CalendarExceptionKind = 'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'working_day';
export interface CalendarException {
  date: LocalDate;
  kind: CalendarExceptionKind;
  name: string;
  updatedAt: string;
}

/** The error body every failure carries (HttpExceptionFilter). */
export interface ErrorBody {
  code: string;
  message: string;
  details?: {
    fields?: { field: string; messages: string[] }[];
    field?: string;
    yourVersion?: number;
    currentVersion?: number;
    [key: string]: unknown;
  };
  errorId?: string;
}
