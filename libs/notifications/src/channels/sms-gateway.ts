import type { SendOutcome } from './send-outcome';

export interface SmsMessage {
  /** Vietnamese mobile number as 0xxxxxxxxx. */
  to: string;
  text: string;
  /** Our delivery id: the gateway keeps one message per request id, so a resend after a crash is harmless. */
  requestId: string;
}

/** A delivery receipt the gateway posted back. */
export interface SmsReceipt {
  providerMessageId: string | null;
  requestId: string | null;
  delivered: boolean;
  error: string | null;
}

/** One interface for every SMS provider; SMS_PROVIDER picks the implementation. */
export abstract class SmsGateway {
  abstract readonly name: string;
  abstract send(message: SmsMessage): Promise<SendOutcome>;
  /** The receipt in a callback body, or null if the body is not one. */
  abstract parseReceipt(body: unknown): SmsReceipt | null;
}

/** When no provider is configured: every SMS fails visibly instead of vanishing. */
export class NoSmsGateway extends SmsGateway {
  readonly name = 'none';

  async send(): Promise<SendOutcome> {
    return { status: 'permanent', error: 'No SMS provider is configured (SMS_PROVIDER=none).' };
  }

  parseReceipt(): SmsReceipt | null {
    return null;
  }
}

/** 0912345678, +84912345678, 84 912 345 678 → 0912345678; null when it is not a Vietnamese mobile number. */
export function normaliseVietnamesePhone(raw: string): string | null {
  const digits = raw.replace(/[\s.()-]/g, '').replace(/^\+/, '');
  const national = digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
  return /^0[35789]\d{8}$/.test(national) ? national : null;
}
