// Writes data/glyph-widths.json: the advance widths (thousandths of an em) of Helvetica and
// Times-Roman, from the Adobe metrics pdf-lib ships, for the characters of WinAnsi. pdf.js gives
// a text item's whole width only; these proportions place each word inside it.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Font, FontNames, Encodings } = require(require.resolve("@pdf-lib/standard-fonts", { paths: [require.resolve("pdf-lib")] }));
const enc = Encodings.WinAnsi;
const table = (name) => {
  const font = Font.load(name);
  const out = {};
  for (const cp of enc.supportedCodePoints.slice().sort((a, b) => a - b)) {
    const { name: glyph } = enc.encodeUnicodeCodePoint(cp);
    const w = font.getWidthOfGlyph(glyph);
    if (typeof w === "number") out[String.fromCodePoint(cp)] = w;
  }
  return out;
};
const data = {
  note: "Advance widths in thousandths of an em (Adobe AFM of the standard 14 fonts, via @pdf-lib/standard-fonts). Regenerate: node packages/pdf/scripts/build-glyph-widths.mjs",
  default: 500,
  sans: table(FontNames.Helvetica),
  serif: table(FontNames.TimesRoman),
};
writeFileSync(new URL("../data/glyph-widths.json", import.meta.url), JSON.stringify(data, null, 1) + "\n");
