/**
 * Command-line parsing (node:util parseArgs) and the help texts. Every mistake on the command
 * line is a UsageError: the bin prints it with a pointer to --help and exits with code 2.
 */
import { parseShard, type Shard } from "./shard.js";
import { availableParallelism } from "node:os";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ANNOTATION_TYPES, type AnnotationType } from "@procmine/core";
import { DEFAULT_FORMATS, FORMATS, type Format } from "./formats.js";
import { DEFAULT_MAX_STDIN, formatSize, parseSize } from "./inputs/stdin.js";

export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

export const MAIN_HELP = `procmine: annotate proceedings of security and defense conferences into research datasets

usage: procmine <command> [options]

commands:
  annotate <inputs...> -o <dir>   annotate .txt files, folders or globs; write the dataset to <dir>
  eval --gold <p> --pred <p>      score annotations against gold (precision, recall, F1 per type)
  schema                          print the JSON Schema of an annotation record
  import-brat <dir> -o <file>     read brat standoff (.ann + .txt) back as JSON Lines records
  apply <dataset> <corr> -o <dir> write a dataset with review.html's corrections applied
  merge <parts...> -o <dir>       join the partial datasets of annotate --shard i/n into one dataset

options:
  -h, --help                      show help (also: procmine <command> --help)
  -v, --version                   print procmine's version

example:
  procmine annotate proceedings/ -o dataset/ --format jsonl,csv,html
  procmine eval --gold gold/ --pred dataset/annotations.jsonl
`;

export const ANNOTATE_HELP = `usage: procmine annotate <files, folders or globs...> -o <out dir> [options]

Annotates every input with countries, organizations, threats and numeric claims. Folders are
searched recursively for *.txt files (names starting with "." are skipped); a file named on the
command line is read whatever its extension; "-" reads standard input (doc id "stdin").
Only regular files are read (a FIFO or a device is reported and skipped). Text is UTF-8, or
UTF-16 with a byte-order mark. A document's id is its file name without the extension; two
inputs with the same id stop the run.

options:
  -o, --out <dir>          where to write the dataset (created if missing; required)
  -t, --types <list>       types to annotate, comma-separated (default: all):
                           ${ANNOTATION_TYPES.join(", ")}
  -f, --format <list>      outputs, comma-separated: ${FORMATS.join(", ")} (default: ${DEFAULT_FORMATS.join(",")})
  -j, --jobs <n>           documents annotated at once on worker threads (default and maximum:
                           the number of cores, here ${availableParallelism()}; more would only take memory)
      --max-stdin <size>   standard input read at most, e.g. 512K, 100M, 2G (default ${formatSize(DEFAULT_MAX_STDIN).replace(" MiB", "M")});
                           longer input fails as a document
  -d, --data <file>        your own data (JSON: organizations, threats, countries, nonClaims), added to
                           the built-in data and winning where they collide; repeatable. A
                           procmine.config.json in the current folder is read first, the same way
  -x, --extractor <file>   your own extractor module (.mjs exporting an extractor); repeatable
      --shard <i/n>        annotate only part i of n of the inputs (chosen by a hash of each doc id,
                           so a document stays in its part when inputs are added) into a partial
                           dataset; "procmine merge" joins the n parts (one per job of a cluster)
  -q, --quiet              no progress bar and no summary line (errors are still printed)
  -h, --help               show this help

writes the dataset whole: it is built beside <out dir> and switched in at the end, so after an
interruption or a crash <out dir> is the previous dataset or the new one, never a mix (files in it
that procmine did not write are kept); one run at a time per out dir; a run in which every
document fails writes nothing:
  annotations.jsonl        one annotation record per line, with provenance      (jsonl)
  annotations.csv          the same records as flat columns; numeric values as   (csv)
                           value (single number) plus value_low, value_high (bounds); a text
                           cell starting with = + - @ tab or CR gets a leading ' (no formulas)
  documents/<doc>.json     each document's structure and its annotations         (json)
  review.html              one self-contained page to read and check annotations (html)
  brat/<doc>.txt, .ann     brat standoff and brat/annotation.conf (code point offsets) (brat)
  documents.csv            one row per document: hashes, sizes, encoding, counts, errors (always)
  datapackage.json         Frictionless Data Package: a Table Schema per CSV      (always)
  manifest.json            versions, data file and input hashes, options, counts (always, reproducible)
  run.json                 timing and machine: the one file that differs between runs (always)

exit codes: 0 all documents annotated; 1 some input or document failed (each reported on stderr
as "procmine: <path>: <reason>", the others are still annotated), or the out dir cannot be
written or is in use by another run; 2 usage error; 130 interrupted (nothing written).

example:
  procmine annotate proceedings/ extra/lima-2017.txt -o dataset/ --types country,threat --jobs 4
  cat talk.txt | procmine annotate - -o dataset/ --format jsonl,html
`;

