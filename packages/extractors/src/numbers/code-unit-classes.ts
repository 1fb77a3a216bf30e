/**
 * Character classes of UTF-16 code units, each regular expression run once per code unit and
 * process and then read from a table (an accented letter is met in every other Spanish word).
 * The classifier returns bit 0 set (asked) and bit `i + 1` set when `tests[i]` holds.
 */
export function codeUnitClasses(tests: readonly RegExp[]): (code: number) => number {
  if (tests.length > 7) throw new Error("codeUnitClasses: at most 7 tests fit a byte");
  const table = new Uint8Array(0x10000);
  return (code) => {
    let c = table[code]!;
    if (c === 0) {
      const ch = String.fromCharCode(code);
      c = 1;
      for (let i = 0; i < tests.length; i++) if (tests[i]!.test(ch)) c |= 2 << i;
      table[code] = c;
    }
    return c;
  };
}
