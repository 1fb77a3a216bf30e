import { readFileSync } from "node:fs";

/**
 * A package's version as its package.json gives it: the one place a version is written. Pass
 * `new URL("../package.json", import.meta.url)`, which is the package's from src/ and dist/ alike.
 */
export function packageVersion(packageJson: URL): string {
  return (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
}

export const CORE_VERSION = packageVersion(new URL("../package.json", import.meta.url));
