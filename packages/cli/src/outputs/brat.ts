/**
 * `--format brat`: brat standoff, `brat/<doc>.txt` (the raw text) and `brat/<doc>.ann`, and one
 * `brat/annotation.conf` for the collection. The worker renders each document (render.ts calls
 * `bratPieces`); this writer puts the pieces in place and writes the configuration last.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ORGANIZATION_KINDS, THREAT_CATEGORIES, type Annotation } from "@procmine/core";
import { BRAT_ATTRIBUTES, annotationConf, toStandoff } from "../brat/standoff.js";
import type { DocumentResult } from "../protocol.js";
import { AtomicFile } from "./atomic.js";
import type { OutputWriter } from "./writer.js";
import type { Piece } from "./spool.js";

export const BRAT_DIR = "brat";

/** A document's brat pieces: its text, its .ann, and the attribute values it uses (JSON, for the conf). */
export function bratPieces(raw: string, records: readonly Annotation[]): [Piece, Piece, string] {
  return [raw, toStandoff(raw, records), JSON.stringify(bratValues(records))];
}

/** The brat attribute values records use, by attribute. */
export function bratValues(records: readonly Annotation[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const a of records) {
    for (const name of BRAT_ATTRIBUTES[a.type]) {
      const v = (a as unknown as Record<string, unknown>)[name];
      if (typeof v === "string") (values[name] ??= []).push(v);
    }
  }
  return values;
}

/** Every value brat should offer when a person adds or edits an annotation. */
function builtInValues(): Record<string, string[]> {
  const path = createRequire(import.meta.url).resolve("@procmine/extractors/data/countries.json");
  const codes = (JSON.parse(readFileSync(path, "utf8")) as { countries: { iso3: string }[] }).countries.map((c) => c.iso3);
  return { iso3: codes, country: codes, kind: [...ORGANIZATION_KINDS], category: [...THREAT_CATEGORIES] };
}

export function bratWriter(outDir: string): OutputWriter {
  const files: AtomicFile[] = [];
  const values = builtInValues();
  return {
    async document(r: DocumentResult) {
      if (!r.ok || !r.rendered.brat) return;
      const [txt, ann, seen] = r.rendered.brat as [Piece, Piece, string];
      for (const [name, piece] of [[`${r.doc}.txt`, txt], [`${r.doc}.ann`, ann]] as const) {
        const file = await AtomicFile.create(outDir, `${BRAT_DIR}/${name}`);
        await file.writePieces([piece]);
        await file.close();
        files.push(file);
      }
      for (const [name, list] of Object.entries(JSON.parse(seen) as Record<string, string[]>)) (values[name] ??= []).push(...list);
    },
    async finish() {
      const conf = await AtomicFile.create(outDir, `${BRAT_DIR}/annotation.conf`);
      await conf.write(annotationConf(values));
      return [...files, conf];
    },
  };
}
