import type { Scanner } from '../text/scan';
import type { Finding, Span } from './finding';
import { coordinationLabels, leadLabels } from './lexicon';
import type { MentionReader } from './mentions';

/** A task's field written on a line of its own: "- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị phối hợp: ...". */
export interface Field {
  kind: 'lead' | 'coordinating';
  units: Span[];
}

/** The field a sentence states, if that is all it does. */
export function fieldOf(sc: Scanner, reader: MentionReader, start: number, end: number): Field | null {
  const head = sc.skip(start, end, '-+*');
  const lead = sc.at(leadLabels, head, end);
  const label = lead ?? sc.at(coordinationLabels, head, end);
  if (!label) return null;
  const colon = sc.skipSpaces(label.end, end);
  if (sc.s[colon] !== ':') return null;
  const from = sc.skipSpaces(colon + 1, end);
  const to = sc.trimEnd(from, end, '.;');
  if (to <= from) return null;
  const units = reader.listAt(from, to, { properNames: true });
  return { kind: lead ? 'lead' : 'coordinating', units: units.length ? units : [{ start: from, end: to }] };
}

/** Gives the tasks the field belongs to their lead or coordinating units. */
export function applyField(field: Field, tasks: Finding[]) {
  for (const f of tasks) f[field.kind] = field.units;
}
