/**
 * npm run eval:extraction [-- --verbose] [-- --dir DIR ...]
 * Scores the extractor against annotated meeting conclusions: the shared seeds in
 * ../shared/extraction (skipped with a note when absent) and test/fixtures/extraction/*.json.
 * A predicted task matches a gold one when their spans in the normalised text (NFC, NBSP as space,
 * runs of white space as one space) overlap by at least half of the shorter, one to one, largest
 * overlaps first. Prints precision, recall and F1 per file and overall, date accuracy and lead-unit
 * accuracy over matched tasks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { foldDiacritics } from '@dondoc/core';
import { extractDraft, publicHolidayCalendar } from '@dondoc/extraction';

interface GoldTask {
  evidence: string;
  lead: string[];
  due: string | null;
}

interface GoldFile {
  id: string;
  source: string;
  meeting_date: string;
  tasks: GoldTask[];
}

interface Score {
  gold: number;
  predicted: number;
  matched: number;
  datesRight: number;
  leadsRight: number;
}

const repoRoot = path.resolve(__dirname, '..');
const verbose = process.argv.includes('--verbose');
const calendar = publicHolidayCalendar();

/** Normalises as the annotations do; map[i] is the normalised index of raw index i (map[raw.length] too). */
function normalise(raw: string): { text: string; map: number[] } {
  const map: number[] = [];
  let text = '';
  let i = 0;
  while (i < raw.length) {
    const start = i;
    const cp = raw.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    let cluster = String.fromCodePoint(cp);
    while (i < raw.length && /[\u0300-\u036f]/.test(raw[i])) cluster += raw[i++];
    const isSpace = /\s/.test(cluster);
    const piece = isSpace ? (text.endsWith(' ') ? '' : ' ') : cluster.normalize('NFC');
    for (let k = start; k < i; k++) map[k] = text.length;
    text += piece;
  }
  map[raw.length] = text.length;
  return { text, map };
}

const nameKey = (s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9& ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Names compared without case and diacritics; one containing the other counts; two empty lists agree. */
function sameLead(gold: string[], predicted: string[]): boolean {
  const g = gold.map(nameKey).filter(Boolean);
  const p = predicted.map(nameKey).filter(Boolean);
  if (!g.length || !p.length) return !g.length && !p.length;
  const near = (a: string, b: string) => a.includes(b) || b.includes(a);
  const covered = g.every((x) => p.some((y) => near(x, y))) && p.every((y) => g.some((x) => near(x, y)));
  return covered || near(g.join(' '), p.join(' '));
}

/** A deadline on a day off may be given as written or rolled to the next working day. */
const sameDate = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && calendar.rollForward(a) === calendar.rollForward(b));

/** --dir DIR (repeatable) scores only those folders, e.g. test/fixtures/extraction-heldout. */
function requestedDirs(): string[] {
  const dirs = process.argv.flatMap((arg, i) =>
    arg === '--dir' && process.argv[i + 1] ? [path.resolve(process.argv[i + 1])] : [],
  );
  return dirs.length
    ? dirs
    : [
        path.resolve(repoRoot, '..', 'shared', 'extraction'),
        path.resolve(repoRoot, 'test', 'fixtures', 'extraction'),
        path.resolve(repoRoot, 'test', 'fixtures', 'extraction-heldout'),
      ];
}

function goldFiles(): Array<{ file: string; gold: GoldFile }> {
  const dirs = requestedDirs();
  const out: Array<{ file: string; gold: GoldFile }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.log(`(skipped ${dir}: not found)`);
      continue;
    }
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Partial<GoldFile>;
      if (Array.isArray(gold.tasks) && gold.source && gold.meeting_date)
        out.push({ file: path.join(dir, name), gold: gold as GoldFile });
    }
  }
  return out;
}

function scoreFile(file: string, gold: GoldFile): Score {
  const raw = readFileSync(path.resolve(path.dirname(file), gold.source), 'utf8');
  const { text, map } = normalise(raw);
  const draft = extractDraft(raw, { meetingDate: gold.meeting_date, calendar });
  const goldSpans = gold.tasks.map((t) => {
    const start = text.indexOf(t.evidence);
    if (start < 0) throw new Error(`${file}: evidence not in the text: ${t.evidence}`);
    return { start, end: start + t.evidence.length };
  });
  const predSpans = draft.tasks.map((t) => ({ start: map[t.start], end: map[t.end] }));
  const pairs: Array<{ g: number; p: number; overlap: number }> = [];
  goldSpans.forEach((g, gi) =>
    predSpans.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0 && overlap >= Math.min(g.end - g.start, p.end - p.start) / 2)
        pairs.push({ g: gi, p: pi, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const score: Score = {
    gold: goldSpans.length,
    predicted: predSpans.length,
    matched: 0,
    datesRight: 0,
    leadsRight: 0,
  };
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    score.matched++;
    const [gt, pt] = [gold.tasks[g], draft.tasks[p]];
    if (sameDate(gt.due, pt.dueDate)) score.datesRight++;
    else if (verbose)
      console.log(`  DATE  gold ${gt.due} got ${pt.dueDate} (${pt.dueText}) :: ${gt.evidence.slice(0, 70)}`);
    if (sameLead(gt.lead, pt.lead)) score.leadsRight++;
    else if (verbose)
      console.log(
        `  LEAD  gold ${JSON.stringify(gt.lead)} got ${JSON.stringify(pt.lead)} :: ${gt.evidence.slice(0, 60)}`,
      );
  }
  if (verbose) {
    gold.tasks.forEach((t, i) => usedG.has(i) || console.log(`  MISS  ${t.evidence.slice(0, 100)}`));
    draft.tasks.forEach(
      (t, i) => usedP.has(i) || console.log(`  EXTRA ${t.sourceText.replace(/\s+/g, ' ').slice(0, 100)}`),
    );
  }
  return score;
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');

function line(label: string, s: Score): string {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    label.padEnd(34),
    String(s.gold).padStart(4),
    String(s.predicted).padStart(5),
    String(s.matched).padStart(6),
    pct(s.matched, s.predicted).padStart(7),
    pct(s.matched, s.gold).padStart(7),
    f1.toFixed(3).padStart(7),
    pct(s.datesRight, s.matched).padStart(7),
    pct(s.leadsRight, s.matched).padStart(7),
  ].join(' ');
}

const emptyScore = (): Score => ({ gold: 0, predicted: 0, matched: 0, datesRight: 0, leadsRight: 0 });

function add(into: Score, s: Score) {
  for (const k of Object.keys(into) as Array<keyof Score>) into[k] += s[k];
}

function main() {
  const total = emptyScore();
  const byFolder = new Map<string, Score>();
  console.log(
    ['file'.padEnd(34), 'gold', ' pred', 'match', '   prec', ' recall', '     F1', '   date', '   lead'].join(
      ' ',
    ),
  );
  for (const { file, gold } of goldFiles()) {
    if (verbose) console.log(`${gold.id}`);
    const s = scoreFile(file, gold);
    console.log(line(gold.id, s));
    add(total, s);
    const folder = path.relative(repoRoot, path.dirname(file));
    if (!byFolder.has(folder)) byFolder.set(folder, emptyScore());
    add(byFolder.get(folder) as Score, s);
  }
  // With several folders, one line each: the fixtures tuned on and the held-out ones read differently.
  if (byFolder.size > 1) for (const [folder, s] of byFolder) console.log(line(`[${folder}]`, s));
  console.log(line('OVERALL', total));
}

main();
