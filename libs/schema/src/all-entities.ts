import { CalendarException } from '@dondoc/calendar';
import { Directive, DirectiveClause } from '@dondoc/directives';
import {
  Delivery,
  NotificationPreference,
  ReminderPolicyRecord,
  ReminderSchedule,
} from '@dondoc/notifications';
import { Unit, UnitGroup } from '@dondoc/organizations';
import { ExtensionRequest, Task, TaskJournalEntry, TaskUnit } from '@dondoc/tasks';
import { User } from '@dondoc/users';

/** Every entity the schema holds; the schema-drift check compares exactly these with the migrations. */
export const ALL_ENTITIES = [
  CalendarException,
  Unit,
  UnitGroup,
  User,
  Directive,
  DirectiveClause,
  Task,
  TaskUnit,
  TaskJournalEntry,
  ExtensionRequest,
  NotificationPreference,
  ReminderPolicyRecord,
  ReminderSchedule,
  Delivery,
];
