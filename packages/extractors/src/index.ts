// First: the build's compiled data and phrase tokens are in place before any extractor loads data.
import "./compiled.js";
import { packageVersion, type Extractor } from "@procmine/core";
import { countryExtractor, createCountryExtractor } from "./countries/index.js";
import { createNumericClaimExtractor, numericClaimExtractor } from "./numbers/index.js";
import { createOrganizationExtractor, organizationExtractor } from "./organizations/index.js";
import { createThreatExtractor, threatExtractor } from "./threats/index.js";
import { toUserData, type UserDataInput } from "./user-data.js";

export { countryExtractor, organizationExtractor, threatExtractor, numericClaimExtractor };
export { createCountryExtractor, createOrganizationExtractor, createThreatExtractor, createNumericClaimExtractor };
export {
  UserDataSchema,
  emptyUserData,
  loadUserData,
  mergeUserData,
  readUserDataFile,
  toUserData,
  type UserData,
  type UserDataFile,
  type UserDataInput,
  type UserOrganization,
} from "./user-data.js";
export { documentContext, type ContextEvidence, type DocumentContext } from "./context/document-context.js";

/** The four extractors, in the order their records are documented. */
export const defaultExtractors: readonly Extractor[] = [
  countryExtractor,
  organizationExtractor,
  threatExtractor,
  numericClaimExtractor,
];

export interface ExtractorsOptions {
  /** The researcher's own data (see UserDataSchema): merged into the built-in data, winning where they collide. */
  data?: UserDataInput;
}

/** The four extractors over the built-in data plus `data`; each call compiles its own lexicons. */
export function createExtractors(options: ExtractorsOptions = {}): Extractor[] {
  const data = toUserData(options.data);
  return [
    createCountryExtractor({ data }),
    createOrganizationExtractor({ data }),
    createThreatExtractor({ data }),
    createNumericClaimExtractor({ data }),
  ];
}

export const EXTRACTORS_VERSION = packageVersion(new URL("../package.json", import.meta.url));
