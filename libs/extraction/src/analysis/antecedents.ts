import type { NormalizedText } from '../text/normalize';
import type { Mention } from './mentions';
import type { LeadRef, Span } from './finding';

/**
 * The units a notice has named in full, so that a later bare head refers back to one: "... đề nghị
 * Sở Y tế tham mưu ... Sở cũng cần chỉ đạo ..." means Sở Y tế.
 */
export class Antecedents {
  private readonly named: Span[] = [];

  constructor(private readonly doc: NormalizedText) {}

  /** Remembers the leads of a clause and returns them with every back-reference resolved. */
  resolve(ref: LeadRef | null): LeadRef | null {
    if (!ref) return null;
    const lead = ref.lead.map((m) => ((m as Mention).anaphor ? this.antecedent(m) : m));
    for (const m of lead) if (!(m as Mention).anaphor) this.named.push(m);
    return { ...ref, lead };
  }

  private antecedent(m: Span): Span {
    const head = `${this.doc.folded.slice(m.start, m.end)} `;
    for (let i = this.named.length - 1; i >= 0; i--) {
      const n = this.named[i];
      if (this.doc.folded.startsWith(head, n.start)) return n;
    }
    return m;
  }
}
