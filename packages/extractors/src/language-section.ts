import { z } from "@procmine/core";

/**
 * Spanish and Portuguese word lists live in their own sections of each data file (`"es": {…}`,
 * `"pt": {…}`), shaped like the English lists they extend: any list may be given, none must be.
 * The same rule code then reads all three languages; only the lists differ.
 */

/** The schema of a language section: every field of `schema` optional, nested objects alike, unknown keys refused. */
export function languageSection(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = { $comment: z.string().optional() };
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (key !== "$comment") shape[key] = languageSection(field).optional();
    }
    return z.object(shape).strict();
  }
  return schema;
}

type Section<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Section<T[K]> } : T;
export type LanguageSection<T> = Section<T> & { $comment?: string };

/**
 * The English data extended by a language section: lists are joined (English first), records and
 * objects merged key by key, a scalar the section gives replaces the English one.
 */
export function withSection<T>(base: T, section: LanguageSection<T> | undefined): T {
  if (section === undefined) return base;
  return merge(base, section) as T;
}

function merge(base: unknown, extra: unknown): unknown {
  if (extra === undefined) return base;
  if (Array.isArray(base) && Array.isArray(extra)) return [...new Set([...base, ...extra])];
  if (isPlain(base) && isPlain(extra)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(extra)) if (k !== "$comment") out[k] = merge(base[k], v);
    return out;
  }
  return extra;
}

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
