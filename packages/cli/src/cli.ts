/** The `procmine` command: dispatch, messages and exit codes (0 ok, 1 failures, 2 usage). */
import type { Readable, Writable } from "node:stream";
import { ANNOTATION_TYPES, DataFileError, annotationJsonSchema } from "@procmine/core";
import { dataFilesOf } from "./extensions.js";
import { ExtractorModuleError } from "./user-extractors.js";
import { OutDirError, annotateFiles } from "./annotate.js";
import { ApplyError, applyCorrections } from "./apply.js";
import { ANNOTATE_HELP, APPLY_HELP, EVAL_HELP, IMPORT_BRAT_HELP, MAIN_HELP, MERGE_HELP, SCHEMA_HELP, UsageError, parseAnnotateArgs, parseEvalArgs, parseApplyArgs, parseImportBratArgs, parseMergeArgs, parseSchemaArgs } from "./args.js";
import { MergeError, mergeDatasets } from "./merge.js";
import { StandoffError } from "./brat/standoff.js";
import { BratInputError, importBrat } from "./import-brat.js";
import { terminalPath, safeLine } from "./display.js";
import { EvalInputError, evaluateFiles, scoresToJson, scoresToText } from "./eval.js";
import { DuplicateDocumentError } from "./inputs.js";
import { DatasetLockedError } from "./outputs/lock.js";
import { WorkerStartError } from "./pool.js";
import { createProgress, formatSeconds } from "./progress.js";
import { VERSION } from "./version.js";

/** Everything the command reads from its process, so it can also run inside another one (tests). */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** What `-` reads. */
  stdin: Readable;
  /** The folder relative paths are resolved in and outputs name files relative to. */
  cwd: string;
}

const HELP: Record<string, string> = { annotate: ANNOTATE_HELP, eval: EVAL_HELP, schema: SCHEMA_HELP, "import-brat": IMPORT_BRAT_HELP, apply: APPLY_HELP, merge: MERGE_HELP };

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { cwd } = io;
  const say = (s: string) => void io.stdout.write(s.endsWith("\n") ? s : s + "\n");
  /** `--help` of a command: its help on standard output, exit code 0. */
  const helpShown = (help: string) => (say(help), 0);
  const err = (s: string) => void io.stderr.write(`procmine: ${safeLine(s)}\n`);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "-h":
      case "--help":
      case "help":
        say(command === "help" && rest[0] && HELP[rest[0]] ? HELP[rest[0]]! : MAIN_HELP);
        return 0;
      case "-v":
      case "--version":
        say(VERSION);
        return 0;
      case "annotate":
        return await annotateCommand(rest, io);
      case "eval":
        return await evalCommand(rest, say, cwd);
      case "import-brat": {
        const args = parseImportBratArgs(rest);
        if (args.help) say(IMPORT_BRAT_HELP);
        else io.stderr.write(`procmine: ${await importBrat(args.dir, args.out, cwd)} records -> ${args.out}\n`);
        return 0;
      }
      case "apply": {
        const args = parseApplyArgs(rest);
        if (args.help) return helpShown(APPLY_HELP);
        const r = await applyCorrections({ cwd, dataset: args.dataset, corrections: args.corrections, outDir: args.out, ...(args.formats ? { formats: args.formats } : {}), ...(args.texts ? { texts: args.texts } : {}) });
        const c = r.counts;
        io.stderr.write(`procmine: ${r.documents} documents, ${r.records} annotations (${c.accepted} accepted, ${c.rejected} rejected, ${c.edited} edited, ${c.added} added) -> ${args.out}\n`);
        return 0;
      }
      case "merge": {
        const args = parseMergeArgs(rest);
        if (args.help) return helpShown(MERGE_HELP);
        const r = await mergeDatasets({ cwd, parts: args.parts, outDir: args.out, command: ["procmine", "merge", ...rest] });
        if (!args.quiet) io.stderr.write(`procmine: ${r.parts} parts, ${plural(r.documents, "document")}${r.failed ? ` (${r.failed} failed)` : ""} -> ${terminalPath(args.out)}\n`);
        return r.failed ? 1 : 0;
      }
      case "schema": {
        if (parseSchemaArgs(rest).help) say(SCHEMA_HELP);
        else say(JSON.stringify(annotationJsonSchema(), null, 2));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}" (commands: annotate, merge, eval, schema, import-brat, apply)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      io.stderr.write(`Run "procmine ${e.command ? `${e.command} ` : ""}--help" for usage.\n`);
      return 2;
    }
    if (e instanceof DuplicateDocumentError) {
      for (const line of e.message.split("\n")) err(line);
      err("nothing written");
      return 2;
    }
    if (e instanceof DataFileError) {
      err(`${e.message} (nothing written)`);
      return 2;
    }
    if (e instanceof ExtractorModuleError) {
      err(`${e.path}: ${e.message} (nothing written)`);
      return 2;
    }
    if (e instanceof ApplyError) {
      err(`${e.path}: ${e.message} (nothing written)`);
      return 1;
    }
    if (e instanceof StandoffError) {
      err(e.message);
      return 1;
    }
    if (e instanceof MergeError) {
      err(`${terminalPath(e.path)}: ${e.message} (nothing written)`);
      return 1;
    }
    if (e instanceof EvalInputError || e instanceof OutDirError || e instanceof BratInputError) {
      err(`${terminalPath(e.path)}: ${e.message}`);
      return 1;
    }
    if (e instanceof DatasetLockedError) {
      err(`${terminalPath(command === "annotate" ? outDirOf(rest) : e.lockPath)}: ${e.message}`);
      return 1;
    }
    if (e instanceof WorkerStartError) {
      err(`cannot start the annotators: ${e.message}`);
      return 1;
    }
    if ((e as Error).name === "AbortError") {
      err("interrupted; no output written (the out dir was left as it was)");
      return 130;
    }
    const described = describeFsError(e);
    if (described) {
      err(described + (command === "annotate" ? "; no output written (the out dir was left as it was)" : ""));
      return 1;
    }
    err(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

/** Reasons for file-system errors a person can act on, by code. */
const FS_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  ENAMETOOLONG: "file name too long",
  ENOENT: "no such file or directory",
  ENOTDIR: "not a folder",
  EISDIR: "is a folder",
};

