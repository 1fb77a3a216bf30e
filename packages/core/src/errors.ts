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
