/**
 * What a channel says about one send. transient: nothing went out, try again later; permanent:
 * it will never go (bad address, rejected text); unknown: it may have gone, so it must not be
 * sent again.
 */
export type SendOutcome =
  | { status: 'sent'; providerMessageId: string | null }
  | { status: 'transient'; error: string; rateLimitedForMs?: number }
  | { status: 'permanent'; error: string }
  | { status: 'unknown'; error: string };

/** Error text for the log: short, one line, no stack. */
export function describeError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s+/g, ' ').slice(0, 500);
}
