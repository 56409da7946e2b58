import type { Block } from '../text/layout';
import type { NormalizedText } from '../text/normalize';
import type { Pattern } from '../text/pattern';
import { Scanner } from '../text/scan';
import { splitSentences } from '../text/sentences';
import { Antecedents } from './antecedents';
import type { Clause } from './clause';
import { applyField, Field, fieldOf } from './fields';
import { listClauses } from './clause-list';
import { classify, opensConclusions, reports, Zone } from './classify';
import {
  Deadline,
  DeadlineContext,
  findDeadlines,
  pickDeadline,
  statedDeadlines,
  yieldsTo,
} from './deadlines';
import { deadlineOf, Finding, LeadRef, leadOf, Scope, shareClosingDeadline } from './finding';
import { assigning, tasksAbove } from './lexicon';
import { MentionReader } from './mentions';
import { isClosingClause } from './split';

export interface BlockResult {
  findings: Finding[];
  scope: Scope;
  zone: Zone;
  /** The deadline of a block that only dates the tasks before it ("Thời hạn: trước ngày 20/12/2024."). */
  closing: Deadline | null;
  /** The closing names every task of the list above ("Các nhiệm vụ trên phải hoàn thành trước ..."). */
  closingAll: boolean;
  /** An introduction opened the conclusions here ("... kết luận như sau:", "Giao Phòng X:"). */
  announced: boolean;
  /** The block only states a field of the task above it ("- Đơn vị chủ trì: Sở Nội vụ."). */
  field: Field | null;
}

function plainStatement(sc: Scanner, clause: Clause, deadlines: DeadlineContext): boolean {
  return (
    !clause.explicit &&
    !clause.assigned &&
    clause.spanStart === sc.skip(clause.start, clause.end, '-+*;') &&
    !findDeadlines(sc, clause.start, clause.end, deadlines).length
  );
}

/** Reads the sentences of one block: splits them into clauses, decides which are tasks, tracks leads. */
export class SentenceWalker {
  private readonly antecedents: Antecedents;

  constructor(
    private readonly doc: NormalizedText,
    private readonly deadlines: DeadlineContext,
    private readonly names: Pattern | null,
  ) {
    this.antecedents = new Antecedents(doc);
  }

