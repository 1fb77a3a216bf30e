/** `&#x000A;`, `&#10;`: a line break an HTML page writes as a character reference (a cable's `<pre>` body saved in one line). */
const ENTITY_BREAK = /&#(?:[xX]0*[aA]|0*10);/g;

/**
 * `lines` with its line breaks written as character references made real ones at the same offsets
 * (spaces, then the break on the reference's last character), for the rules that read lines as
 * written: a message header's line, a paragraph's number opening one. `lines` itself when it has none.
 */
export function entityLineBreaks(lines: string): string {
  if (!lines.includes("&#")) return lines;
  return lines.replace(ENTITY_BREAK, (all: string) => `${" ".repeat(all.length - 1)}\n`);
}
