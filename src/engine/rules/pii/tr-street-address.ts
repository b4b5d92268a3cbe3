import { defineRule } from '../defineRule';
import { isBusinessAddressCell, isInPlaceRecord, isOnCompanyLine } from './_context';

// A Turkish street address, which needs no label: perhaps a neighbourhood (`Mah.`, `Mahallesi`), a
// street, avenue or boulevard (`Sok.`, `Cad.`, `Blv.`, a numbered street `1462. Sok.`) and the door's
// number (`No:14`, `No: 131/9`), perhaps a flat (`D:6`, `Daire 3`): `Çamlık Mah. Menekşe Sok.
// No:7 D:2`, `Akasya Sokak No:14 D:3`. The `No:` after the street's type is what says it is an
// address. Not a company's (an invoice's seller, `… A.Ş.` on the line) nor a shop's with its hours.
export default defineRule({
  id: 'tr-street-address',
  category: 'pii',
  description: 'Turkish street address (perhaps a neighbourhood, a street and the door number: Mah. … Sok. No:7)',
  keywords: ['mah.', 'mahallesi', 'sok.', 'sokak', 'sokagi', 'sk.', 'cad.', 'cd.', 'caddesi', 'blv.', 'bulvari'],
  // (The match starts up to a neighbourhood and three words of the street's name before the street's type.)
  window: { before: 160, after: 120 },
  pattern:
    /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,2} (?:Mah\.|Mh\.|Mahallesi),? )?(?:\d{1,5}(?:\/\d{1,4})?\.? |\p{Lu}[\p{L}'’-]{1,30} ){1,3}(?:Sok\.|Sk\.|Sokak|Sokağı|Cad\.|Cd\.|Caddesi|Blv\.|Bulvarı)(?: No ?: ?\d{1,4}(?:\/\d{1,4})?)(?:,? (?:D|Daire) ?: ?\d{1,4})?/gu,
  // (A merchant's `business_address` cell is the shop's.)
  validate: (_s, ctx) => !isOnCompanyLine(ctx) && !isInPlaceRecord(ctx) && !isBusinessAddressCell(ctx),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#Turkey'],
  examples: {
    positive: [
      '100231\t1985-09-17\tÇamlık Mah. Menekşe Sok. No:7 D:2\tİstanbul',
      'adres: Yenişehir Mah. Gazi Cad. No: 48/3, Mersin',
      '"address": "Karşıyaka Mah. 2041. Sok. No:11 D:5"',
      // a numbered street with a branch number (İzmir's 286/4 Sokak)
      'teslimat: Çınarlı Mah. 1571/2 Sk. No:9 D:4 35170 Konak/İzmir',
      // without the neighbourhood: the street, its type and the door's number
      'Paketi Akasya Sokak No:14 D:3 adresine bırakın lütfen.',
      '  Adres           : Şehit Ali Bey Cad. No:27 D:11 Keçiören/Ankara',
    ],
    negative: [
      // a delivery platform's restaurants: the shop's address
      'partner_id,brand,business_address,contact_person\nRST-4,Mantı Evi Fatih,"Karanfil Sok. No:31, Kadıköy/İstanbul",S. K.\n',
      'Çamlık Mah. (merkez)', 'Menekşe Sok. girişi kapalı', 'Yenişehir Mah. Gazi Cad. üzerinde',
      // a company's head office on its invoice line
      'Satıcı: Örnek Lojistik A.Ş., Akasya Sokak No:14 Kadıköy/İstanbul',
    ],
  },
});
