/**
 * Where a quoted CSV field that opens at `open` (its `"`) closes (RFC 4180: `""` inside it is a quote):
 * the offset of its closing quote, or `raw.length` when the text ends inside it.
 */
export function quotedFieldEnd(raw: string, open: number): number {
  let j = open + 1;
  for (; j < raw.length; j++) {
    if (raw.charCodeAt(j) === 34) {
      if (raw.charCodeAt(j + 1) === 34) j++;
      else break;
    }
  }
  return j;
}
