import { z } from "./zod.js";

/**
 * Data files are strict: a key the schema does not know (a misspelt `aliasses`) is an error, not
 * silently dropped. `$comment` is the one free key, for notes inside the file.
 */
export function dataObject<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ $comment: z.string().optional(), ...shape });
}

/** A list of words or phrases, none empty: the commonest field of a data file. */
export const Words = z.array(z.string().min(1));

/** Several word-list fields at once: `wordLists("openers", "changeWords")` is `{ openers: Words, changeWords: Words }`. */
export function wordLists<K extends string>(...keys: readonly K[]): Record<K, typeof Words> {
  return Object.fromEntries(keys.map((k) => [k, Words])) as Record<K, typeof Words>;
}

/** A JSON path as people write it: `organizations[0].kind` (`(root)` for the whole file). */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}

/** A data file that cannot be used: `file: json.path: reason` on one line. */
export class DataFileError extends Error {
  override readonly name = "DataFileError";
  constructor(
    readonly file: string,
    readonly at: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}: ${at ? `${at}: ` : ""}${reason}`);
  }
}

/** The first problem zod found, as a DataFileError (one clear line beats a wall of issues). */
export function dataFileError(file: string, error: z.ZodError): DataFileError {
  const issue = error.issues[0]!;
  let path = [...issue.path];
  let reason = issue.message;
  if (issue.code === "unrecognized_keys") {
    // Point at the unknown key itself, not at the object that holds it.
    path = [...path, issue.keys[0]!];
    reason = `unknown key${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(", ")}` : ""}`;
  }
  return new DataFileError(file, jsonPath(path), reason);
}

/** Parse a data file's text: invalid JSON and a bad shape are both DataFileErrors naming the file. */
export function parseDataText<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, undefined, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw dataFileError(file, parsed.error);
  return parsed.data;
}
