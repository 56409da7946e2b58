import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@dondoc/core';
import { describeError, SendOutcome } from './send-outcome';

export interface EmailMessage {
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  /** Our delivery id: the Message-ID and a header, so a copy can always be traced to its log line. */
  deliveryId: string;
}

/** Connection errors that prove the message never left: the server was not reached at all. */
const NOT_REACHED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** SMTP steps after which the server has not yet been handed the message. */
const BEFORE_DATA = new Set([
  'CONN',
  'EHLO',
  'HELO',
  'LHLO',
  'STARTTLS',
  'AUTH',
  'AUTH PLAIN',
  'AUTH LOGIN',
  'MAIL FROM',
  'RCPT TO',
  'API',
]);

interface SmtpError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  command?: string;
}

/**
 * Classifies an SMTP failure. A reply code is the server's own word (4xx: later, 5xx: never).
 * Without one, the connection failed: safe to retry only if it failed before the message was
 * handed over; otherwise the message may have gone and is reported unknown, never sent twice.
 */
export function classifySmtpError(e: unknown): SendOutcome {
  const err = (e ?? {}) as SmtpError;
  const error = describeError(e);
  if (err.responseCode) {
    return err.responseCode >= 500 ? { status: 'permanent', error } : { status: 'transient', error };
  }
  if (err.code === 'EENVELOPE' || err.code === 'EMESSAGE') return { status: 'permanent', error };
  if (err.originalCode && NOT_REACHED.has(err.originalCode)) return { status: 'transient', error };
  if (err.code === 'ECONNECTION' && err.command && err.command !== 'CONN' && BEFORE_DATA.has(err.command)) {
    return { status: 'transient', error };
  }
  return { status: 'unknown', error };
}

/** Email over SMTP (nodemailer, pooled connections); host, port, TLS, credentials and sender come from AppConfig. */
@Injectable()
export class EmailChannel implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_HOST
      ? createTransport({
          pool: true,
          maxConnections: config.SMTP_MAX_CONNECTIONS,
          maxMessages: 500,
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE === 'true',
          requireTLS: config.SMTP_REQUIRE_TLS === 'true',
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
          // Shorter than the delivery lease, so a send never outlives its claim.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  async send(message: EmailMessage): Promise<SendOutcome> {
    if (!this.transport)
      return { status: 'permanent', error: 'SMTP is not configured (SMTP_HOST is empty).' };
    try {
      const info = (await this.transport.sendMail({
        from: { name: this.config.SMTP_FROM_NAME, address: this.config.SMTP_FROM },
        to: { name: message.toName, address: message.to },
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${message.deliveryId}@dondoc>`,
        headers: { 'X-Dondoc-Delivery': message.deliveryId },
      })) as { messageId?: string; rejected?: unknown[] };
      if (info.rejected?.length) return { status: 'permanent', error: `Recipient rejected: ${message.to}` };
      return { status: 'sent', providerMessageId: info.messageId ?? null };
    } catch (e) {
      return classifySmtpError(e);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
