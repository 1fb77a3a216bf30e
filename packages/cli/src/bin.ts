#!/usr/bin/env node
import { readFileSync, statSync } from "node:fs";

// `--version` answers before the rest of the command loads (its modules take most of a start).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // The package's version as version.ts reads it, without loading core (every one of its modules) for it.
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${version}\n`);
} else {
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
