import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const ISOLATED = "test/core/chunk-tokens.test.ts";
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the CLI tests run the built CLI (its worker
    // threads load dist/worker.js, which plain Node runs).
    alias: {
      "@procmine/cli": fileURLToPath(new URL("./packages/cli/dist/index.js", import.meta.url)),
      "@procmine/core": src("core"),
      "@procmine/extractors": src("extractors"),
      "@procmine/pdf": src("pdf"),
    },
  },
  test: {
    setupFiles: ["test/setup.ts"],
    // Vitest's default is one worker fewer than the cores: on 2 cores, one file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // Test files in one worker share loaded modules: wink-nlp's model and the compiled data
        // load once per worker, not once per file (no test mocks modules or stubs globals).
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: [ISOLATED], isolate: false },
      },
      {
        extends: true,
        // Junk text fills core's process-wide memo of wink-nlp cuts with cuts other files must
        // not see (see the report on issue 17: the memo is not independent of what came before).
        test: { name: "isolated", include: [ISOLATED], isolate: true },
      },
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
