#!/usr/bin/env node
import { readFileSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/**
 * How much a function runs before V8 optimizes it (its `--interrupt-budget`), set before any of
 * procmine's code loads; process-wide, so the pool's workers share it. V8's default (67,584)
 * optimizes functions that a run meets briefly, and a run over many small new documents paid
 * about a third of its CPU for compiling them: at this budget only the code that stays hot is
 * optimized, with fuller type feedback (400 new texts, `--jobs 1`: 5.5 s CPU at the default,
 * 3.9 s here; `bench/cli-cold.mjs`). It changes when code is compiled, never what it computes. A
 * budget given to node itself (`node --interrupt-budget=N bin.js`) is left as it is.
 */
const INTERRUPT_BUDGET = 600_000;

function tuneJit(): void {
  if (process.execArgv.some((a) => /^--interrupt[-_]budget(=|$)/.test(a))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

// `--version` answers before the rest of the command loads (its modules take most of a start).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // The package's version as version.ts reads it, without loading core (every one of its modules) for it.
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  tuneJit();
  // The build bundles the CLI into one module (scripts/bundle-cli.mjs), far quicker to load than
  // its modules; a build of the modules alone since (`tsc -b`, which writes this package's
  // .tsbuildinfo when it or a package it uses changed) runs the modules.
  const bundle = new URL("./procmine.bundle.js", import.meta.url);
  const { runCli } = (await import(bundleIsCurrent(bundle) ? bundle.href : "./cli.js")) as typeof import("./cli.js");
  if (process.env.PROCMINE_STARTUP_MARKS === "1") process.stderr.write(`startup main ${performance.now().toFixed(1)} ms: cli modules loaded\n`);
  // process.stdin is a getter that opens standard input: only a run that reads `-` calls it.
  const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), get stdin() { return process.stdin; } };
  process.exitCode = await runCli(argv, io);
}

function bundleIsCurrent(bundle: URL): boolean {
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const built = statSync(new URL("./.tsbuildinfo", import.meta.url), { throwIfNoEntry: false });
  return bundled !== undefined && (built === undefined || bundled.mtimeMs >= built.mtimeMs);
}
