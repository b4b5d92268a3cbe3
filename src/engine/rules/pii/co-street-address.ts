import { defineRule } from '../defineRule';
import { isInPlaceRecord, isOnCompanyLine, isOnPlaceholderPersonLine, isOnTestRecordLine } from './_context';

/** A placeholder address: its three numbers each 0 or 1 (`Calle 1 # 1-1`, `Cra 0 # 00-00`). */
function isPlaceholder(s: string): boolean {
  // (Not one pattern with \D under the u flag: that took 7 KB of regex bytecode.)
  return (s.match(/\d+/gu) ?? []).every((n) => Number(n) <= 1);
}

// A Colombian street address, which needs no label: its nomenclature names the street by its type
// and number, then after `#` (or `No.`) the crossing street's number and the distance from the
// corner (`Calle 12B # 40-18`, `Carrera 15 No. 93-47`, `Transversal 93 # 61-20`, `Diagonal 45 Bis #
// 16C-08`, `Av. Calle 26 # 69-76`, `Cra. 7 # 71-21 Sur`), the abbreviations as Colombians write
// them (Cl., Cll, Cra., Kr., Tv., Dg., and Av. or Avenida before a Calle or a Carrera). The `#` and its dashed pair say it is an address.
// Not a company's (on its invoice's or its letterhead's line) nor a shop's with its hours.
export default defineRule({
  id: 'co-street-address',
  category: 'pii',
  description: 'Colombian street address (Calle/Carrera/Transversal/Diagonal and its number, then # and the crossing street’s number and the distance from the corner)',
  // (Not the two-letter forms without their dot, `kr`, `tv`, `dg`: inside words they are everywhere.)
  keywords: ['calle', 'carrera', 'cra', 'cl.', 'cll', 'kr.', 'kra', 'transversal', 'trans.', 'tv.', 'diagonal', 'diag.', 'dg.', 'avenida'],
  // (Every match's street type is followed by its number: only those occurrences place a window.)
  keywordFollowedBy: /\.? ?\d/y,
  window: { before: 16, after: 48 },
  pattern:
    /(?<![\wÀ-ɏ.])(?:(?:Avenida|Av\.|AV\.) )?(?:Calle|CALLE|Cl\.|Cll\.?|CLL|Carrera|CARRERA|Cra\.?|Kra\.?|Kr\.|CRA|Transversal|TRANSVERSAL|Tv\.|Trans\.|Diagonal|DIAGONAL|Dg\.|Diag\.|Avenida) ?\d{1,3}(?: ?[A-H](?![A-Za-zÀ-ɏ]))?(?: ?(?:Bis|BIS)(?: ?[A-H](?![A-Za-zÀ-ɏ]))?)?(?: (?:Sur|SUR|Este|ESTE))? ?(?:#|No\.?|N[°º]\.?|Nro\.?) ?\d{1,3}(?: ?[A-H](?![A-Za-zÀ-ɏ]))?(?: ?(?:Bis|BIS))? ?- ?\d{1,3}(?: (?:Sur|SUR|Este|ESTE)(?![A-Za-zÀ-ɏ]))?(?![\wÀ-ɏ])/gu,
  validate: (s, ctx) => !isPlaceholder(s) && !isOnCompanyLine(ctx) && !isInPlaceRecord(ctx) && !isOnTestRecordLine(ctx) && !isOnPlaceholderPersonLine(ctx),
  redactAs: 'address',
  references: ['https://es.wikipedia.org/wiki/Nomenclatura_urbana_de_Bogot%C3%A1'],
  examples: {
    positive: [
      'cliente="A. Persona" tel=310 000 0000 dir="Calle 9 # 14B-63", Bogotá',
      '{"pasajero_email":"a@kestrel.co","origen":"Transversal 93 # 61-20","centro_costos":"CC-4"}',
      'hoy iba en un viaje desde la Calle 118 # 52C-10 hasta Chapinero',
      'Mi dirección es Carrera 15 No. 93-47, Bogotá',
      'entrega: Diagonal 45 Bis # 16C-08, apto 402',
      'Recoger en Av. Calle 26 # 69-76 Torre 2',
      'domicilio;Cra. 7 # 71-21 Sur;Bogotá',
    ],
    negative: [
      'Calle 7 cerrada por obras entre la 18 y la 20',
      'ticket #18-97 en la Calle 7',
      // a company's office on its invoice line; a test row
      'Kestrel Rutas S.A.S. · NIT 900.123.456-7 · Calle 93 # 11-26, Bogotá',
      '682;PRUEBA INTERNA;Calle 12 # 4-31;Bogotá',
      'direccion: Calle 1 # 1-1',
    ],
  },
});
