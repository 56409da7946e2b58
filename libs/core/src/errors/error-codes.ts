/**
 * Every stable error code the service answers with, and what it means on the wire and in the
 * worker. One table: the HTTP filter and the job runner both read it.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, retry: false },
  INVALID_JSON: { status: 400, retry: false },
  VERSION_REQUIRED: { status: 400, retry: false },
  AUTH_REQUIRED: { status: 401, retry: false },
  AUTH_INVALID_CREDENTIALS: { status: 401, retry: false },
  FORBIDDEN: { status: 403, retry: false },
  NOT_FOUND: { status: 404, retry: false },
  UNIT_NOT_FOUND: { status: 404, retry: false },
  USER_NOT_FOUND: { status: 404, retry: false },
  DIRECTIVE_NOT_FOUND: { status: 404, retry: false },
  TASK_NOT_FOUND: { status: 404, retry: false },
  EXTENSION_REQUEST_NOT_FOUND: { status: 404, retry: false },
  CALENDAR_EXCEPTION_NOT_FOUND: { status: 404, retry: false },
  UNIT_CODE_TAKEN: { status: 409, retry: false },
  USERNAME_TAKEN: { status: 409, retry: false },
  UNIT_GROUP_NAME_TAKEN: { status: 409, retry: false },
  DIRECTIVE_NUMBER_TAKEN: { status: 409, retry: false },
  CALENDAR_EXCEPTION_EXISTS: { status: 409, retry: false },
  TASK_VERSION_CONFLICT: { status: 409, retry: false },
  EXTENSION_ALREADY_PENDING: { status: 409, retry: false },
  PAYLOAD_TOO_LARGE: { status: 413, retry: false },
  TASK_INVALID_TRANSITION: { status: 422, retry: false },
  EXTENSION_NOT_ALLOWED: { status: 422, retry: false },
  EXTENSION_ALREADY_DECIDED: { status: 422, retry: false },
  UNIT_INVALID_PARENT: { status: 422, retry: false },
  UNIT_OUT_OF_SCOPE: { status: 422, retry: false },
  ASSIGNEE_INVALID: { status: 422, retry: false },
  ISSUING_LEADER_INVALID: { status: 422, retry: false },
  REMINDER_POLICY_INVALID: { status: 422, retry: false },
  SMS_CALLBACK_REJECTED: { status: 401, retry: false },
  /** A message the provider refused for good (bad address, rejected template): no retry. */
  DELIVERY_REJECTED: { status: 422, retry: false },
  RATE_LIMITED: { status: 429, retry: true },
  INTERNAL: { status: 500, retry: true },
  DEPENDENCY_UNAVAILABLE: { status: 503, retry: true },
  /** A message channel (SMTP, SMS gateway) failed in a way worth trying again. */
  DELIVERY_TRANSIENT: { status: 503, retry: true },
} as const satisfies Record<string, { status: number; retry: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;
