import { native } from '../../scan/nativeRegex';
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

const SEGMENT_AT = new Map<string, RegExp>();

/** The segment name of `names` that starts a segment: at a break, after a prefix's space, quote, `=` or `>`. */
function segmentPattern(names: readonly string[]): RegExp {
  const key = names.join('|');
  let re = SEGMENT_AT.get(key);
  if (re === undefined) {
    re = new RegExp(`(?:^|[\\s"'=>])(${key})\\|`, 'u');
    SEGMENT_AT.set(key, re);
  }
  return re;
}

/**
 * The segment (one of `names`) and field that hold `offset`, or undefined when the offset is in
 * no such segment: the last segment break before it (a real or an escaped `\r` or `\n`) must be
 * followed by one of the named segments, and the offset must be past that segment's name.
 */
export function hl7FieldAt(text: string, offset: number, names: readonly string[]): Hl7Field | undefined {
  const floor = Math.max(0, offset - MAX_SEGMENT);
  let head = text.slice(floor, offset);
  // After the last break: a real one is one character, an escaped one two.
  const after = (at: number, width: number): number => (at === -1 ? 0 : at + width);
  const pieceStart = floor + Math.max(after(head.lastIndexOf('\n'), 1), after(head.lastIndexOf('\r'), 1), after(head.lastIndexOf('\\r'), 2), after(head.lastIndexOf('\\n'), 2));
  head = text.slice(pieceStart, offset);
  const m = segmentPattern(names).exec(head);
  if (m === null) return undefined;
  const nameAt = m.index + m[0].length - (m[1] as string).length - 1;
  let field = 0;
  for (let i = nameAt + 3; i < head.length; i++) if (head.charCodeAt(i) === 124) field++;
  return { segment: m[1] as string, field, segmentStart: pieceStart + nameAt };
}

/** The end of the segment that starts at `segmentStart`: its break (real or escaped), within MAX_SEGMENT. */
function segmentEnd(text: string, segmentStart: number): number {
  const piece = text.slice(segmentStart, segmentStart + MAX_SEGMENT);
  const ends = [piece.indexOf('\n'), piece.indexOf('\r'), piece.indexOf('\\r'), piece.indexOf('\\n')].filter((i) => i !== -1);
  return segmentStart + (ends.length > 0 ? Math.min(...ends) : piece.length);
}

/** A test or placeholder patient's name as a component (`TEST^PATIENT`, `DOE^JOHN`, the standard's `EVERYWOMAN^EVE`). */
const TEST_PATIENT_COMPONENT = new RegExp(`[|^](?:${TEST_PATIENT_WORDS})\\w*[|^]`, 'iu');

/** True when the segment of `at` names a test or placeholder patient: its ids, address and dates are no one's. */
export function isTestPatientSegment(text: string, at: Hl7Field): boolean {
  return native(TEST_PATIENT_COMPONENT).test(text.slice(at.segmentStart, segmentEnd(text, at.segmentStart)));
}
