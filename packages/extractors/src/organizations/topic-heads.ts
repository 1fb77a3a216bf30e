import type { OrgCandidate } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * `the Panel of Experts` after `the Panel of Experts on Haiti`: a head whose name says what the
 * body studies (`topicHeads`), written bare, names the one body of that head the text names in
 * full. Two such bodies named (`on Mali`, `on Libya`): the bare head stays as written.
 */
export function namedByTopicHead(candidates: OrgCandidate[], topicHeads: ReadonlySet<string>): OrgCandidate[] {
  if (topicHeads.size === 0) return candidates;
  const full = new Map<string, OrgCandidate[]>();
  for (const c of candidates) {
    const key = formKey(c.name);
    for (const head of topicHeads) {
      if (!key.startsWith(`${head} `)) continue;
      const bodies = full.get(head) ?? [];
      bodies.push(c);
      full.set(head, bodies);
    }
  }
  if (full.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.rule !== "name_pattern") return c;
    const bodies = full.get(formKey(c.name));
    const only = bodies?.[0];
    if (!only || bodies.some((b) => b.name !== only.name)) return c;
    const named: OrgCandidate = { ...c, name: only.name };
    if (only.kind) named.kind = only.kind;
    return named;
  });
}
