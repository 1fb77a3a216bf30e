// What the CLI benchmarks share: where the built CLI is, and their `--name value` options.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
/** The built CLI (run `pnpm build` first). */
export const bin = join(root, "packages/cli/dist/bin.js");

const args = process.argv.slice(2);
/** The value after `name` on the command line, or `fallback`. */
export const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
/** Whether `name` is on the command line. */
export const flag = (name) => args.includes(name);
