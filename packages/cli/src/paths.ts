import { basename, isAbsolute, relative, resolve, sep } from "node:path";

/**
 * How a dataset names a file it read: relative to the folder procmine runs from (`texts/a.txt`),
 * or, for a file outside it, the file's own name. Never absolute, always `/`-separated, so the
 * same texts annotated from another folder give the same bytes.
 */
export function displayPath(path: string, cwd: string): string {
  if (path === "-") return path;
  const rel = relative(cwd, resolve(cwd, path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return basename(path);
  // Only the platform's separator is one: on POSIX a `\` is a character of the file's name.
  return sep === "/" ? rel : rel.split(sep).join("/");
}
