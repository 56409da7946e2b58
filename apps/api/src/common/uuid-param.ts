import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '@dondoc/core';

/** An id in the path that is not even a UUID names nothing: answer the same 404 as an unknown one. */
export const uuidParam = (code: ErrorCode, what: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new DomainError(code, `This ${what} does not exist or is not visible to you.`),
  });
