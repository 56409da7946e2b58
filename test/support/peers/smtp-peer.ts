import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Our delivery id, from the X-Dondoc-Delivery header. */
  deliveryId: string | null;
  receivedAt: number;
}

/** What the peer does with the next message: accept, "try later" (451), "never" (550), or accept slowly. */
export type SmtpBehaviour = 'accept' | 'tempfail' | 'reject' | { delayMs: number };

export interface SmtpPeer {
  port: number;
  inbox: ReceivedEmail[];
  /** Behaviours for the next messages, in order; then `fallback`. */
  script: SmtpBehaviour[];
  fallback: SmtpBehaviour;
  /** Per recipient address, before the script: one behaviour for every message, or a list used up in order. */
  byRecipient: Map<string, SmtpBehaviour | SmtpBehaviour[]>;
  to(address: string): ReceivedEmail[];
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives, parsed, for tests to read. */
export async function startSmtpPeer(options: { parse?: boolean } = {}): Promise<SmtpPeer> {
  const parse = options.parse !== false;
  const peer: Omit<SmtpPeer, 'port' | 'close'> = {
    inbox: [],
    script: [],
    fallback: 'accept',
    byRecipient: new Map(),
    to: (address) => peer.inbox.filter((m) => m.to.includes(address)),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const planned = peer.byRecipient.get(session.envelope.rcptTo[0]?.address ?? '');
        const behaviour =
          (Array.isArray(planned) ? planned.shift() : planned) ?? peer.script.shift() ?? peer.fallback;
        const finish = async () => {
          if (behaviour === 'tempfail') {
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          if (behaviour === 'reject') {
            return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          }
          const raw = Buffer.concat(chunks);
          if (!parse) {
            // Load tests only count: the delivery id from the header, nothing parsed.
            const id = /^X-Dondoc-Delivery: *(\S+)/im.exec(raw.toString('latin1'))?.[1] ?? null;
            const to = session.envelope.rcptTo.map((r) => r.address);
            peer.inbox.push({
              to,
              from: '',
              subject: '',
              text: '',
              html: '',
              deliveryId: id,
              receivedAt: Date.now(),
            });
            return callback();
          }
          const email = await PostalMime.parse(raw);
          peer.inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: email.subject ?? '',
            text: email.text ?? '',
            html: email.html ?? '',
            deliveryId: email.headers.find((h) => h.key === 'x-dondoc-delivery')?.value ?? null,
            receivedAt: Date.now(),
          });
          callback();
        };
        const delay = typeof behaviour === 'object' ? behaviour.delayMs : 0;
        setTimeout(() => void finish().catch((e: Error) => callback(e)), delay);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(peer, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
