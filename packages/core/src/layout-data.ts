import { z } from "zod";
import { loadDataFile, once } from "./data-file.js";
import { dataObject } from "./data-schema.js";

const WordList = dataObject({ words: z.array(z.string()) });
const LayoutSchema = dataObject({
  hyphenPrefixes: WordList,
  sentenceStarters: WordList,
  sentenceFinalAbbreviations: WordList,
  leadInLabels: dataObject({ phrases: z.array(z.string()) }),
  dayWords: WordList,
  headingFunctionWords: WordList,
});

export interface Layout {
  path: string;
  sha256: string;
  hyphenPrefixes: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  sentenceFinalAbbreviations: ReadonlySet<string>;
  /** Lead-in labels, longest first so `Q&A Session` wins over `Q&A`. */
  leadInLabels: readonly string[];
  dayWords: ReadonlySet<string>;
  headingFunctionWords: ReadonlySet<string>;
}

export const layout = once((): Layout => {
  const file = loadDataFile(new URL("../data/layout.json", import.meta.url), LayoutSchema);
  const d = file.data;
  return {
    path: file.path,
    sha256: file.sha256,
    hyphenPrefixes: new Set(d.hyphenPrefixes.words),
    sentenceStarters: new Set(d.sentenceStarters.words),
    sentenceFinalAbbreviations: new Set(d.sentenceFinalAbbreviations.words),
    leadInLabels: [...d.leadInLabels.phrases].sort((a, b) => b.length - a.length),
    dayWords: new Set(d.dayWords.words),
    headingFunctionWords: new Set(d.headingFunctionWords.words),
  };
});
