import type { Organization } from "./data.js";
import { formKey } from "./gazetteer.js";
import type { UserOrganization } from "../user-data.js";

/**
 * The gazetteer with the researcher's organizations first. Where a user entry and a built-in one
 * share a form, the user entry wins: a built-in body whose name is taken is dropped, and a
 * built-in alias or acronym that is taken is removed from its body.
 */
export function withUserOrganizations(builtIn: readonly Organization[], user: readonly UserOrganization[]): Organization[] {
  if (user.length === 0) return [...builtIn];
  const names = new Set<string>();
  const acronyms = new Set<string>();
  for (const u of user) {
    for (const n of [u.name, ...(u.aliases ?? [])]) names.add(formKey(n));
    for (const a of u.acronyms ?? []) acronyms.add(a);
  }
  const kept: Organization[] = [];
  for (const org of builtIn) {
    if (names.has(formKey(org.name))) continue;
    const aliases = org.aliases?.filter((a) => !names.has(formKey(a)));
    const shorts = org.acronyms?.filter((a) => !acronyms.has(a));
    kept.push({ ...org, ...(aliases ? { aliases } : {}), ...(shorts ? { acronyms: shorts } : {}) });
  }
  const mine: Organization[] = user.map((u) => ({ ...u, source: "user" }));
  return [...mine, ...kept];
}
