import { AppConfig } from '@dondoc/core';
import { describeError, SendOutcome } from './send-outcome';
import { SmsGateway, SmsMessage, SmsReceipt } from './sms-gateway';

/** eSMS result codes we act on; anything else unknown to us is treated as transient. */
const OK = '100';
const DUPLICATE_REQUEST = '124';
/** Refusals that will not change by trying again: wrong brand name, template or number, account problems. */
const PERMANENT: Record<string, string> = {
  '101': 'API key or secret rejected',
  '102': 'Account locked',
  '104': 'Brand name not registered',
  '118': 'SMS type not allowed',
  '119': 'Brand name not allowed for this message',
  '131': 'Message too long for the brand name',
  '146': 'Message does not match a registered template',
  '789': 'Phone number not valid',
};
/** SendStatus in receipts: 5 delivered; 4 and 6 refused or dropped. */
const RECEIPT_DELIVERED = '5';

/**
 * An HTTP JSON gateway in the style of Vietnamese brand-name SMS providers (eSMS): API key and
 * secret, brand name, our request id (the gateway answers "duplicate" for a repeat and sends
 * nothing), and delivery receipts posted to our callback.
 */
export class EsmsGateway extends SmsGateway {
  readonly name = 'esms';

  constructor(private readonly config: AppConfig) {
    super();
  }

  async send(message: SmsMessage): Promise<SendOutcome> {
    const url = new URL('/MainService.svc/json/SendMultipleMessage_V4_post_json/', this.config.SMS_BASE_URL);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ApiKey: this.config.SMS_API_KEY,
          SecretKey: this.config.SMS_SECRET_KEY,
          Brandname: this.config.SMS_BRAND_NAME,
          SmsType: '2',
          IsUnicode: this.config.SMS_UNICODE === 'true' ? '1' : '0',
          Phone: message.to,
          Content: message.text,
          RequestId: message.requestId,
          CallbackUrl: this.callbackUrl(),
        }),
        signal: AbortSignal.timeout(this.config.SMS_TIMEOUT_MS),
      });
    } catch (e) {
      // No answer: it may or may not have gone, but the request id makes a retry safe.
      return { status: 'transient', error: `SMS gateway unreachable: ${describeError(e)}` };
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      return {
        status: 'transient',
        error: 'SMS gateway rate limit (429)',
        rateLimitedForMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000,
      };
    }
    if (response.status >= 500) {
      return { status: 'transient', error: `SMS gateway error ${response.status}` };
    }
    const body = (await response.json().catch(() => null)) as {
      CodeResult?: string | number;
      SMSID?: string;
      ErrorMessage?: string;
    } | null;
    const code = String(body?.CodeResult ?? '');
    if (response.ok && (code === OK || code === DUPLICATE_REQUEST)) {
      return { status: 'sent', providerMessageId: body?.SMSID ?? null };
    }
    const reason = PERMANENT[code];
    if (reason || (response.status >= 400 && response.status < 500)) {
      return {
        status: 'permanent',
        error: `SMS refused (${code || response.status}): ${body?.ErrorMessage ?? reason ?? 'rejected'}`,
      };
    }
    return {
      status: 'transient',
      error: `SMS gateway answered ${code || response.status}: ${body?.ErrorMessage ?? ''}`,
    };
  }

  /** Registered with each message; the gateway calls it back with the shared secret it was given. */
  private callbackUrl(): string {
    const url = new URL('/api/sms/callback', this.config.PUBLIC_URL);
    url.searchParams.set('secret', this.config.SMS_CALLBACK_SECRET);
    return url.toString();
  }

  parseReceipt(body: unknown): SmsReceipt | null {
    const b = (body ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
    const status = text(b.SendStatus);
    if (!status || (!b.SMSID && !b.RequestId)) return null;
    return {
      providerMessageId: typeof b.SMSID === 'string' ? b.SMSID : null,
      requestId: typeof b.RequestId === 'string' ? b.RequestId : null,
      delivered: status === RECEIPT_DELIVERED,
      error:
        status === RECEIPT_DELIVERED
          ? null
          : `Not delivered (SendStatus ${status}${text(b.SendFailedReason) ? `: ${text(b.SendFailedReason)}` : ''})`,
    };
  }
}
