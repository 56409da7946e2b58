import { ApiError, toErrorBody } from './errors';
import type { Responses } from './responses';
import type { paths as Paths } from './schema';
import { clearToken, getToken } from './token';

/**
 * A thin typed fetch: paths, path parameters, query strings and request bodies are checked against
 * schema.d.ts (generated from the API's OpenAPI document); answers are typed by responses.ts.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathFor<M extends Method> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never;
}[keyof Paths];
type Op<M extends Method, P extends keyof Paths> = Paths[P] extends { [K in M]: infer O } ? O : never;

/**
 * @nestjs/swagger writes a property it cannot name a type for (`page = 1`, `string | null`) as an
 * empty "Object" schema; the API reads such values as strings or numbers.
 */
type Placeholder = Record<string, never>;
type Fix<T> = T extends Placeholder
  ? Placeholder extends T
    ? string | number
    : T
  : T extends (infer U)[]
    ? Fix<U>[]
    : T extends object
      ? { [K in keyof T]: Fix<T[K]> }
      : T;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Partial<Fix<NonNullable<Q>>> : never;
type PathParamsOf<O> = O extends { parameters: { path: infer A } } ? A : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? Fix<B> : never;

export interface CallOptions<O> {
  path?: PathParamsOf<O>;
  query?: QueryOf<O>;
  body?: BodyOf<O>;
  headers?: Record<string, string>;
}
type Answer<M extends Method, P> = `${M} ${P & string}` extends keyof Responses
  ? Responses[`${M} ${P & string}`]
  : unknown;

export function buildUrl(template: string, path?: object, query?: object): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, k: string) =>
    encodeURIComponent(String((path as Record<string, unknown>)[k])),
  );
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) qs.set(k, v.join(','));
    } else qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${filled}?${s}` : filled;
}

/** Called on 401 outside the sign-in call: the session ended, so the app goes back to sign-in. */
let onSignedOut: () => void = () => undefined;
export const setSignedOutHandler = (fn: () => void) => {
  onSignedOut = fn;
};

export async function send(
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch(url, {
      method: method.toUpperCase(),
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, toErrorBody(0, null));
  }
  if (res.status === 401 && token && !url.endsWith('/auth/login')) {
    clearToken();
    onSignedOut();
  }
  return res;
}

/** An empty body (204) or a page that is not JSON (a proxy's error page) reads as undefined. */
function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

async function call<M extends Method, P extends PathFor<M>>(
  method: M,
  template: P,
  options: CallOptions<Op<M, P>> = {},
): Promise<Answer<M, P>> {
  const res = await send(
    method,
    buildUrl(template, options.path as object | undefined, options.query as object | undefined),
    options.body,
    options.headers,
  );
  const text = await res.text();
  const payload = parseJson(text);
  if (!res.ok) throw new ApiError(res.status, toErrorBody(res.status, payload));
  return payload;
}

export const api = {
  get: <P extends PathFor<'get'>>(p: P, o?: CallOptions<Op<'get', P>>) => call('get', p, o),
  post: <P extends PathFor<'post'>>(p: P, o?: CallOptions<Op<'post', P>>) => call('post', p, o),
  put: <P extends PathFor<'put'>>(p: P, o?: CallOptions<Op<'put', P>>) => call('put', p, o),
  patch: <P extends PathFor<'patch'>>(p: P, o?: CallOptions<Op<'patch', P>>) => call('patch', p, o),
  delete: <P extends PathFor<'delete'>>(p: P, o?: CallOptions<Op<'delete', P>>) => call('delete', p, o),
};

/** Fetches a file (an .xlsx report) with the bearer token and hands it to the browser as a download. */
export async function download<P extends PathFor<'get'>>(
  template: P,
  options: CallOptions<Op<'get', P>>,
  filename: string,
): Promise<void> {
  const res = await send(
    'get',
    buildUrl(template, options.path as object | undefined, options.query as object | undefined),
    undefined,
    {
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  );
  if (!res.ok) {
    const payload: unknown = await res.json().catch(() => null);
    throw new ApiError(res.status, toErrorBody(res.status, payload));
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
