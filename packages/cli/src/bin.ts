#!/usr/bin/env node
// `--version` answers before the rest of the command loads (its modules take most of a start).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const { VERSION } = await import("./version.js");
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import("./cli.js");
  process.exitCode = await runCli(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() });
}
