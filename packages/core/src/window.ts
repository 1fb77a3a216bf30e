/** A window of a long document: raw offsets [start, end), starting at a line start. */
export interface WindowSpan {
  start: number;
  end: number;
}

/** Characters per window by default: proceedings (50-500 KB) are always read whole. */
export const DEFAULT_WINDOW_SIZE = 1_000_000;

const BLANK_LINE = /\n[ \t\r\f\u00a0]*\n/g;
/** How many paragraph breaks past the target size to look at for one after a full stop. */
const LOOKAHEAD_BREAKS = 64;

/**
 * Cut a long document into windows of about `size` characters at paragraph breaks, preferring
 * a break after a closed sentence, so no paragraph, sentence or cut word spans two windows.
 */
export function splitWindows(raw: string, size = DEFAULT_WINDOW_SIZE): WindowSpan[] {
  const out: WindowSpan[] = [];
  let start = 0;
  while (raw.length - start > size) {
    const end = breakAfter(raw, start + size);
    if (end <= start || end >= raw.length) break;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: raw.length });
  return out;
}

function breakAfter(raw: string, from: number): number {
  BLANK_LINE.lastIndex = from;
  let first = -1;
  for (let k = 0; k < LOOKAHEAD_BREAKS; k++) {
    const m = BLANK_LINE.exec(raw);
    if (!m) break;
    const next = m.index + m[0].length;
    if (first < 0) first = next;
    if (/[.!?"”')\]]\s*$/.test(raw.slice(Math.max(0, m.index - 8), m.index))) return next;
    BLANK_LINE.lastIndex = m.index + 1;
  }
  if (first >= 0) return first;
  const nl = raw.indexOf("\n", from);
  return nl < 0 ? raw.length : nl + 1;
}