export const EVAL_HELP = `usage: procmine eval --gold <file or dir> --pred <file or dir> [options]

Scores predicted annotations against gold annotations (JSON Lines, one record a line; a folder
is searched recursively for *.jsonl) the way shared/tools/score.py does: per type, exact-span and
overlap precision, recall and F1, and accuracy of the key attribute (iso3, name, category, value)
on overlap matches. Predictions for documents absent from gold are ignored.

options:
  -g, --gold <path>        gold annotations (required)
  -p, --pred <path>        predictions, e.g. dataset/annotations.jsonl or dataset/ (required)
      --docs <list>        only these doc ids, comma-separated
      --json               print the scores as JSON
  -n, --show <n>           list up to n misses, false hits and wrong attributes per type
  -h, --help               show this help

example:
  procmine eval --gold fixtures/gold --pred dataset/annotations.jsonl --show 10
`;

export const IMPORT_BRAT_HELP = `usage: procmine import-brat <dir> -o <records.jsonl>

Reads every <doc>.ann in <dir> with its <doc>.txt (brat standoff, as "procmine annotate --format
brat" writes it in dataset/brat/, or as annotators corrected it) and writes the records as JSON
Lines: the same records an export came from, or gold for "procmine eval". brat's code point
offsets become procmine's UTF-16 offsets; a span added in brat gets the attributes set on it.

options:
  -o, --out <file>         where to write the records (required)
  -h, --help               show this help

example:
  procmine import-brat dataset/brat -o corrected.jsonl
`;

export function parseImportBratArgs(args: string[]): { help: boolean; dir: string; out: string } {
  const { values, positionals } = parse("import-brat", args, { out: { type: "string", short: "o" } });
  if (values.help) return { help: true, dir: "", out: "" };
  if (positionals.length !== 1) throw new UsageError("name one folder of brat files (.ann beside .txt)", "import-brat");
  if (!values.out) throw new UsageError("missing -o/--out <file>: where to write the records", "import-brat");
  return { help: false, dir: positionals[0]!, out: String(values.out) };
}

export const APPLY_HELP = `usage: procmine apply <dataset dir> <corrections.jsonl> -o <out dir> [--format <list>]

Applies a reviewer's corrections (exported from review.html: each line a record plus "status":
accepted, rejected, edited or added) to a dataset and writes the corrected dataset: every
format of the original (or --format), and a manifest that records the corrections file's
sha256 and the original manifest's. Run it from the folder "procmine annotate" ran in: the
input texts are read again from the paths the manifest names, and checked against their hashes.
Score any dataset against the corrected one with "procmine eval --gold <out dir> --pred ...".

options:
  -o, --out <dir>          where to write the corrected dataset (not the dataset itself; required)
  -f, --format <list>      outputs, comma-separated: ${FORMATS.join(", ")} (default: the dataset's)
      --texts <dir>        find the input texts in <dir> (by their manifest path, then by file name)
  -h, --help               show this help

example:
  procmine apply dataset/ corrections.jsonl -o corrected/
  procmine eval --gold corrected/ --pred dataset/annotations.jsonl
`;

export function parseApplyArgs(args: string[]): { help: boolean; dataset: string; corrections: string; out: string; formats: Format[] | undefined; texts: string | undefined } {
  const { values, positionals } = parse("apply", args, { out: { type: "string", short: "o" }, format: { type: "string", short: "f" }, texts: { type: "string" } });
  if (values.help) return { help: true, dataset: "", corrections: "", out: "", formats: undefined, texts: undefined };
  if (positionals.length !== 2) throw new UsageError("name the dataset folder and the corrections file", "apply");
  if (!values.out) throw new UsageError("missing -o/--out <dir>: where to write the corrected dataset", "apply");
  const formats = values.format === undefined ? undefined : list("apply", "format", values.format as string, FORMATS);
  return { help: false, dataset: positionals[0]!, corrections: positionals[1]!, out: String(values.out), formats, texts: values.texts as string | undefined };
}

export const SCHEMA_HELP = `usage: procmine schema

Prints the JSON Schema (draft 2020-12) of an annotation record, the lines of annotations.jsonl.

example:
  procmine schema > annotation.schema.json
`;

export interface AnnotateArgs {
  help: boolean;
  inputs: string[];
  outDir: string;
  types: AnnotationType[] | undefined;
  formats: Format[];
  jobs: number | undefined;
  maxStdin: number;
  quiet: boolean;
  data: string[];
  extractors: string[];
  shard: Shard | undefined;
}

export interface EvalArgs {
  help: boolean;
  gold: string;
  pred: string;
  docs: string[] | undefined;
  json: boolean;
  show: number;
}

const HELP_OPTION = { help: { type: "boolean", short: "h", default: false } } as const;

/** Every command takes positionals, rejects unknown options and has -h/--help. */
function parse<O extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: O) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O & typeof HELP_OPTION }>({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP_OPTION } });
  } catch (e) {
    // parseArgs messages are clear but mention internals like "ERR_PARSE_ARGS"; keep the sentence.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ""), command);
  }
}

function list<T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i as T));
  if (bad.length) throw new UsageError(`unknown ${option} ${bad.map((b) => `"${b}"`).join(", ")} (choose from ${allowed.join(", ")})`, command);
  if (items.length === 0) throw new UsageError(`--${option} needs at least one of ${allowed.join(", ")}`, command);
  return [...new Set(items as T[])];
}

