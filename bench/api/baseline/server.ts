/**
 * The bare baseline: node:http and a pg Pool the size of the API's, serving the four measured
 * endpoints with the API's own SQL (see sql.ts) and its per-request auth lookup, JSON out. No
 * framework, ORM, validation pipe, guard or exception filter: what is left is the cost the API
 * cannot avoid, so API req/s ÷ bare req/s tells what the stack around the queries costs.
 * Started by run.ts as a child process: DATABASE_URL, PORT, POOL_SIZE, JWT_SECRET.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, types } from 'pg';
import { authenticate } from './auth';
import { Answer, BareHandlers } from './handlers';

// As the API: DATE columns stay 'YYYY-MM-DD' text.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const pool = new Pool({ connectionString: env('DATABASE_URL'), max: Number(env('POOL_SIZE')) });
const secret = env('JWT_SECRET');
const handlers = new BareHandlers(pool);

const TASK = /^\/api\/tasks\/([0-9a-f-]{36})$/;
const ACTION = /^\/api\/tasks\/([0-9a-f-]{36})\/actions$/;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
}

async function route(req: IncomingMessage): Promise<Answer> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'GET' && path === '/health') return { status: 200, body: { status: 'ok' } };
  const actor = await authenticate(pool, req.headers.authorization, secret);
  if (!actor) return { status: 401, body: { code: 'AUTH_REQUIRED' } };
  let m: RegExpExecArray | null;
  if (req.method === 'GET' && path === '/api/tasks') return handlers.list(actor);
  if (req.method === 'GET' && path === '/api/reports/overdue') return handlers.overdue(actor);
  if (req.method === 'GET' && (m = TASK.exec(path))) return handlers.detail(actor, m[1]);
  if (req.method === 'POST' && (m = ACTION.exec(path)))
    return handlers.progress(actor, m[1], await readJson(req));
  return { status: 404, body: { code: 'NOT_FOUND' } };
}

function send(res: ServerResponse, answer: Answer): void {
  const body = JSON.stringify(answer.body);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  };
  if (answer.etag) headers.ETag = answer.etag;
  res.writeHead(answer.status, headers).end(body);
}

const server = createServer((req, res) => {
  route(req).then(
    (answer) => send(res, answer),
    (e: unknown) => {
      console.error(e);
      send(res, { status: 500, body: { code: 'INTERNAL' } });
    },
  );
});

server.listen(Number(env('PORT')), '127.0.0.1');

process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
