/**
 * Accents a font draws as glyphs of their own (TeX's OT1 fonts: `supervis˜ao`, `seguranc¸a`,
 * `e´`), put back on their letters (`supervisão`, `segurança`, `é`), as a reader sees them and as
 * pdftotext writes them. Unicode's spacing accents name the combining mark each stands for.
 */

/** Spacing accents set over the letter after them (or, at a word's end, before them). */
const OVER: Readonly<Record<string, string>> = {
  "\u02DC": "\u0303", // ˜ tilde
  "\u00B4": "\u0301", // ´ acute
  "\u02CA": "\u0301",
  "\u0060": "\u0300", // ` grave
  "\u02CB": "\u0300",
  "\u02C6": "\u0302", // ˆ circumflex
  "\u00A8": "\u0308", // ¨ diaeresis
  "\u02DA": "\u030A", // ˚ ring
  "\u02C7": "\u030C", // ˇ caron
  "\u02D8": "\u0306", // ˘ breve
  "\u00AF": "\u0304", // ¯ macron
  "\u02C9": "\u0304",
  "\u02D9": "\u0307", // ˙ dot
  "\u02DD": "\u030B", // ˝ double acute
};
/** Spacing accents hung under the letter before them (or, when that one takes none, the letter after them). */
const UNDER: Readonly<Record<string, string>> = {
  "\u00B8": "\u0327", // ¸ cedilla
  "\u02DB": "\u0328", // ˛ ogonek
};
const ACCENT = /[\u02DC\u00B4\u02CA\u0060\u02CB\u02C6\u00A8\u02DA\u02C7\u02D8\u00AF\u02C9\u02D9\u02DD\u00B8\u02DB]/u;
const LETTER = /\p{L}/u;

/** The letter with the mark as one character, or undefined when there is no such letter (`` `l ``). */
function composed(letter: string, mark: string): string | undefined {
  // A dotless i or j is what a font draws under an accent (`´ı`): the accent puts the dot's place back.
  const base = letter === "\u0131" ? "i" : letter === "\u0237" ? "j" : letter;
  const c = (base + mark).normalize("NFC");
  // Only the accented letters of Western European languages (Latin-1's, `À` to `ÿ`): a stray accent
  // beside another letter (`ART´CIULO`, the acute the I's, set before the C) is no Ć.
  return c.length === 1 && c >= "\u00C0" && c <= "\u00FF" ? c : undefined;
}

/**
 * A word's characters with its spacing accents put on their letters, and for each character the
 * index in the word it comes from (the letter's, for a letter that took an accent): an accent over
 * the letter after it, a cedilla or ogonek under the letter before it, and an accent that ends the
 * word over the letter before it (`e´`; not a grave, which ends a code's quote: `` `ls` ``, nor a
 * grave another one closes). An accent no letter takes stays.
 */
function compose(word: string): { chars: string[]; from: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    // (A grave that another closes quotes code, `` `anio` ``: no accent.)
    const over = ch === "\u0060" && word.indexOf(ch, i + 1) >= 0 ? undefined : OVER[ch];
    if (over !== undefined && next !== undefined && LETTER.test(next)) {
      const c = composed(next, over);
      if (c !== undefined) {
        chars.push(c);
        from.push(i + 1);
        i++;
        continue;
      }
    }
    const prev = chars[chars.length - 1];
    const under = UNDER[ch] ?? (next === undefined && ch !== "\u0060" ? over : undefined);
    if (under !== undefined && prev !== undefined && LETTER.test(prev)) {
      const c = composed(prev, under);
      if (c !== undefined) {
        chars[chars.length - 1] = c;
        continue;
      }
    }
    // A cedilla no letter before it takes, drawn just ahead of its letter (`integra¸cão`, as some
    // TeX fonts order it): under the letter after it.
    const below = UNDER[ch];
    if (below !== undefined && next !== undefined && LETTER.test(next)) {
      const c = composed(next, below);
      if (c !== undefined) {
        chars.push(c);
        from.push(i + 1);
        i++;
        continue;
      }
    }
    chars.push(ch);
    from.push(i);
  }
  return { chars, from };
}

/**
 * A line's text with its accent glyphs put on their letters, and its segments (flat [charStart,
 * charEnd, x0, x1]) moved to match. An accent drawn as its own text item comes with a space that
 * is none: a space is dropped where a word beside it holds an accent and the two touch (less than
 * `maxGap` points apart), as the accent sits over its letter (`integrac¸ ˜ao`).
 */
export function putAccentsOn(text: string, segs: readonly number[], maxGap: number): { text: string; segs: number[] } {
  if (!ACCENT.test(text)) return { text, segs: [...segs] };
  // The words (runs of non-spaces) and the box each spans.
  const words: { start: number; end: number; x0: number; x1: number }[] = [];
  for (const m of text.matchAll(/\S+/gu)) words.push({ start: m.index, end: m.index + m[0].length, x0: Infinity, x1: -Infinity });
  for (let k = 0, w = 0; k < segs.length; k += 4) {
    while (w < words.length && words[w]!.end <= segs[k]!) w++;
    for (let v = w; v < words.length && words[v]!.start < segs[k + 1]!; v++) {
      words[v]!.x0 = Math.min(words[v]!.x0, segs[k + 2]!);
      words[v]!.x1 = Math.max(words[v]!.x1, segs[k + 3]!);
    }
  }
  // Where each character of the text goes: its index in the new text, or -1 when it is dropped.
  let out = "";
  const firstOut = new Int32Array(text.length + 1);
  let at = 0;
  for (let w = 0; w < words.length; ) {
    // A group of words that touch across an accent reads as one word.
    let last = w;
    while (last + 1 < words.length && words[last + 1]!.x0 - words[last]!.x1 < maxGap && (ACCENT.test(text.slice(words[last]!.start, words[last]!.end)) || ACCENT.test(text.slice(words[last + 1]!.start, words[last + 1]!.end)))) last++;
    for (; at < words[w]!.start; at++) {
      firstOut[at] = out.length;
      out += text[at];
    }
    const sources: number[] = [];
    for (let v = w; v <= last; v++) for (let i = words[v]!.start; i < words[v]!.end; i++) sources.push(i);
    const { chars, from } = compose(sources.map((i) => text[i]).join(""));
    // A character is placed before the first output character that comes from it or after it.
    let c = 0;
    for (let i = words[w]!.start; i < words[last]!.end; i++) {
      while (c < chars.length && sources[from[c]!]! < i) c++;
      firstOut[i] = out.length + c;
    }
    out += chars.join("");
    at = words[last]!.end;
    w = last + 1;
  }
  for (; at < text.length; at++) {
    firstOut[at] = out.length;
    out += text[at];
  }
  firstOut[text.length] = out.length;
  const moved: number[] = [];
  for (let k = 0; k < segs.length; k += 4) {
    const start = firstOut[segs[k]!]!;
    const end = firstOut[segs[k + 1]!]!;
    // (A lone accent's segment is empty now: its letter's segment holds the letter.)
    if (end > start) moved.push(start, end, segs[k + 2]!, segs[k + 3]!);
  }
  return { text: out, segs: moved };
}
