import { defineRule } from '../defineRule';
import { TEST_PATIENT_WORDS } from './_names';
import { native } from '../../scan/nativeRegex';

/** Test and placeholder passengers (TEST/PAX MR, DOE/JOHN MR), and slash pairs that are words, not names. */
export const NOT_A_PASSENGER = native(new RegExp(`^(?:${TEST_PATIENT_WORDS}|PAX|PASSENGER|GUEST|ADULT|CHILD|INFANT|NAME|SURNAME|LAST|FIRST|TCP|UDP|AND|OR|INPUT|OUTPUT|READ|WRITE|YES|NO|ON|OFF)(?:/|$)|/(?:${TEST_PATIENT_WORDS}|PAX|PASSENGER|NAME|FIRST|GIVEN)$`, 'u'));

/** The IATA name element's surname and given names, in capitals (see passenger-name-field too). */
export const SURNAME = `[A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{1,30}){0,2}`;
export const GIVEN = `[A-Z][A-Z'-]{1,30}(?: (?!(?:MR|MRS|MS|MISS|MSTR)(?![A-Za-z]))[A-Z][A-Z'-]{1,30}){0,2}`;
// (After a space, or in the next cell of a manifest's row: `1;GARCIA LOPEZ/ANA;MRS;F;…`, a child's CHD.)
const TITLE = '(?: (?:MR|MRS|MS|MISS|MSTR)|[;,\\t|](?:MR|MRS|MS|MISS|MSTR|CHD))(?![A-Za-z0-9])';

// A passenger's name as airline and travel systems write it (the IATA name element): SURNAME/GIVEN
// NAMES then a title, in a PNR display (`1.CARVALHO/MARIAINES MRS`), a manifest or a booking log.
// The title marks it: without one, SURNAME/GIVEN is as likely a path or a pair of constants.
// The match starts at the slash and reads the surname with a lookbehind.
export default defineRule({
  id: 'passenger-name',
  category: 'pii',
  description: "Passenger's name in airline form, SURNAME/GIVEN NAMES and a title (PNRs, manifests, booking logs)",
  // The title is the keyword: the rule reads only the 210 characters before one.
  keywords: [' mr', ' ms', ' miss', ';mr', ';ms', ';miss', ';chd', ',mr', ',ms', ',miss', ',chd', '\tmr', '\tms', '\tmiss', '\tchd', '|mr', '|ms', '|miss', '|chd'],
  window: { before: 210, after: 8 },
  pattern: new RegExp(`\\/(?<=(?<![A-Za-z0-9/_-])(?=(${SURNAME}\\/${GIVEN})${TITLE})${SURNAME}\\/)`, 'gu'),
  // The name without its title, captured by the lookahead.
  secretGroup: 1,
  validate: (name) => {
    return !NOT_A_PASSENGER.test(name);
  },
  redactAs: 'name',
  references: ['https://www.iata.org/en/publications/manuals/reservations-services-manual/'],
  examples: {
    positive: [
      'RP/ATHOV2100/\n 1.KONSTANTINIDIS/PAVLOS MR  2.KONSTANTINIDI/IRINI MRS',
      '10,QX7P2L,"NAKPRASERT/SOMCHAI MR",ADT,14MAR81,THA',
      'Failing PNR from today: 1.DE SOUSA/MARIA HELENA MRS 2.TREMBLAY/LUC MR',
      // a group's manifest, the title in its own column
      'N;APELLIDOS/NOMBRE;TRAT;SEXO;NACIONALIDAD\n1;OLIVARES MENDIETA/CARLOTA;MRS;F;ESP\n2;OLIVARES RUIZ/PABLO;CHD;M;ESP',
    ],
    negative: ['1.TEST/PAX MR', 'TCP/UDP;MS;latency', 'ON/OFF,MR,flag', 'DOE/JOHN MR', 'read the TCP/IP MS docs', 'src/components/Header MR'],
  },
});
