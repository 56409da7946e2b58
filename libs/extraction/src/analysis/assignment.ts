import type { Scanner } from '../text/scan';
import type { ClauseContext } from './clause';
import { Deadline, deadlineAt } from './deadlines';
import {
  actionOpeners,
  assigning,
  auxiliaries,
  commands,
  genericActions,
  handOver,
  listIntro,
  negators,
  notAssigning,
  weakAssigning,
} from './lexicon';
import type { Mention } from './mentions';

/** "đề nghị / yêu cầu / giao ..." handing work to units (none named: the lead is left to the office). */
export interface Assignment {
  verbStart: number;
  after: number;
  mentions: Mention[];
  /** A deadline right after the verb: "nhấn mạnh, 6 tháng cuối năm 2024, các phòng ... cần ...". */
  adverbial: Deadline | null;
}

/**
 * The first assigning verb of a clause that hands work out: said by the speaker (nobody or an
 * authority before it, no action yet), not reported ("đã chỉ đạo"), and followed by units, a colon
 * or, for the strong verbs, an action. Weak verbs ("chỉ đạo") after a unit are that unit's action.
 */
export function findAssignment(ctx: ClauseContext, pos: number, end: number): Assignment | null {
  const { sc, reader } = ctx;
  for (const hit of sc.iterate(assigning, pos, end)) {
    const k = hit.index;
    if (negatedBefore(sc, pos, k) || sc.at(notAssigning, k, end)) continue;
    if (actionBefore(sc, pos, k)) return null;
    const before = mentionBefore(ctx, pos, k);
    if (before && !before.authority) return null;
    const weak = !!sc.at(weakAssigning, k, end);
    if (weak && !before && k === pos && ctx.leadInScope) return null;
    const afterVerb = sc.skipSpaces(hit.end, end);
    let q = sc.skip(hit.end, end, ',:');
    const adverbial = deadlineAt(sc, q, end, ctx.deadlines);
    const leading = adverbial?.date && sc.s[sc.skipSpaces(adverbial.end, end)] === ',' ? adverbial : null;
    if (leading) q = sc.skip(leading.end, end, ',');
    const mentions = reader.listAt(q, end, { extendToVerb: true, properNames: !weak });
    // "Phát biểu kết luận, Chủ tịch UBND tỉnh ...": after a comma, an authority is the speaker, not the lead.
    const speakerAfterComma = sc.s[afterVerb] === ',' && mentions[0]?.authority;
    if (mentions.length && !speakerAfterComma) {
      return { verbStart: k, after: mentions[mentions.length - 1].end, mentions, adverbial: leading };
    }
    const intro = sc.s[afterVerb] === ':' || !!sc.at(listIntro, afterVerb, end);
    const action = !!sc.at(actionOpeners, q, end) && (!weak || !!before?.authority);
    if (intro || action) return { verbStart: k, after: q, mentions: [], adverbial: leading };
  }
  return null;
}

/** "Xây dựng phương án ... (giao Sở Nông nghiệp và Môi trường chủ trì)": the lead stated in brackets. */
export function parenthesizedLead(ctx: ClauseContext, from: number, end: number): Mention[] | null {
  const { sc, reader } = ctx;
  for (let open = sc.s.indexOf('(', from); open >= 0 && open < end; open = sc.s.indexOf('(', open + 1)) {
    const verb = sc.at(handOver, sc.skipSpaces(open + 1, end), end);
    const units = verb ? reader.listAt(verb.end, end, { properNames: true }) : [];
    if (!units.length) continue;
    if (sc.s[skipGeneric(sc, units[units.length - 1].end, end)] === ')') return units;
  }
  return null;
}

/** Past "chủ trì", "thực hiện", "theo dõi" and the like: the position of the first word that says more. */
export function skipGeneric(sc: Scanner, pos: number, end: number): number {
  let k = sc.skip(pos, end, ',');
  for (let g = sc.at(genericActions, k, end); g; g = sc.at(genericActions, k, end))
    k = sc.skip(g.end, end, ',.');
  return k;
}

/** "đã chỉ đạo", "được giao": the word before the verb makes it a report. */
function negatedBefore(sc: Scanner, from: number, verb: number): boolean {
  let w = sc.trimEnd(from, verb);
  while (w > from && sc.isLetter(w - 1)) w--;
  return w < verb && sc.at(negators, w, verb)?.end === sc.trimEnd(from, verb);
}

/** An action verb already stands before the assigning verb: it is then part of the action ("hồ sơ đề nghị công nhận"). */
function actionBefore(sc: Scanner, from: number, to: number): boolean {
  for (const hit of sc.iterate(commands, from, to)) {
    if (!sc.at(assigning, hit.index, to) && !sc.at(auxiliaries, hit.index, to)) return true;
  }
  return false;
}

/** The unit or person that ends right before an assigning verb, auxiliaries aside. */
function mentionBefore(ctx: ClauseContext, from: number, verb: number): Mention | null {
  const { sc, reader } = ctx;
  for (let w = from; w < verb; w = sc.skipSpaces(sc.wordEnd(w, verb) + 1, verb)) {
    if (!sc.isLetter(w)) continue;
    const m = reader.at(w, verb);
    if (!m) continue;
    let k = sc.skipSpaces(m.end, verb);
    for (let aux = sc.at(auxiliaries, k, verb); aux; aux = sc.at(auxiliaries, k, verb))
      k = sc.skipSpaces(aux.end, verb);
    if (k >= verb) return m;
  }
  return null;
}
