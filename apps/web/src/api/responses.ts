import type {
  CalendarException,
  DirectiveDetail,
  DirectiveListItem,
  ExtensionQueueItem,
  ExtensionRequest,
  LoginResult,
  Me,
  Page,
  TaskDetail,
  TaskListItem,
  Unit,
  UnitGroup,
  UserView,
} from './models';
import type {
  Delivery,
  ExtractionDraft,
  NotificationPreferences,
  OverdueReport,
  Scorecard,
} from './feature-models';

/** The answer of each operation the app calls, keyed "method path" as in schema.d.ts. */
export interface Responses {
  'post /api/auth/login': LoginResult;
  'get /api/me': Me;
  'get /api/units': Unit[];
  'post /api/units': Unit;
  'patch /api/units/{id}': Unit;
  'get /api/units/groups': UnitGroup[];
  'get /api/users': Page<UserView>;
  'post /api/users': UserView;
  'patch /api/users/{id}': UserView;
  'get /api/directives': Page<DirectiveListItem>;
  'post /api/directives': DirectiveDetail;
  'get /api/directives/{id}': DirectiveDetail;
  'get /api/tasks': Page<TaskListItem>;
  'get /api/tasks/{id}': TaskDetail;
  'post /api/tasks/{id}/actions': TaskDetail;
  'get /api/tasks/{id}/extension-requests': ExtensionRequest[];
  'post /api/tasks/{id}/extension-requests': ExtensionRequest;
  'get /api/extension-requests': Page<ExtensionQueueItem>;
  'post /api/extension-requests/{id}/approve': ExtensionRequest;
  'post /api/extension-requests/{id}/reject': ExtensionRequest;
  'get /api/calendar': CalendarException[];
  'post /api/calendar': CalendarException;
  'delete /api/calendar/{date}': void;
  'get /api/reports/overdue': OverdueReport;
  'get /api/reports/scorecard': Scorecard;
  'post /api/directives/extract': ExtractionDraft;
  'get /api/me/preferences': NotificationPreferences;
  'put /api/me/preferences': NotificationPreferences;
  'get /api/deliveries': Page<Delivery>;
}
