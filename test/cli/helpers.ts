/**
 * Shared helpers for the CLI tests: they run the BUILT CLI (its workers are dist/worker.js), in
 * this process (`procmine`) or, for signals and the bin itself, as a subprocess.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "@procmine/cli";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "packages/cli/dist/bin.js");
export const SEEDS = join(ROOT, "fixtures/seeds");
export const GOLD = join(ROOT, "fixtures/gold");

export function requireBuild(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "pnpm build" first (the root "pnpm test" does)`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in this process (runCli, as bin.js does, with its own folder, standard input and
 * output): the same code path without starting Node. Runs may overlap (concurrent tests).
 */
export async function procmine(args: string[], options: { cwd?: string; input?: string | Buffer | Readable } = {}): Promise<Run> {
  const out = collect();
  const err = collect();
  const input = options.input;
  const stdin = input instanceof Readable ? input : Readable.from(input === undefined ? [] : [typeof input === "string" ? Buffer.from(input) : input]);
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream, stdin, cwd: options.cwd ?? ROOT });
  return { code, stdout: out.text(), stderr: err.text() };
}

function collect() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Run the built binary as a subprocess: for what only a process shows (its exit code as the shell sees it, signals). */
export function procmineBin(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI without waiting (for interruption tests). */
export function startProcmine(args: string[], cwd = ROOT) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on("close", (code) => resolve({ code, stdout: "", stderr })));
  return { child, done };
}

export { listFiles, tempDir } from "../temp-dirs.js";

export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** RFC 4180 parser (quoted fields, doubled quotes, line breaks inside quotes), for checking output. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function csvObjects(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

export const hasPython = spawnSync("python3", ["--version"]).status === 0;
export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
