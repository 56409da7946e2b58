import type { Scanner } from '../text/scan';
import { deadlineAt, DeadlineContext, findDeadlines } from './deadlines';
import {
  actionOpeners,
  addressees,
  and,
  closingWords,
  commands,
  compounds,
  directing,
  documentNouns,
  examples,
  secondTask,
  secondTaskConnectives,
  strongAssigning,
} from './lexicon';
import type { MentionReader } from './mentions';

/** Each side of "và" needs this many words before it splits two tasks ("tuyên truyền và vận động" stays one). */
const MIN_WORDS_EACH_SIDE = 4;
/** Syllables a closing clause may add about what it reports: "kiểm tra" in "báo cáo kết quả kiểm tra". */
const MAX_REPORTED_WORDS = 2;

/**
 * Where, inside the action of a clause, a second task begins: "..., Sở Nông nghiệp và Môi trường
 * thẩm định ..." (another unit and its action), "..., giao Phòng X ...", ", đồng thời ...", or
 * "... và làm tốt ..." (a verb that opens tasks, with enough words on both sides).
 */
export function findSecondTask(
  sc: Scanner,
  reader: MentionReader,
  from: number,
  end: number,
): { leftEnd: number; next: number } | null {
  for (let i = from, depth = 0; i < end; i++) {
    const ch = sc.s[i];
    // Nothing inside brackets starts a task: "(Phòng Kinh tế chủ trì, Văn phòng phối hợp)".
    if (ch === '(' || ch === ')') depth = Math.max(0, depth + (ch === '(' ? 1 : -1));
    if (depth > 0) continue;
    if (ch === ',') {
      const j = sc.skipSpaces(i + 1, end);
      if (sc.at(secondTaskConnectives, j, end)) return { leftEnd: i, next: j };
      const assign = sc.at(strongAssigning, j, end);
      if (assign && reader.listAt(assign.end, end).length) return { leftEnd: i, next: j };
      if (unitWithAction(sc, reader, j, end) && !amongExamples(sc, from, i)) return { leftEnd: i, next: j };
      continue;
    }
    if (ch !== 'v' || (i > 0 && sc.isLetter(i - 1))) continue;
    const conj = sc.at(and, i, end);
    if (!conj) continue;
    const j = sc.skipSpaces(conj.end, end);
    const left = sc.trimEnd(from, i, ',');
    // "... MTTQ và các đoàn thể tập trung ...": with no verb before it, "và" only adds a unit to the list.
    const leftActs = hasVerb(sc, from, left);
    if (leftActs && unitWithAction(sc, reader, j, end) && !onlyDirects(sc, reader, from, left))
      return { leftEnd: left, next: j };
    if (
      sc.at(secondTask, j, end) &&
      words(sc, from, i) >= MIN_WORDS_EACH_SIDE &&
      words(sc, j, end) >= MIN_WORDS_EACH_SIDE &&
      !insideDocumentTitle(sc, from, i)
    ) {
      return { leftEnd: left, next: j };
    }
  }
  return null;
}

function unitWithAction(sc: Scanner, reader: MentionReader, pos: number, end: number): boolean {
  const units = reader.listAt(pos, end, { extendToVerb: true });
  if (!units.length) return false;
  return !!sc.at(actionOpeners, sc.skip(sc.skipAside(units[units.length - 1].end, end), end, ','), end);
}

/** After "như ...": the names that follow, up to the comma, are examples of the subject. */
function amongExamples(sc: Scanner, from: number, to: number): boolean {
  const marker = sc.find(examples, from, to);
  return !!marker && !hasVerb(sc, marker.end, to);
}

/** Only a verb "and" whom it directs: "chỉ đạo lực lượng chức năng" before "và Công an các xã ...". */
function onlyDirects(sc: Scanner, reader: MentionReader, from: number, to: number): boolean {
  const verb = sc.at(directing, from, to);
  if (!verb) return false;
  const units = reader.listAt(verb.end, to, { properNames: true });
  return (units.length > 0 && units[units.length - 1].end >= to) || !hasVerb(sc, verb.end, to);
}

/** A verb in [from, to), not counting the tail of a compound noun ("trình" in "công trình"). */
function hasVerb(sc: Scanner, from: number, to: number): boolean {
  const nouns = [...sc.iterate(compounds, from, to)];
  for (const verb of sc.iterate(commands, from, to)) {
    if (!nouns.some((n) => n.index <= verb.index && verb.end <= n.end)) return true;
  }
  return false;
}

/** A capitalised document noun ("Đề án", "Kế hoạch") before "và": the words after it are its title. */
function insideDocumentTitle(sc: Scanner, from: number, to: number): boolean {
  for (const hit of sc.iterate(documentNouns, from, to)) if (sc.isUpper(hit.index)) return true;
  return false;
}

function words(sc: Scanner, from: number, to: number): number {
  return sc.s.slice(from, to).trim().split(/\s+/).filter(Boolean).length;
}

/**
 * A clause that only closes the one before it: "...; báo cáo kết quả hằng tháng", "...; hoàn thành
 * trước ngày 15/12". Take away deadlines, units and the closing words: nothing of substance is left.
 */
export function isClosingClause(
  sc: Scanner,
  reader: MentionReader,
  ctx: DeadlineContext,
  start: number,
  end: number,
): boolean {
  const head = sc.skip(start, end, '-+*');
  if (!sc.at(closingWords, head, end) && !deadlineAt(sc, head, end, ctx)) return false;
  const covered: Array<[number, number]> = findDeadlines(sc, start, end, ctx).map((d) => [d.start, d.end]);
  for (const hit of sc.iterate(closingWords, start, end)) covered.push([hit.index, hit.end]);
  covered.sort((x, y) => x[0] - y[0]);
  // Any other word must belong to a unit ("báo cáo UBND huyện"), but for a word or two of what is
  // reported ("báo cáo kết quả kiểm tra").
  let spare = MAX_REPORTED_WORDS;
  for (let i = start, c = 0; i < end;) {
    while (c < covered.length && covered[c][1] <= i) c++;
    if (c < covered.length && covered[c][0] <= i) {
      i = covered[c][1];
      continue;
    }
    if (!/\p{L}/u.test(sc.s[i])) {
      i++;
      continue;
    }
    const unit = reader.at(i, end);
    if (!unit && !sc.at(addressees, i, end) && spare-- <= 0) return false;
    i = unit ? unit.end : sc.wordEnd(i, end);
  }
  return true;
}
