/**
 * Double-encoded text ("mojibake"): UTF-8 bytes read as Windows-1252 (or Latin-1) and written out
 * again as UTF-8, so `í` (C3 AD) appears as `Ã­` and `’` (E2 80 99) as `â€™`. Scraped pages and
 * database dumps carry it. Each such sequence is read as the one character it stands for, as an
 * HTML character reference is (normalize.ts), so raw offsets keep pointing at what the file holds.
 */
import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import type { References } from "./html-references.js";

// Built only when the file is validated (loadDataFile), not at import.
const doubleEncodingSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      minSequences: z.number().int().min(1),
    })
    .strict();

const data = once(() => loadDataFile(new URL("../data/double-encoding.json", import.meta.url), doubleEncodingSchema).data);

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (a space where the byte is unassigned). Written
 * out because Node's TextDecoder reads "windows-1252" as Latin-1 (C1 controls) for these bytes.
 */
const WINDOWS_1252_80_9F = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

/** The byte each character stands for when UTF-8 was read as Windows-1252 or Latin-1 (0x80–0xFF only). */
const BYTE_OF = once(() => {
  const byteOf = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) byteOf.set(b, b); // Latin-1: the character is the byte
  [...WINDOWS_1252_80_9F].forEach((c, k) => {
    if (c !== " ") byteOf.set(c.codePointAt(0)!, 0x80 + k);
  });
  return byteOf;
});

/** A lead byte of a 2-, 3- or 4-byte UTF-8 sequence: how many continuation bytes follow. */
function continuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The character the sequence at `at` stands for and the sequence's length, or undefined. */
function sequenceAt(text: string, at: number): { value: string; length: number } | undefined {
  const byteOf = BYTE_OF();
  const lead = byteOf.get(text.charCodeAt(at));
  if (lead === undefined) return undefined;
  const n = continuations(lead);
  if (n === 0 || at + n >= text.length) return undefined;
  const bytes = new Uint8Array(n + 1);
  bytes[0] = lead;
  for (let k = 1; k <= n; k++) {
    const b = byteOf.get(text.charCodeAt(at + k));
    if (b === undefined || b > 0xbf) return undefined;
    bytes[k] = b;
  }
  try {
    return { value: utf8.decode(bytes), length: n + 1 };
  } catch {
    return undefined; // an overlong or surrogate sequence: not UTF-8
  }
}

/** Characters that can open a sequence: Â–ô (the lead bytes C2–F4 read as Windows-1252 or Latin-1). */
const LEAD = /[\u00c2-\u00f4]/g;

/** How many double-encoded sequences `text` holds, counting up to `limit`. */
export function countDoubleEncoded(text: string, limit = data().minSequences): number {
  let n = 0;
  LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = LEAD.exec(text))) {
    const s = sequenceAt(text, m.index);
    if (s) {
      n++;
      LEAD.lastIndex = m.index + s.length;
    }
  }
  return n;
}

/** How many sequences a document must hold to be read as double-encoded. */
export function doubleEncodingEvidence(): number {
  return data().minSequences;
}

/**
 * The double-encoded sequences of `raw`, as references: none unless `doubleEncoded` (the
 * document's evidence, decided once for all its windows) or, when not given, `raw` itself holds
 * enough of them. Real `Ã` and `Â` followed by a letter or a space (`NÃO`, `Â `) are never one.
 */
export function findDoubleEncoded(raw: string, doubleEncoded?: boolean): References | undefined {
  if (!(doubleEncoded ?? countDoubleEncoded(raw) >= data().minSequences)) return undefined;
  const out: References = { starts: [], ends: [], values: [] };
  LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEAD.exec(raw))) {
    const s = sequenceAt(raw, m.index);
    if (!s) continue;
    out.starts.push(m.index);
    out.ends.push(m.index + s.length);
    out.values.push(s.value);
    LEAD.lastIndex = m.index + s.length;
  }
  return out.starts.length > 0 ? out : undefined;
}

/**
 * Two reference lists as one, in raw order. They hardly ever overlap (HTML references are ASCII, a
 * double-encoded sequence holds no combining mark); where one would, the one that starts first (at
 * the same start, `a`'s) is kept, so no raw character is read twice.
 */
export function mergeReferences(a: References | undefined, b: References | undefined): References | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: References = { starts: [], ends: [], values: [] };
  let i = 0;
  let j = 0;
  let end = 0;
  while (i < a.starts.length || j < b.starts.length) {
    const fromA = j >= b.starts.length || (i < a.starts.length && a.starts[i]! <= b.starts[j]!);
    const from = fromA ? a : b;
    const k = fromA ? i++ : j++;
    if (from.starts[k]! < end) continue;
    end = from.ends[k]!;
    out.starts.push(from.starts[k]!);
    out.ends.push(from.ends[k]!);
    out.values.push(from.values[k]!);
  }
  return out;
}
