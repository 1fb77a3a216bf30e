import type { CountryForm } from "./forms.js";

/**
 * The state each form names in this document. A form shared by states (`Korea`, `Dominican`)
 * names its default unless the document names an alternative by an unambiguous form and never
 * names the default: in a text that speaks of `North Korea` and never of `South Korea`,
 * `Korea` alone is North Korea.
 */
export function resolveAmbiguous(forms: readonly CountryForm[]): string[] {
  const named = new Set<string>();
  for (const f of forms) if (!f.alternatives) named.add(f.iso3);
  return forms.map((f) => {
    if (!f.alternatives || named.has(f.iso3)) return f.iso3;
    return f.alternatives.find((a) => named.has(a)) ?? f.iso3;
  });
}
