import { ERROR_CODES, ErrorCode } from './error-codes';

/** A refusal the user can act on: a stable code, a human message, optional structured details. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /** Whether a background job that hit this error should try again. */
  get retryable(): boolean {
    return ERROR_CODES[this.code].retry;
  }
}

export interface FieldError {
  field: string;
  messages: string[];
}

export const validationError = (fields: FieldError[], message = 'Some fields are invalid.') =>
  new DomainError('VALIDATION_FAILED', message, { fields });
