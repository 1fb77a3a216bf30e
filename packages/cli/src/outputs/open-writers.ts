/** The writers of a dataset's formats, in the order their files are listed: shared by annotate and apply. */
import type { AnnotationType } from "@procmine/core";
import type { Format } from "../formats.js";
import { bratWriter } from "./brat.js";
import { annotationsCsvWriter, documentsCsvWriter } from "./csv.js";
import { dataPackageWriter } from "./datapackage.js";
import { htmlWriter } from "./html.js";
import { jsonWriter } from "./json.js";
import { jsonlWriter } from "./jsonl.js";
import { textsWriter } from "./texts.js";
import type { OutputWriter } from "./writer.js";

export async function openWriters(outDir: string, formats: readonly Format[], types: readonly AnnotationType[], html: { version: string; documents: number }): Promise<OutputWriter[]> {
  const writers: OutputWriter[] = [];
  if (formats.includes("jsonl")) writers.push(await jsonlWriter(outDir));
  if (formats.includes("csv")) writers.push(await annotationsCsvWriter(outDir));
  writers.push(await documentsCsvWriter(outDir, types));
  writers.push(dataPackageWriter(outDir, formats.includes("csv")));
  // texts/<doc>.txt for every PDF input: the text its records' offsets index.
  writers.push(textsWriter(outDir));
  if (formats.includes("json")) writers.push(jsonWriter(outDir));
  if (formats.includes("brat")) writers.push(bratWriter(outDir));
  if (formats.includes("html")) writers.push(await htmlWriter(outDir, { ...html, types }));
  return writers;
}
