import type { Extractor } from "@procmine/core";
import { countryExtractor } from "./countries/index.js";
import { numericClaimExtractor } from "./numbers/index.js";
import { organizationExtractor } from "./organizations/index.js";
import { threatExtractor } from "./threats/index.js";

export { countryExtractor, organizationExtractor, threatExtractor, numericClaimExtractor };
export { documentContext, type ContextEvidence, type DocumentContext } from "./context/document-context.js";

/** The four extractors, in the order their records are documented. */
export const defaultExtractors: readonly Extractor[] = [
  countryExtractor,
  organizationExtractor,
  threatExtractor,
  numericClaimExtractor,
];

export const EXTRACTORS_VERSION = "0.1.0";
