/** File-system errors in the words a person reads after a path. */

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error",
};

/** A file-system error as the short reason a person reads after the path. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && FS_REASONS[code]) return `cannot read: ${FS_REASONS[code]}`;
  return `cannot read: ${(e as Error).message}`;
}
