// `&#5;`, `&#x2014;`: a numeric character reference writes a character by its number. Wire copy in SGML (Reuters-21578)
// keeps its control characters so (`&#5;&#5;&#5;V`, `&#3;</BODY>`); the number names a character, it counts nothing.

const REFERENCE = /^&#(?:\d{1,7}|[xX][0-9A-Fa-f]{1,6});/;

/** The claim starting at raw offset `at` (on its `#` or on the digits after it) is a numeric character reference's number. */
export function isCharacterReference(raw: string, at: number): boolean {
  const hash = raw.charCodeAt(at) === 0x23 /* # */ ? at : at - 1;
  if (hash < 1 || raw.charCodeAt(hash) !== 0x23 || raw.charCodeAt(hash - 1) !== 0x26 /* & */) return false;
  return REFERENCE.test(raw.slice(hash - 1, hash + 10));
}
