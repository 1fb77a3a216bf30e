/**
 * A researcher's own data (`procmine annotate --data terms.json`, `createExtractors({ data })`):
 * organizations, threat terms, country forms and number non-claims added to the built-in data.
 * Validated as strictly as the built-in files; where a user entry and a built-in one collide,
 * the user entry wins (each extractor applies that rule where it compiles its lexicon).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DataFileError, ORGANIZATION_KINDS, THREAT_CATEGORIES, parseDataText } from "@procmine/core";
import { z } from "@procmine/core";

const Iso3 = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code in capitals (COL)");
const Phrase = z.string().trim().min(1, "must not be empty");
const Phrases = z.array(Phrase);

export const UserOrganizationSchema = z.strictObject({
  name: Phrase,
  acronyms: Phrases.optional(),
  aliases: Phrases.optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  country: Iso3.optional(),
});

/** A country's extra forms: a list of names, or names and demonyms apart. */
export const UserCountrySchema = z.union([Phrases, z.strictObject({ names: Phrases.optional(), demonyms: Phrases.optional() })]);

export const UserDataSchema = z.strictObject({
  $comment: z.string().optional(),
  organizations: z.array(UserOrganizationSchema).optional(),
  threats: z.partialRecord(z.enum(THREAT_CATEGORIES), Phrases).optional(),
  countries: z.record(Iso3, UserCountrySchema).optional(),
  nonClaims: Phrases.optional(),
});

export type UserOrganization = z.infer<typeof UserOrganizationSchema>;
export type UserDataFile = z.infer<typeof UserDataSchema>;

/** Every user data file of a run, merged in the order given (a later file's entry comes later). */
export interface UserData {
  organizations: UserOrganization[];
  threats: Partial<Record<(typeof THREAT_CATEGORIES)[number], string[]>>;
  countries: Record<string, { names: string[]; demonyms: string[] }>;
  nonClaims: string[];
  /** The files it came from, with their sha256, for the manifest (paths as given). */
  files: { path: string; sha256: string }[];
}

export function emptyUserData(): UserData {
  return { organizations: [], threats: {}, countries: {}, nonClaims: [], files: [] };
}

/**
 * Read and validate one user data file (a relative path is found in `cwd`, default the process's);
 * a problem is a DataFileError naming the file as given and the JSON path.
 */
export function readUserDataFile(path: string, cwd?: string): { data: UserDataFile; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cwd === undefined ? path : resolve(cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataFileError(path, undefined, code === "ENOENT" ? "no such file" : `cannot read: ${(e as Error).message}`);
  }
  const data = parseDataText(path, bytes.toString("utf8"), UserDataSchema);
  return { data, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Merge validated files (or in-memory objects, validated here) into one UserData. */
export function mergeUserData(parts: readonly (UserDataFile | { data: UserDataFile; path: string; sha256: string })[]): UserData {
  const out = emptyUserData();
  for (const part of parts) {
    const data = "data" in part && "sha256" in part ? part.data : parseObject(part as UserDataFile);
    if ("sha256" in part) out.files.push({ path: part.path, sha256: part.sha256 });
    out.organizations.push(...(data.organizations ?? []));
    for (const [category, terms] of Object.entries(data.threats ?? {}) as [keyof UserData["threats"], string[]][]) {
      out.threats[category] = [...(out.threats[category] ?? []), ...terms];
    }
    for (const [iso3, forms] of Object.entries(data.countries ?? {})) {
      const entry = (out.countries[iso3] ??= { names: [], demonyms: [] });
      if (Array.isArray(forms)) entry.names.push(...forms);
      else {
        entry.names.push(...(forms.names ?? []));
        entry.demonyms.push(...(forms.demonyms ?? []));
      }
    }
    out.nonClaims.push(...(data.nonClaims ?? []));
  }
  return out;
}

/** Library callers hand objects, not files: validate them the same way. */
function parseObject(value: UserDataFile): UserDataFile {
  return parseDataText("(data)", JSON.stringify(value), UserDataSchema);
}

/** Load and merge user data files, in order. */
export function loadUserData(paths: readonly string[], cwd?: string): UserData {
  return mergeUserData(paths.map((path) => ({ path, ...readUserDataFile(path, cwd) })));
}

/** Whatever a caller hands `createExtractors({ data })`: merged data, one object, or several. */
export type UserDataInput = UserData | UserDataFile | readonly UserDataFile[];

/** What each extractor's factory takes: the researcher's own data, of which it reads its own section. */
export interface ExtractorDataOptions {
  data?: UserDataInput;
}

export function toUserData(input: UserDataInput | undefined): UserData {
  if (input === undefined) return emptyUserData();
  if (Array.isArray(input)) return mergeUserData(input as UserDataFile[]);
  if ("files" in (input as object) && Array.isArray((input as UserData).files)) return input as UserData;
  return mergeUserData([input as UserDataFile]);
}
