import { packageVersion } from "@procmine/core";

/** procmine's version: the CLI package's. */
export const VERSION = packageVersion(new URL("../package.json", import.meta.url));
