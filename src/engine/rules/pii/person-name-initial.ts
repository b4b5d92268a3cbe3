import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { columnHeader } from './_context';
import { LOWER, UPPER } from './_latin';
import { NOT_SURNAMES, PLACEHOLDER_SURNAMES } from './_names';

/**
 * Headers of a column of people: a name, a role (owner, technician), or who did the row's work
 * (`read_by`, `Abgelesen_von`, `gecontroleerd door`, `saisi par`, `registrado por`).
 */
const PERSON_COLUMN =
  /(?:^|[\s_-])(?:name|full ?name|names|customer|client|contact|owner|employee|patient|person|recipient|holder|account ?holder|technician|inspector|reader|driver|agent|assignee|reporter|approver|reviewer|signatory|naam|nom|nombre|nome|namn|navn|nimi|nazwisko|vorname|nachname|kontoinhaber|rekeninghouder|titulaire|titular|intestatario|mitarbeiter|medewerker|techniker|fahrer|chauffeur|[a-zäöüéèáíóú]{3,24}[ _-](?:by|von|door|par|por|da|de|af|av))$/iu;

/** One or two initials: `D.`, `M.J.`, `M. J.` */
const INITIALS = '[A-Z]\\.(?:[ ]?[A-Z]\\.)?';

/** A surname after the initials: capitalised, maybe double-barrelled, maybe with a particle. */
const SURNAME = `(?:(?:van der|van den|van de|van|von|de la|de|di|da|du|le|la|ter|ten) )?[${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?`;

// A person written as initials and a surname (`D. Brandt`, `M.J. Visser-Kok`, `J. van der Berg`) as a
// whole cell of a delimited table or an SQL tuple, under a header that names people (`Abgelesen_von`,
// `read_by`, `rekeninghouder`, `technician`). Full names in such columns are person-name's; the
// initials carry no given name to look up, so only the header says that a person is meant.
// The match starts at the initial's dot and looks back for the cell's start (a dot after a capital
// after a delimiter is rare in code), where a lookahead takes the whole name.
export default defineRule({
  id: 'person-name-initial',
  category: 'pii',
  description: "A person's initials and surname as a table cell under a column of people ('<initial>. <surname>')",
  keywords: [],
  pattern: new RegExp(
    `\\.(?=[ A-Z])(?<=(?:^|[\\n,;\\t|(])[ \\t]*["'\`]?(?=(${INITIALS} (${SURNAME}))["'\`]?[ \\t]*(?:[,;\\t|)]|\\r?\\n|$))[A-Z]\\.)`,
    'gu',
  ),
  secretGroup: 1,
  validate: (_name, ctx) => {
    const surname = ctx.match[2] as string;
    const last = surname.split(' ').pop() as string;
    if (NOT_SURNAMES.has(last) || PLACEHOLDER_SURNAMES.has(last)) return false;
    const header = columnHeader(ctx);
    return header !== undefined && native(PERSON_COLUMN).test(header);
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Parzelle;Ablesedatum;Abgelesen_von;Bemerkung\nA-01;08.10.2023;D. Brandt;Plombe fehlt\n',
      'id,iban,rekeninghouder\n7,NL02ABNA0123456789,M.J. Visser-Kok\n',
      'plot,read_by,reading\nB-4,J. van der Berg,118.2\n',
    ],
    negative: [
      'Parzelle;Ablesedatum;Zähler;Bemerkung\nA-01;08.10.2023;D. Brandt;Plombe fehlt\n',
      'name,kind\nx,A. Test\n',
      'const v = A.B.c(x);',
    ],
  },
});
