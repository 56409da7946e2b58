import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';

/**
 * Puts the API's field errors next to the form's fields. `fieldFor` maps the API's field path
 * ("clauses.0.title", "requestedDueDate") to the form's name; an error with no field on the form
 * comes back to be shown above it.
 */
export function showServerErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  fieldFor: (apiField: string) => (string | number)[] | string | null = (f) => f,
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const fields = Object.entries(error.fieldErrors());
  const known = new Set(Object.keys(form.getFieldsValue(true) as object).map(String));
  const placed: { name: (string | number)[] | string; errors: string[] }[] = [];
  const rest: string[] = [];
  for (const [field, messages] of fields) {
    const name = fieldFor(field);
    const top = Array.isArray(name) ? String(name[0]) : name;
    if (name !== null && top !== null && known.has(top)) placed.push({ name, errors: messages });
    else rest.push(...messages);
  }
  form.setFields(placed as Parameters<FormInstance<T>['setFields']>[0]);
  if (!placed.length) return error.message;
  return rest.length ? rest.join(' ') : null;
}
