#!/usr/bin/env node
import { runCli } from "./cli.js";

// process.stdin is a getter that opens standard input: only a run that reads `-` calls it.
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), get stdin() { return process.stdin; } };
process.exitCode = await runCli(process.argv.slice(2), io);
