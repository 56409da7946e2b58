import type { NormalizedText } from '../text/normalize';
import type { Scanner } from '../text/scan';
import { splitPieces } from '../text/sentences';
import { skipGeneric } from './assignment';
import { Clause, parseClause } from './clause';
import { DeadlineContext, findDeadlines } from './deadlines';
import { reports } from './classify';
import { actionOpeners, avoidance, deadlineLabel, listAnnouncement, topicNouns } from './lexicon';
import type { MentionReader } from './mentions';
import { findSecondTask, isClosingClause } from './split';

interface Context {
  doc: NormalizedText;
  sc: Scanner;
  reader: MentionReader;
  deadlines: DeadlineContext;
  /** A lead inherited from the paragraph or a heading above. */
  leadInScope: boolean;
}

/**
 * The clauses of a sentence: pieces split at ";" and ":", each split again where a second unit or
 * task begins ("..., Sở X thẩm định ...", "... và làm tốt ..."), then joined back where a piece only
 * closes, continues or assigns the one before it.
 */
export function listClauses(ctx: Context, start: number, end: number): Clause[] {
  const { sc, reader } = ctx;
  const out: Clause[] = [];
  let leadInScope = ctx.leadInScope;
  const parse = (from: number, to: number, intro: boolean) => {
    const clause = parseClause({ sc, reader, deadlines: ctx.deadlines, leadInScope }, from, to, intro);
    if (clause.subject && !clause.subject.every((m) => m.authority)) leadInScope = true;
    return clause;
  };
  const pieces = splitPieces(ctx.doc, start, end);
  for (let p = 0; p < pieces.length; p++) {
    const piece = { ...pieces[p] };
    // "... tập trung vào một số nhiệm vụ trọng tâm." introduces the points that follow, as a colon would.
    piece.intro ||= p === pieces.length - 1 && !!sc.find(listAnnouncement, piece.start, piece.end);
    // "Thời hạn hoàn thành: trước ngày 20/12" is one statement, not an introduction and its list.
    const label = sc.at(deadlineLabel, sc.skip(piece.start, piece.end, '-+*'), piece.end);
    if (piece.intro && p + 1 < pieces.length && label?.end === sc.trimEnd(piece.start, piece.end)) {
      piece.end = pieces[++p].end;
      piece.intro = pieces[p].intro;
    }
    for (let from = piece.start; ;) {
      const clause = parse(from, piece.end, piece.intro);
      const split = findSecondTask(sc, reader, clause.actionStart, piece.end);
      if (!split) {
        append(ctx, out, clause);
        break;
      }
      append(ctx, out, parse(from, split.leftEnd, false));
      from = split.next;
    }
  }
  return out;
}

function append(ctx: Context, out: Clause[], clause: Clause) {
  const { sc } = ctx;
  const prev = out.at(-1);
  if (!prev || prev.intro) {
    out.push(clause);
    return;
  }
  // "Rà soát ..., giao Sở Tư pháp chủ trì thực hiện": the second clause only names the lead of the first.
  const leadOfPrevious = !prev.assigned?.length && !prev.subject && clause.assigned?.length;
  if (leadOfPrevious && skipGeneric(sc, clause.actionStart, clause.end) >= clause.end) {
    prev.end = clause.end;
    prev.assigned = clause.assigned;
    if (clause.coordinating.length) prev.coordinating = clause.coordinating;
    prev.explicit = true;
    return;
  }
  const ownLead = clause.subject || clause.assigned?.length;
  // "...; báo cáo kết quả hằng tháng" closes the clause before it; one with a date of its own after
  // a dated clause is a later step ("... đến hết ngày 28/02; kết thúc đợt, báo cáo trước ngày 10/3").
  const closing =
    !ownLead &&
    isClosingClause(sc, ctx.reader, ctx.deadlines, clause.actionStart, clause.end) &&
    !(firmDeadline(ctx, clause) && firmDeadline(ctx, prev));
  // A verbless piece after a verbless topic continues its enumeration ("Tiến độ giải ngân ...; nguồn vốn giảm nghèo; ...");
  // after an action, a piece whose verb the vocabulary lacks carries on with it ("Kiểm soát ...; lấy mẫu kiểm định ...").
  const verbless = (c: Clause) => !sc.at(actionOpeners, c.actionStart, c.end);
  const carriesOn =
    !clause.explicit &&
    !sc.at(topicNouns, clause.actionStart, clause.end) &&
    !reports(sc, clause.actionStart, clause.end);
  // "...; không để người dân phải đi lại nhiều lần" says what the task before must not let happen.
  const avoids = !!sc.at(avoidance, clause.actionStart, clause.end);
  const continuation =
    !clause.subject && !clause.assigned && (avoids || (verbless(clause) && (verbless(prev) || carriesOn)));
  if (closing || continuation) {
    prev.end = clause.end;
    prev.closed ||= closing;
  } else out.push(clause);
}

function firmDeadline(ctx: Context, clause: Clause): boolean {
  return findDeadlines(ctx.sc, clause.spanStart, clause.end, ctx.deadlines).some(
    (d) => d.rank >= 2 && d.date,
  );
}
