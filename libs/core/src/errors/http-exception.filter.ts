import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
  errorId?: string;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'AUTH_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/** Postgres errors that can only come from a client's value, never from a bug of ours. */
const CLIENT_PG_ERRORS: Record<string, string> = {
  '22P02': 'A value has the wrong format.',
  '22007': 'A date is not valid.',
  '22008': 'A date is out of range.',
  '22003': 'A number is out of range.',
};

/**
 * The one place that turns any error into `{ code, message, details, errorId }`. Unknown errors are
 * logged with an errorId and answered 500 without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(error);
    if (response.headersSent) return;
    response.status(status).json(body);
  }

  private toBody(error: unknown): [number, ErrorBody] {
    if (error instanceof DomainError) {
      return [error.status, { code: error.code, message: error.message, details: error.details }];
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const raw = error.getResponse();
      if (isParseError(error)) {
        return [400, { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' }];
      }
      const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
      const rawMessage = typeof raw === 'string' ? raw : (raw as { message?: unknown }).message;
      const message = typeof rawMessage === 'string' ? rawMessage : error.message;
      if (status < 500) return [status, { code, message }];
    }
    if (error instanceof QueryFailedError) {
      const pgCode = (error.driverError as { code?: string } | undefined)?.code;
      if (pgCode && CLIENT_PG_ERRORS[pgCode]) {
        return [400, { code: 'VALIDATION_FAILED', message: CLIENT_PG_ERRORS[pgCode] }];
      }
    }
    const errorId = randomUUID();
    this.logger.error(
      `errorId=${errorId} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return [
      500,
      {
        code: 'INTERNAL',
        message: 'Something went wrong on our side. Quote the errorId when you report it.',
        errorId,
      },
    ];
  }
}

function isParseError(error: HttpException): boolean {
  const cause = (error as { cause?: { type?: string } }).cause;
  return error.getStatus() === 400 && cause?.type === 'entity.parse.failed';
}
