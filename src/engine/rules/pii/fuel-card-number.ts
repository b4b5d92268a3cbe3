import { defineRule } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels and columns of a fleet's fuel or charging card: `Kartennummer`, `Tankkarte`, `Kaartnummer`, `fuel_card`, `card_no`. */
const FUEL_CARD_CONTEXT = /kart(?:e|en)?(?:[ _-]?(?:nr|nummer))?|tankkart|ladekart|kaart(?:nummer)?|tankpas|card|carte|tarjeta|carta|dkv|uta|shell|aral|esso|fuel|tank/iu;

// A fuel card's number (DKV, Shell, UTA, Aral, TotalEnergies, BP): ISO/IEC 7812's major industry
// identifier 7 (petroleum), an issuer number from 70, and 16 to 19 digits in all, the last a Luhn
// check digit; written whole or in groups of four (`7002 1234 5678 9012 345`). The card pays for a
// named driver's fuel and charging, and its transactions trace that driver's journeys. Not a payment
// network's range, so credit-card-number leaves it; it needs its label or its column here.
export default defineRule({
  id: 'fuel-card-number',
  category: 'pii',
  description: 'Fuel or charging card number (ISO 7812 petroleum range 70…, Luhn) under its label or column',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w*-])70\d{2}(?: \d{4} \d{4} \d{4}(?: \d{1,3})?|\d{12,15})(?![\w*-])/gu,
  validate: (s, ctx) => {
    const d = s.replace(/ /gu, '');
    return luhn(d) && !isTrivialNumber(d.slice(6, -1)) && hasContext(ctx, FUEL_CARD_CONTEXT, { before: 48 });
  },
  redactAs: 'card',
  references: ['https://www.iso.org/standard/70484.html'],
  examples: {
    positive: [
      `Belegnummer;Datum;Kartennummer;Kennzeichen\nB-1;30.05.2024;${withLuhn('704310958274163052')};B-XY 1234`,
      `Transactienummer\tDatum\tKaartnummer\tKenteken\n8317\t2024-05-13\t${withLuhn('700253917482063551').replace(/(\d{4})(?=\d)/gu, '$1 ')}\tS-218-KN`,
      `Ihre neue Tankkarte: ${withLuhn('704310472619305847')} (PIN folgt per Post)`,
    ],
    negative: [
      // a masked card, a number that fails Luhn, and one with no card word near it
      'Kartennummer;Betrag\n704310*********9785;36,11',
      `Kartennummer: ${withLuhn('704310958274163052').slice(0, -1)}${(Number(withLuhn('704310958274163052').slice(-1)) + 1) % 10}`,
      `order ${withLuhn('704310958274163052')} shipped`,
    ],
  },
});
