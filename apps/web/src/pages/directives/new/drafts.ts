import type { UnitGroup } from '../../../api/models';
import type { ExtractedTask } from '../../../api/feature-models';

/** A task as the office reviews it before it exists: one clause, one or more leads. */
export interface Draft {
  key: string;
  title: string;
  sourceText: string;
  start: number | null;
  end: number | null;
  /** 'unit:<id>' or 'group:<id>': a group gives one task per member unit. */
  leads: string[];
  leadNames: string[];
  coordinating: string[];
  dueDate: string | null;
  dueText: string | null;
}

let seq = 0;
export const newKey = () => `d${++seq}`;

export const blankDraft = (): Draft => ({
  key: newKey(),
  title: '',
  sourceText: '',
  start: null,
  end: null,
  leads: [],
  leadNames: [],
  coordinating: [],
  dueDate: null,
  dueText: null,
});

/**
 * A draft from the extractor: the groups its lead names matched, plus any lead unit those groups do
 * not already cover; the office can change both before confirming.
 */
export function fromExtracted(task: ExtractedTask, groups: UnitGroup[]): Draft {
  const covered = new Set(
    groups.filter((g) => task.groups.includes(g.id)).flatMap((g) => g.members.map((m) => m.id)),
  );
  const leads = [
    ...task.groups.map((id) => `group:${id}`),
    ...task.units.filter((id) => !covered.has(id)).map((id) => `unit:${id}`),
  ];
  return {
    key: newKey(),
    title: task.title,
    sourceText: task.sourceText,
    start: task.start,
    end: task.end,
    leads: [...new Set(leads)],
    leadNames: task.lead,
    coordinating: [...new Set(task.coordinatingUnits)],
    dueDate: task.dueDate,
    dueText: task.dueText,
  };
}

/** Where the draft's words are in the pasted text: its offsets if they still fit, else a search. */
export function locate(
  text: string,
  draft: Pick<Draft, 'sourceText' | 'start' | 'end'>,
): [number, number] | null {
  if (!draft.sourceText) return null;
  if (draft.start !== null && draft.end !== null && text.slice(draft.start, draft.end) === draft.sourceText) {
    return [draft.start, draft.end];
  }
  const at = text.indexOf(draft.sourceText);
  return at >= 0 ? [at, at + draft.sourceText.length] : null;
}

/** Cuts a draft in two at the clause boundary (; , .) nearest the middle of its source words. */
export function split(drafts: Draft[], index: number): Draft[] {
  const d = drafts[index];
  const words = d.sourceText || d.title;
  const mid = Math.floor(words.length / 2);
  const cuts = [...words.matchAll(/[;,.]\s/g)].map((m) => m.index + 1);
  const cut = cuts.length
    ? cuts.reduce((best, c) => (Math.abs(c - mid) < Math.abs(best - mid) ? c : best))
    : mid;
  const first = words
    .slice(0, cut)
    .trim()
    .replace(/[;,.]$/, '');
  const second = words.slice(cut).trim();
  const offset = d.start ?? null;
  const a: Draft = {
    ...d,
    key: newKey(),
    title: d.sourceText ? first : d.title,
    sourceText: d.sourceText ? first : '',
    end: offset !== null ? offset + first.length : null,
  };
  const b: Draft = {
    ...d,
    key: newKey(),
    title: second.charAt(0).toUpperCase() + second.slice(1),
    sourceText: d.sourceText ? second : '',
    start: offset !== null ? offset + words.indexOf(second, cut) : null,
  };
  return [...drafts.slice(0, index), a, b, ...drafts.slice(index + 1)];
}

/** Joins a draft with the next: both clauses' words, every lead, and the earlier deadline. */
export function mergeWithNext(drafts: Draft[], index: number, text: string): Draft[] {
  const a = drafts[index];
  const b = drafts[index + 1];
  if (!b) return drafts;
  const la = locate(text, a);
  const lb = locate(text, b);
  const span = la && lb ? [Math.min(la[0], lb[0]), Math.max(la[1], lb[1])] : null;
  const dues = [a.dueDate, b.dueDate].filter((x): x is string => !!x).sort();
  const merged: Draft = {
    key: newKey(),
    title: `${a.title.replace(/[;.\s]+$/, '')}; ${b.title.charAt(0).toLowerCase()}${b.title.slice(1)}`,
    sourceText: span ? text.slice(span[0], span[1]) : [a.sourceText, b.sourceText].filter(Boolean).join(' '),
    start: span?.[0] ?? null,
    end: span?.[1] ?? null,
    leads: [...new Set([...a.leads, ...b.leads])],
    leadNames: [...new Set([...a.leadNames, ...b.leadNames])],
    coordinating: [...new Set([...a.coordinating, ...b.coordinating])],
    dueDate: dues[0] ?? null,
    dueText: dues[0] === a.dueDate ? a.dueText : b.dueText,
  };
  return [...drafts.slice(0, index), merged, ...drafts.slice(index + 2)];
}

export interface DraftErrors {
  title?: string;
  leads?: string;
  dueDate?: string;
}

/** What the API would refuse, found before sending. */
export function validate(drafts: Draft[]): Record<string, DraftErrors> {
  const out: Record<string, DraftErrors> = {};
  for (const d of drafts) {
    const e: DraftErrors = {};
    if (d.title.trim().length < 3) e.title = 'titleRequired';
    if (!d.leads.length) e.leads = 'leadRequired';
    if (Object.keys(e).length) out[d.key] = e;
  }
  return out;
}

export interface ClausePayload {
  title: string;
  sourceText?: string;
  sourceStart?: number;
  sourceEnd?: number;
  leadUnitId?: string;
  leadGroupId?: string;
  coordinatingUnitIds?: string[];
  dueDate: string | null;
}

/** One clause per lead (the API takes one unit or one group a clause), and which draft each came from. */
export function toClauses(drafts: Draft[], text: string): { clauses: ClausePayload[]; draftOf: string[] } {
  const clauses: ClausePayload[] = [];
  const draftOf: string[] = [];
  for (const d of drafts) {
    const at = locate(text, d);
    for (const lead of d.leads) {
      const [kind, id] = lead.split(':');
      clauses.push({
        title: d.title.trim(),
        ...(d.sourceText ? { sourceText: d.sourceText } : {}),
        ...(at ? { sourceStart: at[0], sourceEnd: at[1] } : {}),
        ...(kind === 'group' ? { leadGroupId: id } : { leadUnitId: id }),
        coordinatingUnitIds: d.coordinating.filter((u) => u !== id),
        dueDate: d.dueDate,
      });
      draftOf.push(d.key);
    }
  }
  return { clauses, draftOf };
}

/** How many tasks the drafts will make: a group counts its member units. */
export const taskCount = (drafts: Draft[], groups: UnitGroup[]) =>
  drafts.reduce(
    (n, d) =>
      n +
      d.leads.reduce(
        (m, l) =>
          m + (l.startsWith('group:') ? (groups.find((g) => `group:${g.id}` === l)?.members.length ?? 1) : 1),
        0,
      ),
    0,
  );
