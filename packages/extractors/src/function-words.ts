/**
 * function-words.json: closed-class words (articles, conjunctions) that more than one extractor
 * reads, so each list is kept once. An extractor that reads it lists FUNCTION_WORDS_PATH in its
 * `dataFiles`.
 */
import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once, Words } from "@procmine/core";
import { z } from "@procmine/core";

// Built when the file is validated (loadDataFile), not at import: a run reads the build's compiled copy.
function functionWordsSchema() {
  const NonEmptyWords = Words.min(1);
  return dataObject({
    articles: dataObject({ en: NonEmptyWords, es: NonEmptyWords, pt: NonEmptyWords }),
    conjunctions: dataObject({ and: NonEmptyWords, or: NonEmptyWords }),
  });
}

export type FunctionWords = z.infer<ReturnType<typeof functionWordsSchema>>;

const FUNCTION_WORDS_URL = new URL("../data/function-words.json", import.meta.url);
export const FUNCTION_WORDS_PATH = fileURLToPath(FUNCTION_WORDS_URL);

export const functionWords = once((): FunctionWords => loadDataFile(FUNCTION_WORDS_URL, functionWordsSchema).data);
