import { Block, MARKER_RANK } from '../text/layout';
import type { Scope } from './finding';

const EMPTY: Scope = { assigned: null, subject: null, deadline: null };

interface Open {
  rank: number;
  scope: Scope;
  /** A line ending with ":" and no marker ("Giao Phòng X:"): the lines after it are its items. */
  introduces: boolean;
}

/**
 * The nesting of a notice: I. › 1. › 1.1. › a) › - › +, and a "...:" line over what follows it.
 * Each block reads the scope (lead, deadline) of the block it hangs under.
 */
export class Outline {
  private stack: Open[] = [];

  /** Places `block` and returns the scope it inherits; `introduces` when it ends with a colon. */
  enter(block: Block, introduces: boolean): Scope {
    const top = () => this.stack[this.stack.length - 1];
    // A plain paragraph after a blank line starts afresh; without one, it may belong to the item above.
    // Paragraphs under a plain "Giao Phòng X:" stay its items, blank lines between them or not.
    if (!block.marker && block.afterBlank) {
      while (this.stack.length && top().rank === Infinity) this.stack.pop();
      if (!top()?.introduces) this.stack = [];
    }
    if (!block.marker && introduces) {
      while (this.stack.length && (top().rank === Infinity || top().introduces)) this.stack.pop();
    } else {
      const rank = block.marker ? MARKER_RANK[block.marker] : Infinity;
      while (this.stack.length && top().rank >= rank) this.stack.pop();
    }
    return top()?.scope ?? EMPTY;
  }

  /** Records what `block` (just entered) hands down to the blocks under it. */
  leave(block: Block, introduces: boolean, scope: Scope) {
    const plainIntro = !block.marker && introduces;
    // An unmarked introduction sits just under the item it belongs to and over everything after it.
    const rank = block.marker
      ? MARKER_RANK[block.marker]
      : plainIntro
        ? (this.stack.at(-1)?.rank ?? 0) + 0.5
        : Infinity;
    this.stack.push({ rank, scope, introduces: plainIntro });
  }
}
