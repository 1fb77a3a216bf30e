// zod as one module in core's build: `dist/zod.js` (tsc's one-line re-export of "zod") becomes a
// bundle of zod's classic API. Loading zod's ~120 files cost every process and every worker some
// 50 ms of a start; one file costs a fraction. Its locales folder is left out but for English (the
// only one procmine configures; the bundle's messages are zod's own). Every module of procmine
// takes zod from here (core's `z`), so a run holds one zod. Tests on the sources use zod itself.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const coreDir = fileURLToPath(new URL("..", import.meta.url));
const zodDir = dirname(createRequire(join(coreDir, "package.json")).resolve("zod/package.json"));
const englishOnly = {
  name: "english-only-locales",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: "locales" }));
    b.onLoad({ filter: /.*/, namespace: "locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), "en.js"))};`,
      resolveDir: zodDir,
    }));
  },
};
await build({
  stdin: { contents: 'export { z } from "zod";', resolveDir: coreDir, sourcefile: "zod-entry.js" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  legalComments: "inline",
  outfile: join(coreDir, "dist", "zod.js"),
  plugins: [englishOnly],
  logLevel: "warning",
  absWorkingDir: coreDir,
});
