import { fileURLToPath } from "node:url";
import { dataObject, foldKey, loadDataFile, once, ORGANIZATION_KINDS } from "@procmine/core";
import { z } from "@procmine/core";

// Given names and honorifics (data/person-names.json), read by the organization extractor (a
// pattern name stops before a person's name) and the country extractor (`Julio Argentino Roca`).

const PERSON_NAMES_URL = new URL("../data/person-names.json", import.meta.url);
export const PERSON_NAMES_PATH = fileURLToPath(PERSON_NAMES_URL);

// Built when the file is validated (loadDataFile), not at import: a run reads the build's compiled copy.
const personNamesSchema = () =>
  dataObject({
    givenNames: z.array(z.string().min(1)).min(1),
    honorifics: z.array(z.string().min(1)).default([]),
    // Kinds of body a Romance name gives after its bare head word (`Frente Jaime Martínez`).
    eponymKinds: z.array(z.enum(ORGANIZATION_KINDS)).default([]),
  });

const personNames = once(() => loadDataFile(PERSON_NAMES_URL, personNamesSchema).data);
const givenNames = once(() => new Set(personNames().givenNames.map((n) => foldKey(n))));
export const honorifics = once(() => new Set(personNames().honorifics.map((n) => foldKey(n))));
export const eponymKinds = once(() => new Set<string>(personNames().eponymKinds));

/** Whether a folded word is a listed given name (`ana`, `francia`). */
export const isGivenName = (key: string): boolean => givenNames().has(key);
