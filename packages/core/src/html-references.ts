import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";

const NAME = /^[A-Za-z][A-Za-z0-9]{1,31}$/;
// Built only when the file is validated (loadDataFile), not at import.
const htmlReferencesSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      minReferences: z.number().int().min(1),
      named: z.record(z.string().regex(NAME, "not a reference name"), z.string().refine((v) => [...v].length === 1, "not one character")),
    })
    .strict();

const data = once(() => {
  const file = loadDataFile(new URL("../data/html-references.json", import.meta.url), htmlReferencesSchema);
  return { minReferences: file.data.minReferences, named: new Map(Object.entries(file.data.named)) };
});

/** A character reference as HTML writes one: `&name;`, `&#233;`, `&#xE9;` (always with its `;`). */
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** The references of a text, in raw order: raw [start, end) stands for `value`. */
export interface References {
  starts: number[];
  ends: number[];
  values: string[];
}

/** What a reference stands for, or undefined when it is not one we read (an unknown name, a control code). */
function decode(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return data().named.get(m[3]);
  const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
  // Tab, line feed and carriage return inside running text are spaces: a line break here is not layout.
  if (cp === 9 || cp === 10 || cp === 13) return " ";
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return undefined;
  return String.fromCodePoint(cp);
}

/** How many well-formed references `text` holds, counting up to `limit`. */
export function countReferences(text: string, limit = data().minReferences): number {
  let n = 0;
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = REFERENCE.exec(text))) if (decode(m) !== undefined) n++;
  return n;
}

/** How many well-formed references a document must hold to be read as HTML-escaped. */
export function htmlReferenceEvidence(): number {
  return data().minReferences;
}

/** Whether a text shows it is HTML-escaped: as many well-formed references as the data file asks for. */
export function looksHtmlEscaped(text: string): boolean {
  return countReferences(text) >= data().minReferences;
}

/**
 * The references to decode in `raw`: none unless `escaped` (the document's evidence, decided once
 * for all its windows) or, when not given, `raw` itself shows it is HTML-escaped. Text that is not a
 * reference (`AT&T`, `R&D`, `&unknown;`) is never listed.
 */
export function findReferences(raw: string, escaped?: boolean): References | undefined {
  if (!(escaped ?? looksHtmlEscaped(raw))) return undefined;
  const out: References = { starts: [], ends: [], values: [] };
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(raw))) {
    const value = decode(m);
    if (value === undefined) continue;
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
    out.values.push(value);
  }
  return out.starts.length > 0 ? out : undefined;
}
