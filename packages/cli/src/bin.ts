#!/usr/bin/env node
// `--version` answers before the rest of the command loads (its modules take most of a start).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const { VERSION } = await import("./version.js");
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import("./cli.js");
  if (process.env.PROCMINE_STARTUP_MARKS === "1") process.stderr.write(`startup main ${performance.now().toFixed(1)} ms: cli modules loaded\n`);
  // process.stdin is a getter that opens standard input: only a run that reads `-` calls it.
  const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), get stdin() { return process.stdin; } };
  process.exitCode = await runCli(argv, io);
}
