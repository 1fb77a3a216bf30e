// Writes dist/compiled.json (see src/compiled.ts): the extractors' data files validated and their
// phrases cut into tokens, by the code just built, so processes load them instead of compiling.
// Run by the package's `build` after tsc; a data file edited later is detected by its sha256.
import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const target = join(dist, "compiled.json");
const lexiconsTarget = join(dist, "lexicons.bin");
const winkCoreTarget = join(dist, "wink-core.bin");
// Compile from the data files themselves, not from a previous artifact.
rmSync(target, { force: true });
rmSync(lexiconsTarget, { force: true });
rmSync(winkCoreTarget, { force: true });

const core = await import("@procmine/core");
const extractors = await import("../dist/index.js");
const { ARTIFACT_PATH, COMPILED_FORMAT, CORE_DATA_DIR, DATA_DIR, LEXICONS_PATH, WINK_CORE_PATH, codeHash, codeStamp } = await import("../dist/compiled.js");
const { recordLexicons, recordedLexicons } = await import("../dist/lexicon-snapshots.js");
if (ARTIFACT_PATH !== target) throw new Error(`build-compiled: the artifact is read from ${ARTIFACT_PATH}, not ${target}`);
if (LEXICONS_PATH !== lexiconsTarget) throw new Error(`build-compiled: the lexicons are read from ${LEXICONS_PATH}, not ${lexiconsTarget}`);
if (WINK_CORE_PATH !== winkCoreTarget) throw new Error(`build-compiled: wink-nlp's packed core is read from ${WINK_CORE_PATH}, not ${winkCoreTarget}`);
// Each built-in lexicon is packed as it is compiled, before a document has used it.
recordLexicons();

// Every extractor compiles on its first document, and the numbers extractor once per language:
// one short paragraph in each language (a bare national body and an acronym defined, for the
// lists read only then) makes them load every data file and phrase list.
const pipeline = core.createPipeline({ extractors: extractors.defaultExtractors });
pipeline.annotate(
  [
    "The Organization of American States said 12 soldiers of the Colombian Army died in drug trafficking attacks in Peru. The Army said the Small Arms Survey (SAS) reported it.",
    "La Organización de los Estados Americanos dijo que doce soldados del Ejército de Colombia murieron por el narcotráfico en México.",
    "A Organização dos Estados Americanos disse que doze soldados do Exército Brasileiro morreram pelo tráfico de drogas no Brasil.",
    // A paragraph without capitals or accents: the gazetteers read it in lower case (caseless.json).
    "a policia federal disse que a operacao nao teve feridos no paraguai. a secretaria de seguranca publica tambem ja confirmou a prisao.",
  ].join("\n\n"),
  { docId: "build" },
);

const files = {};
const coreFiles = {};
for (const file of core.loadedDataFiles()) {
  const into = dirname(file.path) === DATA_DIR ? files : dirname(file.path) === CORE_DATA_DIR ? coreFiles : undefined;
  if (!into) continue;
  // Only what JSON keeps as it is (a schema that made a Map or dropped an undefined would not).
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(file.data)), file.data)) continue;
  into[basename(file.path)] = { sha256: file.sha256, data: file.data };
}
const artifact = { format: COMPILED_FORMAT, code: codeHash(), codeStamp: codeStamp(), files, coreFiles, chunks: core.knownChunks(), scanner: core.scannerTable() };
// The lexicons first: compiled.json is what makes a process read them, so it is written last.
const lexicons = recordedLexicons(artifact.code, DATA_DIR);
// Still right, only slower to start: such a lexicon is compiled on each process's first document.
for (const [name, reason] of lexicons.unstorable) console.warn(`lexicons.bin: ${name} not stored (compiled at run time): ${reason}`);
// What core's tokenizer reads of wink-nlp's model, read by a process only when a piece needs wink-nlp.
const winkCoreTmp = `${winkCoreTarget}.${process.pid}.tmp`;
writeFileSync(winkCoreTmp, core.packWinkCore());
renameSync(winkCoreTmp, winkCoreTarget);
const lexiconsTmp = `${lexiconsTarget}.${process.pid}.tmp`;
writeFileSync(lexiconsTmp, lexicons.bytes);
renameSync(lexiconsTmp, lexiconsTarget);
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(artifact));
renameSync(tmp, target);
const missing = readdirSync(DATA_DIR).filter((name) => name.endsWith(".json") && !(name in files));
// A data file left out is still read and validated at run time: slower to start, never wrong.
if (missing.length > 0) console.warn(`compiled.json: not compiled (validated at run time): ${missing.join(", ")}`);
console.log(`compiled.json: ${Object.keys(files).length} data files and ${Object.keys(coreFiles).length} of core's, ${artifact.chunks.length} phrase pieces; lexicons.bin: ${lexicons.names.join(", ")} (${(lexicons.bytes.length / 1e6).toFixed(1)} MB)`);
