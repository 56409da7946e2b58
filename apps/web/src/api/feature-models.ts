/**
 * Answers of the reports (libs/reports views), extraction (libs/extraction types) and reminders
 * (libs/notifications) endpoints, which the OpenAPI document does not describe.
 */
import type { LocalDate, TaskState } from './models';

export interface OverdueUnitSummary {
  unit: { id: string; name: string; code: string };
  overdueCount: number;
  maxWorkingDaysOverdue: number;
  oldestDueDate: LocalDate;
}
export interface OverdueReport {
  asOf: LocalDate;
  totalOverdue: number;
  /** The units with the most overdue tasks, most first (unitsLimit of them). */
  units: OverdueUnitSummary[];
  /** How many units have overdue tasks in all. */
  unitCount: number;
  /** One page, grouped by lead unit (by name), oldest deadline first within a unit. */
  items: OverdueItem[];
  page: number;
  pageSize: number;
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

export interface GridTotals {
  doneOnTime: number;
  doneLate: number;
  notDoneOnTrack: number;
  notDoneOverdue: number;
  doneOnTimeVsOriginal: number;
  standing: number;
  total: number;
  /** 0..1 with 4 decimals; null when nothing was due. */
  onTimeRate: number | null;
  onTimeRateVsOriginal: number | null;
}
export interface ScorecardRow extends GridTotals {
  /** Equal rate and total share a rank; null for a unit with nothing due. */
  rank: number | null;
  unit: { id: string; name: string; code: string; kind: string };
}
export interface Scorecard {
  asOf: LocalDate;
  from: LocalDate;
  to: LocalDate;
  units: ScorecardRow[];
  totals: GridTotals;
}

export interface ExtractedTask {
  title: string;
  /** Exactly text.slice(start, end). */
  sourceText: string;
  start: number;
  end: number;
  lead: string[];
  coordinating: string[];
  dueDate: LocalDate | null;
  dueText: string | null;
  /** Lead unit ids, groups expanded to their members. */
  units: string[];
  coordinatingUnits: string[];
  /** Ids of the groups the lead names matched ("các xã, thị trấn"). */
  groups: string[];
}
export interface ExtractionWarning {
  code: string;
  message: string;
  task?: number;
  text?: string;
}
export interface ExtractionDraft {
  meetingDate: LocalDate;
  tasks: ExtractedTask[];
  warnings: ExtractionWarning[];
}

export type Channel = 'email' | 'sms';
/** GET/PUT /api/me/preferences. */
export interface NotificationPreferences {
  email: boolean;
  sms: boolean;
  /** One morning digest instead of a message per reminder. */
  digest: boolean;
}
export const DELIVERY_STATES = [
  'planned',
  'sending',
  'sent',
  'delivered',
  'failed',
  'unknown',
  'cancelled',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
/** A line of the delivery log (libs/notifications DeliveryLogLine). */
export interface Delivery {
  id: string;
  kind: 'before' | 'due' | 'overdue' | 'escalation' | 'digest';
  channel: Channel;
  state: DeliveryState;
  task: { id: string; title: string } | null;
  recipient: { id: string; fullName: string };
  address: string | null;
  occursOn: LocalDate | null;
  dueDate: LocalDate | null;
  plannedAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
}
