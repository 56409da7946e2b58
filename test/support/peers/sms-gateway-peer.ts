import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface GatewaySms {
  phone: string;
  content: string;
  requestId: string;
  smsId: string;
  brandname: string;
  callbackUrl: string;
  receivedAt: number;
}

/**
 * What the gateway does with the next request: accept; answer slowly (after the client may have
 * given up, the message is still accepted, as a real gateway would); fail with 5xx; say 429; or
 * refuse with an eSMS result code (789: bad number, 146: template rejected).
 */
export type GatewayBehaviour = 'accept' | 'error500' | 'rate429' | { slowMs: number } | { code: string };

export interface SmsGatewayPeer {
  url: string;
  apiKey: string;
  secretKey: string;
  /** Messages the gateway accepted: one per request id, as a deduplicating gateway keeps them. */
  messages: GatewaySms[];
  /** Every request, duplicates and failures included. */
  requests: { requestId: string; phone: string; answered: string }[];
  script: GatewayBehaviour[];
  /** Per phone number, before the script: one behaviour for every request, or a list used up in order. */
  byPhone: Map<string, GatewayBehaviour | GatewayBehaviour[]>;
  /** Posts a delivery receipt for a message to the callback URL it was sent with. */
  sendReceipt(smsId: string, sendStatus: '5' | '4'): Promise<number>;
  close(): Promise<void>;
}

const SEND_PATH = '/MainService.svc/json/SendMultipleMessage_V4_post_json/';

/** A real HTTP server on loopback speaking an eSMS-like brand-name SMS API. */
export async function startSmsGatewayPeer(): Promise<SmsGatewayPeer> {
  const peer = {
    apiKey: 'test-api-key',
    secretKey: 'test-secret-key',
    messages: [] as GatewaySms[],
    requests: [] as SmsGatewayPeer['requests'],
    script: [] as GatewayBehaviour[],
    byPhone: new Map<string, GatewayBehaviour | GatewayBehaviour[]>(),
  };
  const byRequest = new Map<string, GatewaySms>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== SEND_PATH) return json(404, { CodeResult: '404' });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
    const record = (answered: string) =>
      peer.requests.push({ requestId: body.RequestId, phone: body.Phone, answered });
    if (body.ApiKey !== peer.apiKey || body.SecretKey !== peer.secretKey) {
      record('101');
      return json(200, { CodeResult: '101', ErrorMessage: 'Authorize Failed' });
    }
    const planned = peer.byPhone.get(body.Phone);
    const behaviour = (Array.isArray(planned) ? planned.shift() : planned) ?? peer.script.shift() ?? 'accept';
    if (behaviour === 'error500') {
      record('500');
      return json(500, { error: 'internal' });
    }
    if (behaviour === 'rate429') {
      record('429');
      res.writeHead(429, { 'retry-after': '1' });
      return res.end();
    }
    if (typeof behaviour === 'object' && 'code' in behaviour) {
      record(behaviour.code);
      return json(200, { CodeResult: behaviour.code, ErrorMessage: 'Refused' });
    }
    const existing = byRequest.get(body.RequestId);
    if (existing) {
      record('124');
      return json(200, { CodeResult: '124', SMSID: existing.smsId, ErrorMessage: 'Duplicate RequestId' });
    }
    const sms: GatewaySms = {
      phone: body.Phone,
      content: body.Content,
      requestId: body.RequestId,
      smsId: randomUUID(),
      brandname: body.Brandname,
      callbackUrl: body.CallbackUrl,
      receivedAt: Date.now(),
    };
    byRequest.set(body.RequestId, sms);
    peer.messages.push(sms);
    record('100');
    if (typeof behaviour === 'object' && 'slowMs' in behaviour) {
      await new Promise((r) => setTimeout(r, behaviour.slowMs));
    }
    if (!res.destroyed) json(200, { CodeResult: '100', SMSID: sms.smsId });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(peer, {
    url,
    async sendReceipt(smsId: string, sendStatus: '5' | '4') {
      const sms = peer.messages.find((m) => m.smsId === smsId);
      if (!sms) throw new Error(`No message ${smsId}`);
      const res = await fetch(sms.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ SMSID: smsId, RequestId: sms.requestId, SendStatus: sendStatus }),
      });
      return res.status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
