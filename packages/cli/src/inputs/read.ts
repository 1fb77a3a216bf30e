/**
 * Inputs are read only when they are regular files. A FIFO named as an input would block the
 * read forever (and a worker blocked in a read ignores termination), a device such as
 * /dev/zero never ends: both are refused, checked on the open file itself so nothing swapped in
 * after discovery gets through. The open never blocks (O_NONBLOCK, harmless on regular files).
 * The read is synchronous: the file is regular by then, and four round trips to libuv's thread
 * pool per small file left the thread idle for a tenth of a many-file run.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/** An input that exists but is not a regular file; `message` is the reason shown after its path. */
export class NotRegularFileError extends Error {
  override readonly name = "NotRegularFileError";
  readonly code = "ENOTREG";
}

/** What stat or readdir tell of a file's type. */
export type FileType = Pick<import("node:fs").Stats, "isFIFO" | "isCharacterDevice" | "isBlockDevice" | "isSocket" | "isDirectory">;

/** What a non-regular file is, for the message. */
export function fileKind(stats: FileType): string {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isDirectory()) return "a directory";
  return "not a file";
}

export const notRegularReason = (stats: FileType) => `not a regular file (${fileKind(stats)}); only regular files are read`;

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** The bytes of a regular file; NotRegularFileError for anything else. */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  const fd = openSync(path, FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(notRegularReason(stats));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
