import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { deserialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataFile, registerCompiledData } from "@procmine/core";
import { readChunks, scannerTable } from "../../packages/core/src/chunk-tokens.js";
import { packWinkCore, unpackWinkCore } from "../../packages/core/src/wink-model.js";
import { UserDataSchema } from "@procmine/extractors";
import { COMPILED_FORMAT, codeStamp, readArtifact, type CompiledArtifact } from "../../packages/extractors/src/compiled.js";

const EXTRACTORS = new URL("../../packages/extractors/", import.meta.url);
const BUILT = new URL("dist/compiled.json", EXTRACTORS);
const DATA = new URL("data/", EXTRACTORS);
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

const dir = mkdtempSync(join(tmpdir(), "procmine-compiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the compiled artifact", () => {
  it("is read only when it was compiled by the code running now, in its format", () => {
    const path = join(dir, "compiled.json");
    const artifact: CompiledArtifact = { format: COMPILED_FORMAT, code: "abc", files: {}, chunks: [] };
    writeFileSync(path, JSON.stringify(artifact));
    expect(readArtifact(path, "abc")).toEqual(artifact);
    expect(readArtifact(path, "other code")).toBeUndefined();
    expect(readArtifact(path, undefined)).toBeUndefined();
    writeFileSync(path, JSON.stringify({ ...artifact, format: COMPILED_FORMAT + 1 }));
    expect(readArtifact(path, "abc")).toBeUndefined();
    writeFileSync(path, "{ not json");
    expect(readArtifact(path, "abc")).toBeUndefined();
    expect(readArtifact(join(dir, "absent.json"), "abc")).toBeUndefined();
    // The running code's hash may be worked out from the artifact (its stamp): still compared.
    writeFileSync(path, JSON.stringify(artifact));
    expect(readArtifact(path, (a) => (a.codeStamp === "stamp" ? "abc" : "other code"))).toBeUndefined();
    writeFileSync(path, JSON.stringify({ ...artifact, codeStamp: "stamp" }));
    expect(readArtifact(path, (a) => (a.codeStamp === "stamp" ? "abc" : "other code"))?.code).toBe("abc");
  });

  it("has a code stamp that changes when a module is written again, even with the same bytes", () => {
    const code = join(dir, "code");
    mkdirSync(join(code, "sub"), { recursive: true });
    writeFileSync(join(code, "a.js"), "export const a = 1;\n");
    writeFileSync(join(code, "sub", "b.js"), "export const b = 2;\n");
    utimesSync(join(code, "sub", "b.js"), 1_700_000_000, 1_700_000_000);
    const before = codeStamp([code]);
    expect(codeStamp([code])).toBe(before);
    writeFileSync(join(code, "sub", "b.js"), "export const b = 2;\n");
    expect(codeStamp([code])).not.toBe(before);
    utimesSync(join(code, "sub", "b.js"), 1_700_000_000, 1_700_000_000);
    expect(codeStamp([code])).toBe(before);
    writeFileSync(join(code, "sub", "b.js"), "export const b = 3;;\n");
    utimesSync(join(code, "sub", "b.js"), 1_700_000_000, 1_700_000_000);
    expect(codeStamp([code])).not.toBe(before);
  });

  it("gives a data file's compiled content only while the file has the sha256 it was compiled from", () => {
    const schema = UserDataSchema;
    const path = join(dir, "user-data.json");
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 990", "Form 1040"] }));
    const bytes = readFileSync(path);
    // What a build compiled from these very bytes is taken as it is (no validation at run time).
    registerCompiledData([[path, { sha256: sha256(bytes), data: { nonClaims: ["as compiled"] } }]]);
    expect(loadDataFile(pathToFileURL(path), schema).data).toEqual({ nonClaims: ["as compiled"] });
    // The file edited after the build: it is read and validated again, never the stale content.
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 8300"] }));
    const edited = loadDataFile(pathToFileURL(path), schema);
    expect(edited.data).toEqual({ nonClaims: ["Form 8300"] });
    expect(edited.sha256).toBe(sha256(readFileSync(path)));
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 8300"], extra: 1 }));
    expect(() => loadDataFile(pathToFileURL(path), schema)).toThrow(/extra/);
  });

  it("builds a schema given as a function only when a file is validated, not for compiled content", () => {
    let built = 0;
    const schema = () => {
      built++;
      return UserDataSchema;
    };
    const path = join(dir, "lazy-data.json");
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 990"] }));
    registerCompiledData([[path, { sha256: sha256(readFileSync(path)), data: { nonClaims: ["as compiled"] } }]]);
    expect(loadDataFile(pathToFileURL(path), schema).data).toEqual({ nonClaims: ["as compiled"] });
    expect(built).toBe(0);
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 8300"] }));
    expect(loadDataFile(pathToFileURL(path), schema).data).toEqual({ nonClaims: ["Form 8300"] });
    expect(built).toBe(1);
    writeFileSync(path, JSON.stringify({ nonClaims: ["Form 8300"], extra: 1 }));
    expect(() => loadDataFile(pathToFileURL(path), schema)).toThrow(/extra/);
  });
});

// `pnpm test` builds first, so the packaged artifact is there and must match the data files.
describe.runIf(existsSync(BUILT))("the built artifact (dist/compiled.json)", () => {
  const built = JSON.parse(readFileSync(BUILT, "utf8")) as CompiledArtifact;

  it("holds every data file with the sha256 it has now (the build compiles edits)", () => {
    const names = readdirSync(DATA).filter((n) => n.endsWith(".json")).sort();
    expect(Object.keys(built.files).sort()).toEqual(names);
    for (const name of names) expect(built.files[name]!.sha256, name).toBe(sha256(readFileSync(new URL(name, DATA))));
  });

  it("carries the stamp of the built modules as they are now", () => {
    const dists = [new URL("../../packages/core/dist/", import.meta.url), new URL("dist/", EXTRACTORS)].map((u) => u.pathname.replace(/\/$/, ""));
    expect(built.codeStamp).toBe(codeStamp(dists));
  });

  it("holds core's data files that annotating reads, each with the sha256 it has now", () => {
    const coreData = new URL("../../packages/core/data/", import.meta.url);
    const names = Object.keys(built.coreFiles ?? {});
    expect(names).toEqual(expect.arrayContaining(["languages.json", "layout.json"]));
    for (const name of names) expect(built.coreFiles![name]!.sha256, name).toBe(sha256(readFileSync(new URL(name, coreData))));
  });

  it("holds the scanner's table as wink-nlp's model gives it", () => {
    const fromModel = scannerTable();
    expect(fromModel.lexemes.length).toBeGreaterThan(1000);
    expect(built.scanner).toEqual(JSON.parse(JSON.stringify(fromModel)));
  });

  it("is written with what core reads of wink-nlp's model, packed as now", () => {
    const packed = readFileSync(new URL("dist/wink-core.bin", EXTRACTORS));
    // The same content, not the same bytes: V8 writes a string one- or two-byte as the process
    // happens to hold it (a string met earlier in another form), so the bytes vary by history.
    expect(deserialize(packed)).toEqual(deserialize(packWinkCore()));
    expect(unpackWinkCore(packed)).toBeDefined();
  });

  it("cuts its phrase pieces as the tokenizer does", () => {
    const chunks = built.chunks.filter(([c]) => /\w/.test(c));
    // Only the pieces the scanner leaves to wink-nlp are stored (hyphenated words no longer are).
    expect(chunks.length).toBeGreaterThan(100);
    // Each piece cut now, alone, as any process cuts it.
    const cutNow = (c: string) => {
      const spans: number[] = [];
      readChunks(c, 0, c.length, (start, end) => spans.push(start, end));
      return spans;
    };
    const differing = chunks.filter(([c, spans]) => JSON.stringify(cutNow(c)) !== JSON.stringify(spans));
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