export function parseAnnotateArgs(args: string[]): AnnotateArgs {
  const { values, positionals } = parse("annotate", args, {
    out: { type: "string", short: "o" },
    types: { type: "string", short: "t" },
    format: { type: "string", short: "f" },
    jobs: { type: "string", short: "j" },
    data: { type: "string", short: "d", multiple: true },
    extractor: { type: "string", short: "x", multiple: true },
    "max-stdin": { type: "string" },
    shard: { type: "string" },
    quiet: { type: "boolean", short: "q", default: false },
  });
  const help = values.help === true;
  if (help) return { help, inputs: [], outDir: "", types: undefined, formats: [...DEFAULT_FORMATS], jobs: undefined, maxStdin: DEFAULT_MAX_STDIN, quiet: true, data: [], extractors: [], shard: undefined };
  if (positionals.length === 0) throw new UsageError("no inputs: name .txt files, folders or globs (or - for standard input)", "annotate");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError('"-" (standard input) can be given only once', "annotate");
  const outDir = values.out as string | undefined;
  if (!outDir) throw new UsageError("missing -o/--out <dir>: where to write the dataset", "annotate");
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${String(values.jobs)}"`, "annotate");
  }
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    shard = parseShard(String(values.shard));
    if (!shard) throw new UsageError(`--shard must be i/n with 1 <= i <= n, such as 2/8, not "${String(values.shard)}"`, "annotate");
  }
  let maxStdin = DEFAULT_MAX_STDIN;
  if (values["max-stdin"] !== undefined) {
    const size = parseSize(String(values["max-stdin"]));
    if (size === undefined) throw new UsageError(`--max-stdin must be a size such as 512K, 100M or 2G, not "${String(values["max-stdin"])}"`, "annotate");
    maxStdin = size;
  }
  return {
    help,
    inputs: positionals,
    outDir,
    maxStdin,
    types: values.types === undefined ? undefined : list("annotate", "types", values.types as string, ANNOTATION_TYPES),
    formats: values.format === undefined ? [...DEFAULT_FORMATS] : list("annotate", "format", values.format as string, FORMATS),
    jobs,
    quiet: values.quiet === true,
    data: (values.data as string[] | undefined) ?? [],
    extractors: (values.extractor as string[] | undefined) ?? [],
    shard,
  };
}

export const MERGE_HELP = `usage: procmine merge <part dir>... -o <out dir>

Joins the partial datasets of a sharded run ("procmine annotate ... --shard i/n", one per part,
on as many machines as you like) into the dataset one run over all the inputs would have
written: the same bytes in every file but run.json. Every part must be given once, and all must
come from the same inputs, options, procmine and data (their manifests say); otherwise nothing is
written. The dataset is written whole and switched in at once, as annotate does.

options:
  -o, --out <dir>          where to write the dataset (required)
  -q, --quiet              no summary line
  -h, --help               show this help

example:
  procmine annotate proceedings/ -o part-1 --shard 1/2     # on one machine
  procmine annotate proceedings/ -o part-2 --shard 2/2     # on another
  procmine merge part-1 part-2 -o dataset/
`;

export function parseMergeArgs(args: string[]): { help: boolean; parts: string[]; out: string; quiet: boolean } {
  const { values, positionals } = parse("merge", args, { out: { type: "string", short: "o" }, quiet: { type: "boolean", short: "q", default: false } });
  if (values.help === true) return { help: true, parts: [], out: "", quiet: true };
  if (positionals.length === 0) throw new UsageError("no parts: name the folders written by annotate --shard", "merge");
  if (!values.out) throw new UsageError("missing -o/--out <dir>: where to write the dataset", "merge");
  return { help: false, parts: positionals, out: String(values.out), quiet: values.quiet === true };
}

export function parseEvalArgs(args: string[]): EvalArgs {
  const { values, positionals } = parse("eval", args, {
    gold: { type: "string", short: "g" },
    pred: { type: "string", short: "p" },
    docs: { type: "string" },
    json: { type: "boolean", default: false },
    show: { type: "string", short: "n" },
  });
  const help = values.help === true;
  if (help) return { help, gold: "", pred: "", docs: undefined, json: false, show: 0 };
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (use --gold and --pred)`, "eval");
  if (!values.gold) throw new UsageError("missing --gold <file or dir>", "eval");
  if (!values.pred) throw new UsageError("missing --pred <file or dir>", "eval");
  const show = values.show === undefined ? 0 : Number(values.show);
  if (!Number.isInteger(show) || show < 0) throw new UsageError(`--show must be a whole number, not "${String(values.show)}"`, "eval");
  const docs = values.docs === undefined ? undefined : String(values.docs).split(",").map((s) => s.trim()).filter(Boolean);
  return { help, gold: String(values.gold), pred: String(values.pred), docs, json: values.json === true, show };
}

export function parseSchemaArgs(args: string[]): { help: boolean } {
  const { values, positionals } = parse("schema", args, {});
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, "schema");
  return { help: values.help === true };
}
