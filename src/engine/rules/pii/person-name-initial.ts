import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { columnHeader, SEPA_PARTY } from './_context';
import { LOWER, UPPER } from './_latin';
import { NOT_SURNAMES, PLACEHOLDER_SURNAMES } from './_names';

/**
 * Headers of a column of people: a name, a role (owner, technician), or who did the row's work
 * (`read_by`, `Abgelesen_von`, `gecontroleerd door`, `saisi par`, `registrado por`).
 */
const PERSON_COLUMN =
  /(?:^|[\s_-])(?:name|full ?name|names|customer|client|contact|owner|employee|patient|person|recipient|holder|account ?holder|technician|inspector|reader|driver|agent|assignee|reporter|approver|reviewer|signatory|naam|nom|nombre|nome|namn|navn|nimi|nazwisko|vorname|nachname|kontoinhaber|rekeninghouder|titulaire|titular|intestatario|mitarbeiter|medewerker|techniker|fahrer|chauffeur|[a-zäöüéèáíóú]{3,24}[ _-](?:by|von|door|par|por|da|de|af|av))$/iu;

/** One to three initials: `D.`, `M.J.`, `M. J.`, `R.J.M.` */
const INITIALS = '[A-Z]\\.(?:[ ]?[A-Z]\\.){0,2}';

/** A surname after the initials: capitalised, maybe double-barrelled, maybe with a particle. */
// (Capitalised particles too: `K. De Smet`, `F. El Haddaji`, `R. Van Damme`.)
const SURNAME = `(?:(?:van der|van den|van de|van|von|de la|de|di|da|du|le|la|ter|ten|Van der|Van den|Van|Von|De|Di|Da|Du|Le|La|El|Al|Ben|Abu|Ait) )?[${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?`;

/**
 * Labels that name an account's or a card's holder right before the name: Dutch payment details'
 * `t.n.v.` (ten name van, "in the name of"), `Name on card:`, `Account name:`, `Kontoinhaber:`.
 */
const HOLDER_LABEL = String.raw`(?:(t\.n\.v\.|[Tt]en name van|[Nn]ame on (?:the )?card|[Aa]ccount (?:holder|name)|[Kk]ontoinhaber(?:in)?|[Tt]itulaire(?: du compte)?)[ \t]{0,3}:?[ \t]{1,4}|(${SEPA_PARTY}[ \t]{0,8}<Nm>))`;

// A person written as initials and a surname (`D. Brandt`, `M.J. Visser-Kok`, `J. van der Berg`) as a
// whole cell of a delimited table or an SQL tuple, under a header that names people (`Abgelesen_von`,
// `read_by`, `rekeninghouder`, `technician`). Full names in such columns are person-name's; the
// initials carry no given name to look up, so only the header says that a person is meant.
// The match starts at the initial's dot and looks back for the cell's start (a dot after a capital
// after a delimiter is rare in code), where a lookahead takes the whole name. The same form after a
// holder's label (`NL91 ABNA … t.n.v. F. El Haddaji`, `Name on card: J. Example`) needs no column:
// the label says that a person is meant.
export default defineRule({
  id: 'person-name-initial',
  category: 'pii',
  description: "A person's initials and surname as a table cell under a column of people, or after an account holder's label ('t.n.v. <initial>. <surname>')",
  keywords: [],
  pattern: new RegExp(
    `\\.(?=[ A-Z])(?<=(?:(?:^|[\\n,;\\t|(])[ \\t]*["'\`]?|${HOLDER_LABEL})(?=(${INITIALS} (${SURNAME}))["'\`]?[ \\t]*(?:[,;\\t|)<]|\\.?\\r?\\n|\\.?$|\\.(?= )))[A-Z]\\.)`,
    'gu',
  ),
  secretGroup: 3,
  validate: (_name, ctx) => {
    const surname = ctx.match[4] as string;
    const last = surname.split(' ').pop() as string;
    if (NOT_SURNAMES.has(last) || PLACEHOLDER_SURNAMES.has(last)) return false;
    // (A holder's label, or a SEPA message's debtor or creditor: `<Dbtr><Nm>A.M. de Haan-Kuipers</Nm>`.)
    if (ctx.match[1] !== undefined || ctx.match[2] !== undefined) return true;
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
      // a Dutch refund's account, in the name of its holder; a card's holder
      '- Terugbetaling naar: NL91 ABNA 0417 1643 00 t.n.v. F. El Haddaji',
      'Graag overmaken op NL91ABNA0417164300 (t.n.v. S. van der Voort). Daarnaast wil ik',
      'Name on card: K. Brennan-Walsh\nExpiry: 09/27',
      // a direct-debit batch's debtors (pain.008)
      '        <Dbtr><Nm>R.J.M. Kuipers-Ament</Nm><PstlAdr><Ctry>NL</Ctry></PstlAdr></Dbtr>',
    ],
    negative: [
      'Parzelle;Ablesedatum;Zähler;Bemerkung\nA-01;08.10.2023;D. Brandt;Plombe fehlt\n',
      'name,kind\nx,A. Test\n',
      'const v = A.B.c(x);',
      // a company's account; a placeholder holder
      'Betaling op NL91ABNA0417164300 t.n.v. Example B.V. graag voor 1 mei',
      'Name on card: A. Test',
      '<Cdtr><Nm>J. Test</Nm></Cdtr>',
    ],
  },
});
