import { AppModule } from '../../apps/api/src/app.module';
import { startTestApp, TestApp } from '../support/test-app';
import { MATRIX, MatrixRow, Probe } from './access-matrix';
import { buildWorld, WHO, Who, World } from './access-world';
import { declaredRoutes, routeKey } from './declared-routes';
import {
  documentedRoutes,
  meets,
  OpenApiDocument,
  OpenApiOperation,
  probeFromDocument,
  seen,
  send,
} from './probe';

// jest.config.js sets testTimeout inside the e2e project, where Jest ignores it; these tests ask many routes.
jest.setTimeout(60_000);

/**
 * Every route × every kind of person, as the table in access-matrix.ts says. Tests are declared
 * from the routes the controllers declare, so a row for a route that is not built yet shows as
 * skipped; at run time the OpenAPI document must list the same routes, and each needs a row.
 */
const DECLARED = declaredRoutes(AppModule.register());
const declaredKeys = new Set(DECLARED.map((r) => r.key));

/** 'GET /api/tasks/{id}' → the key both sources share ('GET /tasks/{id}'). */
const keyOf = (route: string) => {
  const [method, path] = route.split(' ');
  return routeKey(method, path);
};
const isPattern = (row: MatrixRow) => row.route.endsWith('/*');
const patternCovers = (row: MatrixRow, key: string) => key.startsWith(`${keyOf(row.route.slice(0, -2))}/`);
const rowsFor = (key: string) =>
  MATRIX.filter(
    (row) => !row.outsideNest && (isPattern(row) ? patternCovers(row, key) : keyOf(row.route) === key),
  );
const title = (row: MatrixRow, route = row.route) => `${route}${row.case ? ` (${row.case})` : ''}`;
/** The route as a person requests it: a '/*' row's prefix with the rest of the declared route. */
const routeOf = (row: MatrixRow, key: string) =>
  isPattern(row) ? `${row.route.slice(0, -2)}${key.slice(keyOf(row.route.slice(0, -2)).length)}` : row.route;

describe('access to every endpoint, for every kind of person', () => {
  let t: TestApp;
  let w: World;
  let doc: OpenApiDocument;
  /** The document's own route ('GET /api/tasks/{id}') and operation, by route key. */
  const documented = new Map<string, { route: string; operation: OpenApiOperation }>();
  const tally = new Map<string, number>();
  const skipped: string[] = [];
  const count = (expected: string) => tally.set(expected, (tally.get(expected) ?? 0) + 1);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    doc = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    for (const r of documentedRoutes(doc)) documented.set(keyOf(r.route), r);
  }, 120_000);
  afterAll(async () => {
    const counts = [...tally.entries()].sort().map(([status, n]) => `${status}: ${n}`);
    console.log(
      `Access matrix — cells by expected answer: ${counts.join(', ')}\nSkipped rows: ${[...skipped].join('; ') || 'none'}`,
    );
    await t?.close();
  }, 60_000);

  it('has the same routes in the OpenAPI document as the controllers declare', () => {
    expect([...documented.keys()].sort()).toEqual(
      DECLARED.filter((r) => r.documented)
        .map((r) => r.key)
        .sort(),
    );
  });

  it('has a row for every route, documented or not', () => {
    const missing = DECLARED.filter((r) => {
      const rows = rowsFor(r.key);
      if (!rows.length) return true;
      // A '/*' row stands for a route only when the request can be filled in from the document.
      const op = documented.get(r.key)?.operation;
      return rows.every((row) => isPattern(row) && !row.probe && !(op && probeFromDocument(op, w)));
    }).map((r) => documented.get(r.key)?.route ?? r.key);
    expect(missing).toEqual([]);
  });

  /** Asks the route as each person and compares what they got with the row, in one diff per route. */
  async function check(row: MatrixRow, route: string, operation?: OpenApiOperation) {
    const generic = row.probe || !operation ? null : probeFromDocument(operation, w);
    if (!row.probe && operation && !generic) throw new Error(`${route}: give this route a row with a probe`);
    const probeFor = async (who: Who): Promise<Probe> =>
      row.probe ? row.probe(w, who) : (generic?.probe ?? {});
    if (row.expect === 'shared-secret') return checkSharedSecret(route, await probeFor('anonymous'));
    const expected = (generic?.takesLeadUnit && row.expectForLeadUnit) || row.expect;
    const observed = {} as Record<Who, string | number>;
    for (const who of WHO) {
      const res = await send(w, route, await probeFor(who), who);
      observed[who] = meets(expected[who], res) ? expected[who] : seen(res);
      count(String(expected[who]));
    }
    expect(observed).toEqual(expected);
  }

  /** Called by a gateway, not a person: refused without the secret, even with a user's token; let through with it. */
  async function checkSharedSecret(route: string, withSecret: Probe) {
    const { headers: _secret, ...without } = withSecret;
    const answers = {
      anonymous: (await send(w, route, without, 'anonymous')).status,
      leader: (await send(w, route, without, 'leader')).status,
      withSecret: (await send(w, route, withSecret, 'anonymous')).status,
    };
    ['anonymous', 'leader'].forEach(() => count('401/403 without the shared secret'));
    expect({
      anonymous: [401, 403].includes(answers.anonymous),
      leader: [401, 403].includes(answers.leader),
      withSecret: answers.withSecret < 500 && ![401, 403].includes(answers.withSecret),
    }).toEqual({ anonymous: true, leader: true, withSecret: true });
  }

  for (const row of MATRIX) {
    if (row.outsideNest) {
      it(title(row), () => check(row, row.route));
      continue;
    }
    const keys = isPattern(row)
      ? DECLARED.map((r) => r.key).filter((key) => patternCovers(row, key))
      : [keyOf(row.route)].filter((key) => declaredKeys.has(key));
    if (!keys.length) {
      skipped.push(`${title(row)}: not in the API yet`);
      it.skip(`${title(row)} — not in the API yet`, () => undefined);
      continue;
    }
    for (const key of keys) {
      it(title(row, routeOf(row, key)), async () => {
        const doc = documented.get(key);
        // A route left out of the document is asked at the path the row names.
        await check(row, doc?.route ?? row.route, doc?.operation);
      });
    }
  }
});
