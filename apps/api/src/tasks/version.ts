import { DomainError } from '@dondoc/core';

/**
 * The version a write is based on: the If-Match header (an ETag such as "3" or W/"3") or the body's
 * version field. Required, so an update never silently overwrites someone else's.
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  if (ifMatch) {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
    if (!m)
      throw new DomainError('VALIDATION_FAILED', 'If-Match must be the task version, e.g. "3".', {
        fields: [{ field: 'If-Match', messages: ['not a version'] }],
      });
    return Number(m[1]);
  }
  if (bodyVersion === undefined) {
    throw new DomainError(
      'VERSION_REQUIRED',
      'Say which version of the task you changed: send If-Match or a "version" field.',
      {
        fields: [{ field: 'version', messages: ['version is required'] }],
      },
    );
  }
  return bodyVersion;
}
