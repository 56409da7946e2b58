import type { Block } from '../text/layout';
import type { NormalizedText } from '../text/normalize';
import type { Pattern } from '../text/pattern';
import { Scanner } from '../text/scan';
import type { Zone } from './classify';
import { DeadlineContext, yieldsTo } from './deadlines';
import { applyField } from './fields';
import { about, directiveHeading, listAnnouncement, narrativeHeading } from './lexicon';
import { Outline } from './outline';
import type { Finding } from './finding';
import { SentenceWalker } from './sentence';

/** Longer than this, a line is a paragraph rather than a section heading. */
const HEADING_MAX_LENGTH = 120;

export interface WalkResult {
  findings: Finding[];
  /** Whether anything marked where the conclusions begin; without it the whole text is read as conclusions. */
  opened: boolean;
  /**
   * They began at an instruction deep in a numbered list, nothing announcing them ("5. giao Ban Chỉ
   * huy Quân sự ..." after items 1–4 with no "kết luận:"): the items before it were instructions too.
   */
  midList: boolean;
}

/**
 * Reads the blocks in order. A list item inherits the lead and deadline its parent heading states
 * ("a) Giao Phòng Tài chính - Kế hoạch:" then "- Chủ trì ..."); section headings and phrases like
 * "kết luận như sau:" move from the narrative part of the text to the conclusions.
 */
export function walk(
  doc: NormalizedText,
  blocks: Block[],
  deadlines: DeadlineContext,
  names: Pattern | null,
  zone: Zone,
): WalkResult {
  const walker = new SentenceWalker(doc, deadlines, names);
  const outline = new Outline();
  const findings: Finding[] = [];
  let opened = false;
  let midList = false;
  let previous: Block | null = null;
  let lastWithTasks = -1;
  /** Where the findings of the list under the latest "...:" begin. */
  let listStart = 0;
  const body = bodyStart(doc, blocks);
  blocks.forEach((block, index) => {
    // The letterhead, the title and a news headline come before the body: none of them assigns anything.
    if (index < body) return;
    const sc = Scanner.forRange(doc, block.start, block.end);
    const text = sc.s.slice(block.start, block.end);
    const introduces =
      /:\s*$/.test(text) || !!sc.find(listAnnouncement, block.start, sc.trimEnd(block.start, block.end, '.'));
    const inherited = outline.enter(block, introduces);

    const section = sectionOf(sc, block, text);
    zone = section ?? zone;
    if (isTopicHeading(sc, block, text)) {
      // "3. Về cải cách hành chính, chuyển đổi số": names a subject for the items below, assigns nothing.
      outline.leave(block, introduces, inherited);
      return;
    }
    const result = walker.block(block, index, inherited, zone);
    if (!opened && result.zone === 'directive') {
      opened = true;
      const sibling = !!block.marker && previous?.marker === block.marker;
      midList = zone === 'narrative' && !section && !result.announced && sibling;
    }
    zone = result.zone;
    previous = block;
    if (result.closing) {
      // Dates the tasks of the block before that have none: "a) ... ⏎ Thời hạn hoàn thành: trước ngày 20/12/2024";
      // "Các nhiệm vụ trên phải hoàn thành trước ..." dates every task of the list it closes.
      const dated = result.closingAll
        ? findings.slice(listStart)
        : findings.filter((f) => f.block === lastWithTasks);
      for (const f of dated) if (yieldsTo(f.deadline)) f.deadline = result.closing;
    }
    if (result.field)
      applyField(
        result.field,
        findings.filter((f) => f.block === lastWithTasks),
      );
    if (result.findings.length) lastWithTasks = index;
    findings.push(...result.findings);
    if (introduces) listStart = findings.length;
    outline.leave(block, introduces, result.scope);
  });
  return { findings, opened, midList };
}

/** "II. NHIỆM VỤ TRỌNG TÂM" (directive) or "I. ĐÁNH GIÁ CHUNG" (narrative): a short marked or all-caps line. */
function sectionOf(sc: Scanner, block: Block, text: string): Zone | null {
  if (block.end - block.start > HEADING_MAX_LENGTH || /[.;!?]\s*\S/.test(text)) return null;
  const raw = sc.doc.text.slice(block.start, block.end);
  const caps = raw === raw.toUpperCase() && /\p{L}{3}/u.test(raw);
  const numbered = block.marker !== null && block.marker !== 'dash' && block.marker !== 'plus';
  if (caps && (numbered || /:\s*$/.test(text))) {
    if (sc.find(directiveHeading, block.start, block.end)) return 'directive';
    if (sc.find(narrativeHeading, block.start, block.end)) return 'narrative';
    return null;
  }
  // In sentence case a heading says what it is first: "I. Kết quả tháng 3", "2. Về nhiệm vụ thời gian tới:".
  if (!numbered || /[.;!?]\s*$/.test(text)) return null;
  const head = sc.skipSpaces(sc.at(about, block.start, block.end)?.end ?? block.start, block.end);
  if (sc.at(directiveHeading, head, block.end)) return 'directive';
  if (sc.at(narrativeHeading, head, block.end)) return 'narrative';
  return null;
}

/** A short numbered line opening on "Về ..." with no sentence in it: a topic heading. */
function isTopicHeading(sc: Scanner, block: Block, text: string): boolean {
  if (block.end - block.start > HEADING_MAX_LENGTH || /[.;!?]/.test(text.replace(/\.\s*$/, ''))) return false;
  const numbered = block.marker !== null && block.marker !== 'dash' && block.marker !== 'plus';
  return numbered && !!sc.at(about, block.start, block.end) && !/[.]\s*$/.test(text);
}

/**
 * The first block of the body: the first list item or the first block ending like a sentence. Lines
 * before it without end punctuation ("ỦY BAN NHÂN DÂN", "THÔNG BÁO", a headline) are headers. A text
 * with no such block at all is read whole.
 */
function bodyStart(doc: NormalizedText, blocks: Block[]): number {
  const sentenceEnd = /[.:;!?…]["”’)]*\s*$/u;
  const first = blocks.findIndex(
    (b) => b.marker !== null || sentenceEnd.test(doc.text.slice(b.start, b.end)),
  );
  return first < 0 ? 0 : first;
}
