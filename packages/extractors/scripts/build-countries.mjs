#!/usr/bin/env node
// Generates data/countries.json from the world-countries package (mledoze/countries, ODbL-1.0).
// Run: node packages/extractors/scripts/build-countries.mjs
// The output keeps the source's attribution in its `source` and `license` fields, lists every
// ISO 3166-1 entry sorted by alpha-3 code, and is byte-stable for a given package version.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, "..", "data", "countries.json");
const pkg = JSON.parse(readFileSync(require.resolve("world-countries/package.json"), "utf8"));
const countries = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8"));

// Latin script (with diacritics), spaces, apostrophes, dots and hyphens: skips native names in
// other scripts, which never occur in the English proceedings this reads.
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]*$/u;
// `Korea, Republic of`, `Saint Martin (French part)`: catalogue forms, not running text; IPA
// transcriptions (U+0250-U+02AF) are Latin script but never written in prose.
const CATALOGUE_FORM = /[,()\u0250-\u02AF]/;
// Demonyms that take no plural -s: invariant (Lebanese, Spanish, Swiss, Dutch, Manx, Malagasy,
// Kyrgyz, Seychellois), adjectives only (Greenlandic), or already plural-like.
const INVARIANT_DEMONYM = /(ese|ish|s|z|sh|ch|x|y|ic)$/;

const withoutArticle = (s) => s.replace(/^the\s+/i, "");
const isAbbreviation = (s) => /^[A-Z][A-Z.]*[A-Z]\.?$/.test(s);
const sortedUnique = (xs) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function usableName(s) {
  return LATIN_NAME.test(s) && !CATALOGUE_FORM.test(s);
}

function pluralOf(demonym) {
  return INVARIANT_DEMONYM.test(demonym) ? null : `${demonym}s`;
}

function entryFor(c) {
  const names = [c.name.common, c.name.official];
  const abbreviations = [];
  for (const alt of c.altSpellings ?? []) {
    if (isAbbreviation(alt)) {
      // Two-letter codes (`CO`, `PE`) are ordinary words and initials in text: curated short
      // forms such as `US` and `UK` live in countries-extra.json instead.
      if (alt.replace(/\./g, "").length >= 3) abbreviations.push(alt);
    } else if (usableName(alt)) {
      names.push(withoutArticle(alt));
    }
  }
  const foreign = ["spa", "por"]
    .flatMap((lang) => [c.translations?.[lang]?.common, c.translations?.[lang]?.official])
    .filter((s) => s && usableName(s))
    .map(withoutArticle);
  const singular = [c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .filter(Boolean)
    .flatMap((d) => d.split(/,\s*|\s+or\s+/))
    .map((d) => d.trim())
    .filter((d) => d && usableName(d));
  const plural = singular.filter((d) => d !== c.name.common).map(pluralOf).filter(Boolean);
  return {
    iso3: c.cca3,
    iso2: c.cca2,
    common: c.name.common,
    independent: c.independent === true,
    names: sortedUnique(names.map(withoutArticle).filter(usableName)),
    abbreviations: sortedUnique(abbreviations),
    foreign: sortedUnique(foreign).filter((s) => !names.includes(s)),
    demonyms: sortedUnique([...singular, ...plural]),
  };
}

const entries = countries
  .filter((c) => c.status === "officially-assigned" && /^[A-Z]{3}$/.test(c.cca3))
  .map(entryFor)
  .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));

const header = {
  source: `world-countries ${pkg.version} (https://github.com/mledoze/countries), by Mohammed Le Doze and contributors`,
  license:
    "ODbL-1.0 (https://opendatacommons.org/licenses/odbl/1.0/). This file is a derived database of world-countries and is distributed under the same license.",
  generatedBy: "packages/extractors/scripts/build-countries.mjs",
  fields:
    "iso2: ISO 3166-1 alpha-2 code (a code field's value only, never matched in prose: cable-tags.ts); names: English common, official and alternative names (name rule); abbreviations: all-caps alternative spellings of 3+ letters (short_form rule); foreign: Spanish and Portuguese names (name rule); demonyms: English demonyms and their -s plurals (demonym rule).",
};

// One country per line: compact, and a regenerated file diffs line by line.
const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
const json = `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "countries": [\n${body}\n  ]\n}\n`;
JSON.parse(json); // refuse to write malformed output
writeFileSync(outFile, json);
console.log(`wrote ${entries.length} countries to ${outFile}`);