/** `<path>: <reason>` for an error of the file system (a full disk while writing), or undefined. */
export function describeFsError(e: unknown): string | undefined {
  const error = e as NodeJS.ErrnoException;
  if (!error || typeof error.code !== "string" || !/^E[A-Z]+$/.test(error.code)) return undefined;
  const reason = FS_ERRORS[error.code] ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
  return error.path ? `${terminalPath(error.path)}: ${reason}` : reason;
}

/** The -o/--out value of an annotate command line (for messages about the out dir). */
function outDirOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === "-o" || a === "--out") && i + 1 < args.length) return args[i + 1]!;
    if (a.startsWith("--out=")) return a.slice(6);
    if (a.startsWith("-o") && a.length > 2) return a.slice(2);
  }
  return ".";
}

async function annotateCommand(rest: string[], io: CliIo): Promise<number> {
  const args = parseAnnotateArgs(rest);
  if (args.help) {
    io.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  const progress = createProgress(io.stderr, !args.quiet && io.stderr.isTTY === true);
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    // A second Ctrl-C exits at once (the run's exit handler still removes its unfinished folder).
    if (++interrupts > 1) process.exit(130);
    controller.abort(new DOMException("interrupted", "AbortError"));
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  try {
    const result = await annotateFiles({
      inputs: args.inputs,
      outDir: args.outDir,
      types: args.types,
      formats: args.formats,
      jobs: args.jobs,
      maxStdinBytes: args.maxStdin,
      signal: controller.signal,
      command: ["procmine", "annotate", ...rest],
      dataFiles: dataFilesOf(args.data, io.cwd),
      cwd: io.cwd,
      stdin: () => io.stdin,
      extractorModules: args.extractors,
      ...(args.shard ? { shard: args.shard } : {}),
      onError: (path, reason) => progress.log(`procmine: ${path === "-" ? "standard input" : terminalPath(path)}: ${safeLine(reason)}`),
      onWarning: (path, message) => progress.log(`procmine: ${path === "-" ? "standard input" : terminalPath(path)}: ${safeLine(message)}`),
      onProgress: (state) => progress.update(state),
    });
    progress.end();
    if (result.documents === 0 && !result.written) {
      io.stderr.write("procmine: nothing to annotate; no output written\n");
      return 1;
    }
    if (!result.written) {
      const kept = result.hadPrevious ? ` (the dataset in ${terminalPath(args.outDir)} was kept as it was)` : "";
      io.stderr.write(`procmine: no document could be annotated; no output written${kept}\n`);
      return 1;
    }
    if (!args.quiet) {
      const counts = ANNOTATION_TYPES.filter((t) => result.counts[t] !== undefined).map((t) => `${t} ${result.counts[t]}`);
      const total = Object.values(result.counts).reduce((a, b) => a + (b ?? 0), 0);
      const failed = result.failed ? ` (${result.failed} failed)` : "";
      const skipped = result.problems.length ? `, ${plural(result.problems.length, "input")} gave no document` : "";
      io.stderr.write(
        `procmine: ${plural(result.documents, "document")}${failed}, ${total} annotations (${counts.join(", ")})${skipped}, ` +
          `${formatSeconds(result.seconds)} (${(result.bytes / 1e6 / result.seconds).toFixed(2)} MB/s) -> ${terminalPath(args.outDir)}\n`,
      );
    }
    return result.failed > 0 || result.problems.length > 0 ? 1 : 0;
  } finally {
    progress.end();
    // Once interrupted, the handler stays until the process is gone: a second Ctrl-C while it
    // winds down still exits with 130 instead of killing it.
    if (interrupts === 0) {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
    }
  }
}

async function evalCommand(rest: string[], say: (s: string) => void, cwd: string): Promise<number> {
  const args = parseEvalArgs(rest);
  if (args.help) {
    say(EVAL_HELP);
    return 0;
  }
  const result = await evaluateFiles({ cwd, gold: args.gold, pred: args.pred, ...(args.docs ? { docs: args.docs } : {}) });
  say(args.json ? JSON.stringify(scoresToJson(result, args.show), null, 2) : scoresToText(result, args.show));
  return 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
