import { RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';

/**
 * The routes a Nest module declares, read from its decorators without starting anything. Jest
 * declares tests before any app runs, and only then can a row for a route that does not exist yet
 * show as skipped; the matrix test checks at run time that this list and the OpenAPI document agree.
 */
export interface DeclaredRoute {
  /** 'GET /tasks/{id}': method and path as OpenAPI writes them, without the global prefix. */
  key: string;
  /** False for @ApiExcludeController / @ApiExcludeEndpoint routes, which OpenAPI leaves out. */
  documented: boolean;
}

// @nestjs/swagger does not export its metadata keys; these are its decorators' own names.
const EXCLUDE_CONTROLLER = 'swagger/apiExcludeController';
const EXCLUDE_ENDPOINT = 'swagger/apiExcludeEndpoint';

type ModuleRef = Type | DynamicModule | { forwardRef: () => ModuleRef } | undefined;

/** Method and path with ':id' written '{id}' and the '/api' prefix taken off, so both sources compare. */
export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${
    path
      .replace(/^\/api(?=\/|$)/, '')
      .replace(/:(\w+)/g, '{$1}')
      .replace(/\/+$/, '') || '/'
  }`;

const joinPaths = (...parts: string[]) =>
  '/' +
  parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

const paths = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : [typeof value === 'string' ? value : '/'];

function controllersOf(root: ModuleRef): Type[] {
  const seen = new Set<unknown>();
  const found: Type[] = [];
  const visit = (ref: ModuleRef): void => {
    if (!ref || seen.has(ref)) return;
    seen.add(ref);
    if ('forwardRef' in ref) return visit(ref.forwardRef());
    if ('module' in ref) {
      found.push(...(ref.controllers ?? []));
      (ref.imports ?? []).forEach((m) => visit(m as ModuleRef));
      return visit(ref.module);
    }
    found.push(...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, ref) as Type[] | undefined) ?? []));
    ((Reflect.getMetadata(MODULE_METADATA.IMPORTS, ref) as ModuleRef[] | undefined) ?? []).forEach(visit);
  };
  visit(root);
  return [...new Set(found)];
}

/** Every method of the controller, inherited ones included. */
function handlersOf(controller: Type): object[] {
  const handlers: object[] = [];
  for (
    let p = controller.prototype as object | null;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const value = (p as Record<string, unknown>)[name];
      if (name !== 'constructor' && typeof value === 'function') handlers.push(value);
    }
  }
  return handlers;
}

export function declaredRoutes(root: DynamicModule): DeclaredRoute[] {
  const routes = new Map<string, DeclaredRoute>();
  for (const controller of controllersOf(root)) {
    const hidden = (Reflect.getMetadata(EXCLUDE_CONTROLLER, controller) as boolean[] | undefined)?.[0];
    for (const handler of handlersOf(controller)) {
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const excluded = (Reflect.getMetadata(EXCLUDE_ENDPOINT, handler) as { disable?: boolean } | undefined)
        ?.disable;
      for (const base of paths(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const sub of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
          const key = routeKey(RequestMethod[method], joinPaths(base, sub));
          routes.set(key, { key, documented: !hidden && !excluded });
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
}
