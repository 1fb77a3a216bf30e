/**
 * Latin typographic ligatures (U+FB00-FB06: ff, fi, fl, ffi, ffl, long s t, st), which PDF
 * extraction leaves in running text (`tráﬁco`). wink-nlp's tokenizer cuts a word at one
 * (`trá` `ﬁ` `co`); these helpers join such pieces back into one word, so the word keeps its
 * raw offsets (the span covers the ligature character) and its key folds it to letters (tokens.ts).
 */
export const LIGATURE = /[\uFB00-\uFB06]/;

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Packed tokens (start, end, kind, key id per token) with each run of abutting letter tokens that
 * holds a ligature joined into one token; `retoken(start, end)` gives the joined token's kind and key.
 * Returns `tokens` itself when the chunk has no ligature.
 */
export function joinLigatureWords(chunk: string, tokens: Int32Array, retoken: (start: number, end: number) => [kind: number, keyId: number]): Int32Array {
  if (!LIGATURE.test(chunk)) return tokens;
  const out: number[] = [];
  const n = tokens.length / 4;
  for (let i = 0; i < n; ) {
    const start = tokens[i * 4]!;
    let end = tokens[i * 4 + 1]!;
    let j = i + 1;
    let joined = false;
    if (LETTERS.test(chunk.slice(start, end))) {
      while (j < n && tokens[j * 4] === end && LETTERS.test(chunk.slice(end, tokens[j * 4 + 1]!))) {
        end = tokens[j * 4 + 1]!;
        j++;
      }
      joined = j > i + 1 && LIGATURE.test(chunk.slice(start, end));
    }
    if (joined) {
      const [kind, keyId] = retoken(start, end);
      out.push(start, end, kind, keyId);
      i = j;
    } else {
      for (let k = 0; k < 4; k++) out.push(tokens[i * 4 + k]!);
      i++;
    }
  }
  return Int32Array.from(out);
}
