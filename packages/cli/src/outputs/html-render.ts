/**
 * Raw text with its annotations as nested <span>s. Spans of different types may overlap; where
 * they nest (a country inside an organization) the inner span sits inside the outer one, and
 * where they cross, the later one is closed and reopened around the boundary (fragments share
 * `data-a`), so the HTML is always well formed and every character keeps all its highlights.
 */
import type { Annotation } from "@procmine/core";

/**
 * Markup characters as references; so is a carriage return, which an HTML parser would otherwise
 * fold into the line feed after it, shifting every offset the page computes from its text.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Open {
  index: number;
  end: number;
}

/**
 * `raw` may be one window of a longer document: `offset` is where it starts in the document (the
 * annotations carry whole-document offsets) and `firstIndex` numbers its annotations on from
 * the previous windows' (`data-a` indexes the records of the page).
 */
export function renderAnnotatedText(raw: string, annotations: readonly Annotation[], docIndex: number, offset = 0, firstIndex = 0): string {
  // Longest first at a shared start, so the outer span opens first.
  const order = annotations
    .map((a, index) => ({ a, index }))
    .sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end || x.index - y.index);
  const starts = new Map<number, number[]>();
  const cuts = new Set<number>([0, raw.length]);
  for (const { a, index } of order) {
    const list = starts.get(a.start - offset);
    if (list) list.push(index);
    else starts.set(a.start - offset, [index]);
    cuts.add(a.start - offset);
    cuts.add(a.end - offset);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const open = (i: number) => {
    const a = annotations[i]!;
    return `<span class="a t-${a.type}" data-a="${docIndex}/${firstIndex + i}">`;
  };
  const stack: Open[] = [];
  let html = "";
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    // Close every span ending here; spans opened above one that ends are closed and reopened.
    const lowest = stack.findIndex((o) => o.end <= p);
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      html += "</span>".repeat(popped.length);
      for (const o of popped) {
        if (o.end <= p) continue;
        stack.push(o);
        html += open(o.index);
      }
    }
    for (const i of starts.get(p) ?? []) {
      stack.push({ index: i, end: annotations[i]!.end - offset });
      html += open(i);
    }
    const next = points[k + 1];
    if (next !== undefined) html += escapeHtml(raw.slice(p, next));
  }
  while (stack.pop()) html += "</span>";
  return html;
}
