import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // Vitest's default is one worker fewer than the cores: on 2 cores, one file at a time.
    maxWorkers: availableParallelism(),
    // Test files in one worker share loaded modules: wink-nlp's model and the compiled data load
    // once per worker, not once per file (no test mocks modules or stubs globals, and a piece's
    // tokens no longer depend on what the process read before: core/wink-tokenizer.ts).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
