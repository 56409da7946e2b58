import type { ErrorBody } from './models';

/** A failed call, with the API's coded body; the UI shows its message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }

  get code(): string {
    return this.body.code;
  }

  get isConflict(): boolean {
    return this.body.code === 'TASK_VERSION_CONFLICT';
  }

  /** Field → messages: from a validation failure's list, or the single field a domain error names. */
  fieldErrors(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const f of this.body.details?.fields ?? []) out[f.field] = f.messages;
    const single = this.body.details?.field;
    if (typeof single === 'string' && !out[single]) out[single] = [this.body.message];
    return out;
  }
}

/** An answer that is not the API's JSON error (proxy page, network drop) still gets a readable error. */
export function toErrorBody(status: number, payload: unknown): ErrorBody {
  if (payload && typeof payload === 'object' && 'code' in payload && 'message' in payload) {
    return payload as ErrorBody;
  }
  return { code: status === 0 ? 'NETWORK' : 'HTTP_' + status, message: `HTTP ${status}` };
}
