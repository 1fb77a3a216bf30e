/** Why an input could not be read; the CLI prints `path: reason` and goes on with the batch. */
export type InputErrorCode = "not_found" | "unreadable" | "empty" | "binary" | "encoding" | "not_text" | "encrypted" | "damaged" | "no_text_layer";

export class ProcmineInputError extends Error {
  override readonly name = "ProcmineInputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/**
 * The library was called wrongly (`annotate(null)`, `types: "country"`, an extractor with no
 * `extract`): `argument` names what was wrong, the message says why, in one line.
 */
export class ProcmineUsageError extends Error {
  override readonly name = "ProcmineUsageError";
  constructor(
    readonly argument: string,
    reason: string,
  ) {
    super(`${argument}: ${reason}`);
  }
}

/** An extractor failed on a document (it threw, or returned no list of mentions). */
export class ProcmineExtractorError extends Error {
  override readonly name = "ProcmineExtractorError";
  constructor(
    /** `name@version` of the extractor. */
    readonly extractor: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`extractor ${extractor}: ${reason}`, options);
  }
}

/** A value as a person reads it in a one-line message: `null`, `a Buffer`, `the string "country"`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return `${typeof value} ${String(value)}`;
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  const name = (value as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : "an object";
}

/** What an extractor threw, in one line (it may throw a string, or an Error with a long message). */
export function describeThrown(thrown: unknown): string {
  const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : typeof thrown === "string" ? thrown : describeValue(thrown);
  const line = text.split("\n", 1)[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || "(no message)";
}