  /** Reads one block in `zone`; returns the zone it leaves off in (an instruction opens the conclusions). */
  block(block: Block, index: number, inherited: Scope, zone: Zone): BlockResult {
    const scope: Scope = { assigned: null, subject: null, deadline: null };
    const findings: Finding[] = [];
    let closing: Deadline | null = null;
    let closingAll = false;
    let announced = false;
    let blockField: Field | null = null;
    // The first clause of a list item under a heading that names the lead, or of a sub-item written as
    // a sentence (a heading like "2. Nhiệm vụ cụ thể" has no full stop): see classify.
    const subItem = block.marker === 'dash' || block.marker === 'plus' || block.marker === 'letter';
    const sentenceLike = subItem && /[.;!]\s*$/.test(this.doc.text.slice(block.start, block.end));
    let item = block.marker !== null && (!!(inherited.assigned ?? inherited.subject) || sentenceLike);
    // The sentence before in this paragraph reported results ("Thu ngân sách ước đạt 68,4 tỷ đồng.").
    let reporting = false;
    for (const sentence of splitSentences(this.doc, block.start, block.end)) {
      const sc = Scanner.forRange(this.doc, sentence.start, sentence.end);
      const reader = new MentionReader(sc, this.names);
      const leadInScope = !!(scope.assigned ?? scope.subject ?? inherited.assigned ?? inherited.subject);
      const field = fieldOf(sc, reader, sentence.start, sentence.end);
      if (field) {
        // "- Đơn vị chủ trì: Sở Nội vụ." belongs to the task above, in this block or the one before.
        if (findings.length) applyField(field, findings);
        else blockField = field;
        continue;
      }
      const context = { doc: this.doc, sc, reader, deadlines: this.deadlines, leadInScope };
      // "Hoàn thành trước ngày 30/12." after a task only dates it (see onlyDates below).
      const listed = listClauses(context, sentence.start, sentence.end);
      const closes =
        findings.length > 0 &&
        listed.every((c) => !c.subject && !c.assigned) &&
        this.onlyDates(sc, reader, sentence.start, sentence.end);
      const clauses = closes ? [] : listed;
      // A unit named in one clause leads the clauses after it in the same sentence; so does a leading deadline.
      let sentenceLead: LeadRef | null = null;
      let sentenceDeadline: Deadline | null = null;
      const emitted: Finding[] = [];
      for (const clause of clauses) {
        let verdict = classify(sc, clause, zone, item);
        // "Xã Thạch Đài hoàn thành các tiêu chí ..." among results is one more result, and so is
        // "...; tổ chức thành công Lễ ra quân" after a reported piece: a plain statement (no modal, no
        // assignment, no deadline) continues the report around it.
        if (verdict === 'task' && reporting && plainStatement(sc, clause, this.deadlines)) verdict = 'none';
        reporting = verdict === 'none' && reports(sc, clause.actionStart, clause.end);
        // "- Trước ngày 30/4: các chi bộ hoàn thành ...": the item's first clause is the one after its introduction.
        if (!clause.intro) item = false;
        const own = this.antecedents.resolve(leadOf(clause));
        sentenceDeadline ??= clause.adverbial;
        if (clause.intro && (clause.assigned || opensConclusions(sc, clause))) announced = true;
        if (clause.assigned || opensConclusions(sc, clause)) zone = 'directive';
        if (verdict === 'none') {
          if (own && (clause.assigned?.length || clause.subject)) sentenceLead = own;
          // A heading that only names a unit ("2.1. Sở Giáo dục và Đào tạo", "1. Đối với UBND xã X") leads the items under it.
          if (own && sc.skip(clause.actionStart, clause.end, ',.:;') >= clause.end) scope.subject = own;
          continue;
        }
        if (clause.explicit) zone = 'directive';
        const lead =
          own ?? sentenceLead ?? scope.assigned ?? scope.subject ?? inherited.assigned ?? inherited.subject;
        // What a heading says about coordination holds for its items; what a task says holds for that task.
        const carried = own && verdict === 'task' ? { lead: own.lead, coordinating: [] } : own;
        if (carried) sentenceLead = carried;
        // "Đồng chí Phó Chủ tịch UBND xã kết luận như sau:" names the speaker, not the lead of the list.
        const speaker =
          verdict === 'intro' &&
          !clause.assigned?.length &&
          !!sc.at(assigning, clause.actionStart, clause.end);
        if (clause.assigned?.length) scope.assigned = carried;
        else if (clause.subject && !speaker) scope.subject = carried;
        const ownDeadline = pickDeadline(statedDeadlines(sc, clause.spanStart, clause.end, this.deadlines));
        if (verdict === 'intro') {
          // "Trước ngày 15/9/2024, UBND các xã hoàn thành các nội dung sau:" dates every item below.
          const firm = ownDeadline && ownDeadline.rank >= 2 ? ownDeadline : null;
          scope.deadline = clause.adverbial ?? sentenceDeadline ?? firm ?? scope.deadline;
          continue;
        }
        const listDeadline = clause.adverbial ?? sentenceDeadline ?? scope.deadline ?? inherited.deadline;
        const coordinating = clause.coordinating.length ? clause.coordinating : (lead?.coordinating ?? []);
        emitted.push({
          sc,
          start: clause.spanStart,
          end: clause.end,
          actionStart: clause.actionStart,
          lead: lead?.lead ?? [],
          coordinating,
          deadline: deadlineOf(ownDeadline, listDeadline),
          block: index,
        });
      }
      shareClosingDeadline(sc, clauses, emitted);
      reporting = !emitted.length && (reporting || clauses.some((c) => reports(sc, c.actionStart, c.end)));
      if (emitted.length) closing = null;
      else if (closes || (clauses.length && this.onlyDates(sc, reader, sentence.start, sentence.end))) {
        const deadline = pickDeadline(findDeadlines(sc, sentence.start, sentence.end, this.deadlines));
        if (findings.length)
          for (const f of findings) f.deadline = yieldsTo(f.deadline) ? deadline : f.deadline;
        else {
          closing = deadline;
          closingAll = !!sc.at(tasksAbove, sc.skip(sentence.start, sentence.end, '-+*"“'), sentence.end);
        }
      }
      findings.push(...emitted);
    }
    const deadline = scope.deadline ?? inherited.deadline;
    return {
      findings,
      // Items below take the nearest lead: this block's own, else the one it inherited.
      scope: scope.assigned || scope.subject ? { ...scope, deadline } : { ...inherited, deadline },
      zone,
      closing: findings.length ? null : closing,
      closingAll,
      announced,
      field: findings.length ? null : blockField,
    };
  }

  /** A sentence that only states when the tasks before it are due: "Thời gian hoàn thành: trước ngày 30/11/2024." */
  private onlyDates(sc: Scanner, reader: MentionReader, start: number, end: number): boolean {
    return (
      findDeadlines(sc, start, end, this.deadlines).length > 0 &&
      isClosingClause(sc, reader, this.deadlines, start, end)
    );
  }
}
