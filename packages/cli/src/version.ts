import { readFileSync } from "node:fs";

interface PackageJson {
  name: string;
  version: string;
}

/** This package's package.json (one level above both src/ and dist/). */
export const cliPackage = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as PackageJson;

export const VERSION = cliPackage.version;
