import { foldedTest } from '../../scan/caseExpand';
import { perText } from '../../scan/perText';
import { lowerBound } from '../../scan/sorted';
import { TEST_PATIENT_WORDS } from './_names';

// Where an offset sits in an HL7 v2 message: its segment and its field. HL7 ends each segment with
// a carriage return; files end them with a line feed; logs and JSON write the message on one line
// with escaped breaks (`MSH|…\rPID|…`), or after a prefix (`hl7 in: PID|…`). The rules whose
// patterns find a field by position (`PID\|(?:[^|]*\|){10}`) need none of this; the ones that
// match a value anywhere and then ask whose field it is call `hl7FieldAt`.

/** How far back a segment's start is looked for: a PID segment rarely runs past a few hundred characters. */
const MAX_SEGMENT = 2000;

export interface Hl7Field {
  /** The segment's name (`PID`, `NK1`). */
  readonly segment: string;
  /** The field's number, as HL7 counts it: the bars between the segment's name and the offset (MSH, whose first field is the bar itself, reads one less). */
  readonly field: number;
  /** Where the segment's name starts. */
  readonly segmentStart: number;
}

/** A character after which a segment's name may start: whitespace, a quote, `=` or `>`. */
const NAME_LEAD = /[\s"'=>]/u;

/**
 * Where the first of `names` starts a segment in `piece` (followed by `|`, at the piece's start or
 * after a NAME_LEAD character), and which name: the first match of `(?:^|[\s"'=>])(NAME)\|`,
 * found with `indexOf`. (That regex, with no literal to search for first, walked all of a long
 * line's 2,000 characters for each value on it.)
 */
function findSegmentName(piece: string, names: readonly string[]): { at: number; name: string } | undefined {
  let best: { at: number; name: string } | undefined;
  for (const name of names) {
    const needle = `${name}|`;
    for (let p = piece.indexOf(needle); p !== -1 && (best === undefined || p < best.at); p = piece.indexOf(needle, p + 1)) {
      if (p === 0 || NAME_LEAD.test(piece.charAt(p - 1))) {
        best = { at: p, name };
        break;
      }
    }
  }
  return best;
}

/** A text's segment breaks, real (`\r`, `\n`) or escaped (a backslash, then `r` or `n`), as the walk in `pieceStart` reads them. */
const BREAK = /[\r\n]|\\[rn]/gu;

/**
 * How many lookups a text gets before its breaks are indexed: a phone on an HL7-shaped line asks
 * once, a long HL7 export thousands of times (a walk of up to 2,000 characters each on a line
 * without breaks: 40 ms for 100 KB of one line).
 */
const WALKS_BEFORE_INDEX = 16;

interface Breaks {
  walks: number;
  /** Where each break starts and ends, in order (they never overlap), once indexed. */
  starts?: number[];
  ends?: number[];
}

const breaksOf = perText((): Breaks => ({ walks: 0 }));

/** Where the piece of text that holds `offset` starts: after the last break that lies wholly in `floor`..`offset`, else at `floor`. */
function pieceStart(text: string, offset: number, floor: number): number {
  const b = breaksOf(text);
  if (b.walks < WALKS_BEFORE_INDEX) {
    b.walks++;
    // One backward walk that stops at the nearest break.
    for (let i = offset - 1; i >= floor; i--) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || ((c === 114 || c === 110) && i > floor && text.charCodeAt(i - 1) === 92)) return i + 1;
    }
    return floor;
  }
  if (b.starts === undefined || b.ends === undefined) {
    b.starts = [];
    b.ends = [];
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
      b.starts.push(m.index);
      b.ends.push(m.index + m[0].length);
    }
  }
  // The last break that ends by `offset`; an earlier one can't start later.
  const { starts, ends } = b;
  const last = lowerBound(ends, offset + 1) - 1;
  return last >= 0 && (starts[last] as number) >= floor ? (ends[last] as number) : floor;
}

/**
 * The segment (one of `names`) and field that hold `offset`, or undefined when the offset is in
 * no such segment: the last segment break before it (a real or an escaped `\r` or `\n`) must be
 * followed by one of the named segments, and the offset must be past that segment's name.
 */
export function hl7FieldAt(text: string, offset: number, names: readonly string[]): Hl7Field | undefined {
  const floor = Math.max(0, offset - MAX_SEGMENT);
  const head = text.slice(pieceStart(text, offset, floor), offset);
  const found = findSegmentName(head, names);
  if (found === undefined) return undefined;
  let field = 0;
  for (let i = found.at + 3; i < head.length; i++) if (head.charCodeAt(i) === 124) field++;
  return { segment: found.name, field, segmentStart: offset - head.length + found.at };
}

/** The end of the segment that starts at `segmentStart`: its break (real, or an escaped one's backslash), within MAX_SEGMENT. */
function segmentEnd(text: string, segmentStart: number): number {
  const limit = Math.min(text.length, segmentStart + MAX_SEGMENT);
  for (let i = segmentStart; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c === 92 && i + 1 < limit) {
      const d = text.charCodeAt(i + 1);
      if (d === 114 || d === 110) return i;
    }
  }
  return limit;
}

/** A test or placeholder patient's name as a component (`TEST^PATIENT`, `DOE^JOHN`, the standard's `EVERYWOMAN^EVE`). */
const TEST_PATIENT_COMPONENT = foldedTest(new RegExp(`[|^](?:${TEST_PATIENT_WORDS})\\w*[|^]`, 'iu'));

/** True when the segment of `at` names a test or placeholder patient: its ids, address and dates are no one's. */
export function isTestPatientSegment(text: string, at: Hl7Field): boolean {
  return TEST_PATIENT_COMPONENT(text.slice(at.segmentStart, segmentEnd(text, at.segmentStart)));
}
