import type { Scanner } from '../text/scan';
import type { ClauseContext } from './clause';
import { Deadline, deadlineAt } from './deadlines';
import {
  actionOpeners,
  assigning,
  authorityHeads,
  auxiliaries,
  commands,
  coordination,
  genericActions,
  handOver,
  leadRole,
  listIntro,
  modals,
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
    if (negatedBefore(sc, pos, k) || notHandingOver(ctx, k, end)) continue;
    if (actionBefore(sc, pos, k)) return null;
    const before = mentionBefore(ctx, pos, k);
    if (before && !before.authority) return null;
    const weak = !!sc.at(weakAssigning, k, end);
    if (weak && !before && k === pos && ctx.leadInScope) return null;
    // "Đồng chí Phó Chủ tịch phụ trách văn hóa chỉ đạo tổ chức ...": the person addressed does it.
    if (weak && before?.addressee) return null;
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

/**
 * "giao ban" (a briefing), "giao thông": no handing over, unless a longer unit name runs through the
 * word, as in lower case "giao ban chi huy quan su xa chuan bi ..." (giao + Ban Chỉ huy Quân sự).
 */
function notHandingOver(ctx: ClauseContext, verb: number, end: number): boolean {
  const { sc, reader } = ctx;
  const word = sc.at(notAssigning, verb, end);
  if (!word) return false;
  const head = reader.headAt(sc.skipSpaces(sc.wordEnd(verb, end), end), end);
  return !head || head.end <= word.end;
}

/** A department's initials alone in the brackets closing a task: "(KT)", "(VP)", "(TC-KH)". */
const ACRONYM_ALONE = /^([A-ZĐ]{2,6}(?:[-&][A-ZĐ]{1,6})*)\s*\)$/u;

/**
 * The lead stated in brackets after the task: "(giao Sở Nông nghiệp và Môi trường chủ trì)", "(do
 * Phòng Y thực hiện)", "(Phòng Kinh tế chủ trì, Văn phòng phối hợp)", "(TN&MT)" closing it.
 */
export function parenthesizedLead(
  ctx: ClauseContext,
  from: number,
  end: number,
): { lead: Mention[]; coordinating: Mention[] } | null {
  const { sc, reader } = ctx;
  for (let open = sc.s.indexOf('(', from); open >= 0 && open < end; open = sc.s.indexOf('(', open + 1)) {
    const at = sc.skipSpaces(open + 1, end);
    const verb = sc.at(handOver, at, end);
    const acronym = ACRONYM_ALONE.exec(sc.doc.text.slice(at, sc.trimEnd(at, end, '.;')));
    if (acronym)
      return {
        lead: [{ start: at, end: at + acronym[1].length, authority: false, group: false }],
        coordinating: [],
      };
    const lead = reader.listAt(verb ? verb.end : at, end, { properNames: true });
    if (!lead.length) continue;
    // Without "giao" or "do", "X chủ trì" says who leads, or units alone closing the clause: "(Phòng Y tế)".
    const after = sc.skipSpaces(lead[lead.length - 1].end, end);
    const role = sc.at(leadRole, after, end);
    const alone = sc.s[after] === ')' && sc.trimEnd(after, end, '.;') === after + 1;
    if (!verb && !role && !alone) continue;
    let k = skipGeneric(sc, lead[lead.length - 1].end, end);
    const coordinating = reader.listAt(k, end, { properNames: true });
    const joins = coordinating.length
      ? sc.at(coordination, sc.skipSpaces(coordinating[coordinating.length - 1].end, end), end)
      : null;
    if (joins) k = sc.skipSpaces(joins.end, end);
    if (sc.s[k] === ')') return { lead, coordinating: joins ? coordinating : [] };
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

function linking(sc: Scanner, pos: number, limit: number) {
  return sc.at(auxiliaries, pos, limit) ?? sc.at(modals, pos, limit);
}

/**
 * The unit or person that ends right before an assigning verb, auxiliaries aside; the speaker's
 * title alone counts too ("đồng chí lưu ý ...", "lãnh đạo tỉnh đề nghị ...").
 */
function mentionBefore(ctx: ClauseContext, from: number, verb: number): Mention | null {
  const { sc, reader } = ctx;
  for (let w = from; w < verb; w = sc.skipSpaces(sc.wordEnd(w, verb) + 1, verb)) {
    if (!sc.isLetter(w)) continue;
    const title = sc.at(authorityHeads, w, verb);
    const m = reader.at(w, verb) ?? (title && { start: w, end: title.end, authority: true, group: false });
    if (!m) continue;
    // Auxiliaries and modals stand between a unit and its own verb: "Sở Y tế cũng cần chỉ đạo ...".
    let k = sc.skipSpaces(m.end, verb);
    for (let aux = linking(sc, k, verb); aux; aux = linking(sc, k, verb)) k = sc.skipSpaces(aux.end, verb);
    if (k >= verb) return m;
  }
  return null;
}
