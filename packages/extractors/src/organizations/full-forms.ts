import { foldKey } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * The same body under one name in a document (the guidelines' canonical name): a name the text
 * built from its own words (`Jefatura de Investigaciones`, `Global Commission`) that opens a longer
 * name the document gave before (`Jefatura de Investigaciones de la Policía de la Capital`,
 * `Global Commission on Drug Policy`), the longer one going on with a link word (`de`, `on`), is
 * that body named short, and takes the full form's name. Only where one full form fits: two
 * (`… de la Policía de Asunción`, `… de la Policía Paraguaya`) leave the short form as written.
 * A listed body, a body read as a country's, or a one-word name keeps its own reading.
 */
export function withFullForms(
  text: string,
  candidates: readonly OrgCandidate[],
  isLink: (folded: string) => boolean,
  isArticle: (folded: string) => boolean,
): OrgCandidate[] {
  // The document's names of two words or more, with where each is first named.
  const fulls: { key: string; words: string[]; start: number; identity: OrgIdentity }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = formKey(c.name);
    if (seen.has(key) || !key.includes(" ")) continue;
    seen.add(key);
    const { start: _s, end: _e, rule: _r, ...identity } = c;
    fulls.push({ key, words: key.split(" "), start: c.start, identity });
  }
  if (fulls.length < 2) return [...candidates];
  // Each full form under every proper prefix of its words (`formKey` joins words with one space), in
  // the order named: a short form looks up the full forms it opens instead of testing every one.
  const byPrefix = new Map<string, (typeof fulls)[number][]>();
  for (const f of fulls) {
    let prefix = "";
    for (let k = 0; k + 1 < f.words.length; k++) {
      prefix = k === 0 ? f.words[0]! : `${prefix} ${f.words[k]!}`;
      const list = byPrefix.get(prefix);
      if (list) list.push(f);
      else byPrefix.set(prefix, [f]);
    }
  }
  // Made when first asked (a short form that opens a full form): most documents have none.
  let writtenKeys: Set<string> | undefined;
  const isWrittenKey = (key: string) => (writtenKeys ??= new Set(candidates.map((c) => formKey(text.slice(c.start, c.end))))).has(key);
  // What follows the link (past its articles) is a name the text gives on its own.
  const namedApart = (rest: readonly string[]) => rest.some((_, k) => isWrittenKey(formKey(rest.slice(k).join(" "))) && rest.slice(0, k).every((w) => isArticle(foldKey(w))));
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" || c.country !== undefined) return c;
    const written = normalizeName(text.slice(c.start, c.end));
    if (c.name !== written || !written.includes(" ") || written === written.toUpperCase()) return c;
    const key = formKey(written);
    const n = key.split(" ").length;
    const fits = (byPrefix.get(key) ?? []).filter(
      (f) =>
        f.start < c.start &&
        // `Harbor Pine Holdings` after `Harbor Pine Holdings, Incorporated`: a company's legal form follows a comma.
        (isLink(foldKey(f.words[n]!)) || (f.words[n] === "," && f.identity.kind === "company")) &&
        // `Ministério da Justiça para Ministério da Justiça`: a longer span that names the short form again is two names run together.
        !f.key.slice(key.length).includes(key) &&
        // `Frente Norte del Estado Mayor Central` where the text also names `Estado Mayor Central`: a part and its parent, two bodies.
        !namedApart(f.words.slice(n + 1)),
    );
    const names = new Set(fits.map((f) => f.identity.name));
    if (names.size !== 1) return c;
    return { ...fits[0]!.identity, start: c.start, end: c.end, rule: c.rule };
  });
}
