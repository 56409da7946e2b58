import { foldDiacritics } from '@dondoc/core';

/**
 * SMS text and its cost. GSM-7 text: 160 characters in one segment, 153 a segment beyond; the
 * extension characters count twice. Anything else goes as UCS-2: 70, then 67 a segment. Brand-name
 * gateways often require text without diacritics; foldForSms keeps case and punctuation.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export type SmsEncoding = 'gsm7' | 'ucs2';

export function encodingOf(text: string): SmsEncoding {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return 'ucs2';
  return 'gsm7';
}

/** Length in the units segments are counted in (septets for GSM-7, UTF-16 code units for UCS-2). */
function unitsOf(text: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return text.length;
  let n = 0;
  for (const ch of text) n += extended.has(ch) ? 2 : 1;
  return n;
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
};

export function segmentCount(text: string): number {
  const encoding = encodingOf(text);
  const units = unitsOf(text, encoding);
  const { single, part } = LIMITS[encoding];
  return units <= single ? 1 : Math.ceil(units / part);
}

/** Plain ASCII, case kept ("Hạn: 20/12" → "Han: 20/12"): Vietnamese letters lose their marks, quotes and dashes straighten. */
export function foldForSms(text: string): string {
  const folded = [...text]
    .map((ch) => {
      if (isPlainAscii(ch)) return ch;
      const plain = foldDiacritics(ch);
      const shaped = ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? plain.toUpperCase() : plain;
      if (shaped && [...shaped].every(isPlainAscii)) return shaped;
      return REPLACEMENTS[ch] ?? '?';
    })
    .join('');
  return folded.replace(/ {2,}/g, ' ');
}

/** Printable ASCII and line breaks: what every gateway accepts as "no diacritics". */
const isPlainAscii = (ch: string) => ch === '\n' || (ch >= ' ' && ch <= '~');

const REPLACEMENTS: Record<string, string> = {
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '…': '...',
  '\t': ' ',
  '\u00a0': ' ',
};

/** How much text fits in `segments` segments of an encoding. */
function capacity(encoding: SmsEncoding, segments: number): number {
  const { single, part } = LIMITS[encoding];
  return segments <= 1 ? single : part * segments;
}

/**
 * Builds an SMS from a fixed head and tail around a part that may be shortened (the task title),
 * within `maxSegments`. The tail (deadline, link) is never cut: the title gives way first.
 */
export function fitSms(
  parts: { head: string; body: string; tail: string },
  options: { unicode: boolean; maxSegments: number },
): string {
  const prepare = (s: string) => (options.unicode ? s : foldForSms(s));
  const head = prepare(parts.head);
  const body = prepare(parts.body);
  const tail = prepare(parts.tail);
  const whole = `${head}${body}${tail}`;
  const encoding = encodingOf(whole);
  const room = capacity(encoding, options.maxSegments);
  if (unitsOf(whole, encoding) <= room) return whole;
  const ellipsis = encoding === 'gsm7' ? '...' : '…';
  const left = room - unitsOf(head + tail, encoding) - unitsOf(ellipsis, encoding);
  if (left <= 0) return truncateUnits(`${head}${tail}`, room, encoding);
  return `${head}${truncateUnits(body, left, encoding).trimEnd()}${ellipsis}${tail}`;
}

function truncateUnits(text: string, units: number, encoding: SmsEncoding): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const cost = encoding === 'ucs2' ? ch.length : extended.has(ch) ? 2 : 1;
    if (used + cost > units) break;
    out += ch;
    used += cost;
  }
  return out;
}
