import type { Response, Test } from 'supertest';
import type { Expected, Probe } from './access-matrix';
import type { Who, World } from './access-world';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; format?: string; enum?: unknown[]; minimum?: number };
}
export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/** Every (method, path) of the document, as 'GET /api/tasks/{id}' with its operation. */
export function documentedRoutes(doc: OpenApiDocument): { route: string; operation: OpenApiOperation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => ({
      route: `${m.toUpperCase()} ${path}`,
      operation: item[m],
    })),
  );
}

/** unitId, parentUnitId, leadUnitId…: a filter naming a unit, which must lie in the asker's scope. */
const isUnitParam = (p: OpenApiParameter) => /^unit(Id)?$|UnitId$/.test(p.name);

/**
 * A request a route's declared parameters call for, filled with the seeded world's ids by name:
 * the required ones, plus a unit id wherever one is taken (the lead unit, so scope shows). Null when
 * a required parameter is one this cannot guess: such a route needs an explicit row.
 */
export function probeFromDocument(
  operation: OpenApiOperation,
  w: World,
  { unitFilters = true } = {},
): { probe: Probe; takesLeadUnit: boolean } | null {
  const probe = { params: {} as Record<string, string>, query: {} as Record<string, string> };
  let takesLeadUnit = false;
  for (const p of operation.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    if (!p.required && !(unitFilters && isUnitParam(p))) continue;
    if (isUnitParam(p)) takesLeadUnit = true;
    const value = sampleValue(p, w);
    if (value === null) return null;
    (p.in === 'path' ? probe.params : probe.query)[p.name] = value;
  }
  return { probe, takesLeadUnit };
}

function sampleValue(p: OpenApiParameter, w: World): string | null {
  const { name, schema = {} } = p;
  if (isUnitParam(p)) return w.org.units.finance.id;
  if (/^directiveId$/.test(name)) return w.directiveId;
  if (/^taskId$/.test(name)) return w.taskId;
  if (/^(userId|assigneeId)$/.test(name)) return w.org.users.financeStaff.id;
  if (schema.enum?.length) return String(schema.enum[0]);
  if (/^(to|until|end)|(To|Until|End)$/.test(name)) return '2024-12-31';
  if (schema.format === 'date' || /date|from|since|start/i.test(name)) return '2024-11-01';
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  if (schema.type === 'boolean') return 'true';
  return null;
}

export function send(w: World, route: string, probe: Probe, who: Who): Test {
  const [method, path] = route.split(' ');
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = probe.params?.[name];
    if (value === undefined) throw new Error(`${route}: the probe names no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const agent = w.t.http() as unknown as Record<HttpMethod, (url: string) => Test>;
  let req = agent[method.toLowerCase() as HttpMethod](url);
  const auth = w.auth[who];
  if (auth) req = req.set('Authorization', auth);
  for (const [name, value] of Object.entries(probe.headers ?? {})) req = req.set(name, value);
  if (probe.query) req = req.query(probe.query);
  return probe.body ? req.send(probe.body) : req;
}

const CODE_FOR: Partial<Record<number, RegExp>> = {
  401: /^AUTH_REQUIRED$/,
  403: /^FORBIDDEN$/,
  404: /NOT_FOUND$/,
};

/** Whether the answer is what the table says; for a refusal, with the code that says why. */
export function meets(expected: Expected, res: Response): boolean {
  const { status } = res;
  if (expected === 'ok') return status >= 200 && status < 300;
  if (expected === 'allowed') return (status >= 200 && status < 300) || [400, 409, 422].includes(status);
  const code = CODE_FOR[status];
  return status === expected && (!code || code.test(String((res.body as { code?: unknown }).code)));
}

/** How a mismatch reads in the diff: the status and the code the person saw. */
export const seen = (res: Response): string | number => {
  const code = (res.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${res.status} ${code}` : res.status;
};
