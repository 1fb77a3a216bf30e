import { qualifierBefore } from "./context.js";
import type { ClaimPhrase } from "./claim.js";
import type { Lexicon } from "./vocabulary.js";
import type { Toks } from "./tokenize.js";

// The 24-hour clock of military, police and diplomatic reports writes a time as four digits and a word of hours
// (`At approximately 1100 hrs`, `siendo las 2130 horas`, `0600 hours`): a time of day, not a duration
// (numeric-non-claims.json clockTimes: the hours' words, the prepositions that place a time).

/** Four digits that read as a clock: hours 00-23, minutes 00-59. */
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** An hour of the day alone (0-23): `y las 9 hs`, `a las 14 horas`. */
const HOUR = /^(?:[01]?\d|2[0-3])$/;

/**
 * The claim is a four-digit clock time before a word of hours: with a leading zero (no count of hours is
 * written so), or after a preposition that places a time (`at`, `a las`, `às`), a hedge between (`at about 1100 hrs`).
 * An hour alone (0-23) before a word of hours is one after such a preposition too (`entre las 7:30 y las 9 hs`).
 */
export function isClockTime(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1) return false;
  const number = toks.get(claim.from);
  if (number?.kind !== "num") return false;
  const clock = CLOCK.test(number.text);
  if (!clock && !HOUR.test(number.text)) return false;
  const hours = toks.get(claim.from + 1);
  if (!hours || hours.breakBefore || !lex.clockTimes.words.matchAt(toks, claim.from + 1)) return false;
  if (clock && number.text.charCodeAt(0) === 48 /* 0 */) return true;
  if (number.breakBefore) return false;
  const lead = qualifierBefore(toks, claim.from, lex)?.from ?? claim.from;
  return lead > 0 && !toks.get(lead)!.breakBefore && lex.clockTimes.prepositions.matchBefore(toks, lead) !== undefined;
}
