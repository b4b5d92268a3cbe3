import assert from 'node:assert/strict';
import {
  abaChecksum,
  krBusinessNumberChecksum,
  calcIdnpCheck,
  idnpChecksum,
  calcEsNssControl,
  esNssChecksum,
  auMedicareChecksum,
  gstinChecksum,
  belgianNationalNumberChecksum,
  calcNhsCheck,
  calcNirKey,
  cnpjChecksum,
  codiceFiscaleChecksum,
  cpfChecksum,
  dniChecksum,
  elevenTest,
  hasTaxIdDigitPattern,
  hetuChecksum,
  ibanChecksum,
  isValidDate,
  iso7064Mod11_10,
  luhn,
  mod97,
  nhsMod11,
  nieChecksum,
  nirChecksum,
  peselChecksum,
  ahvChecksum,
  svnrChecksum,
  nipChecksum,
  rvnrChecksum,
  withAhv,
  withSvnr,
  withNip,
  fodselsnummerChecksum,
  withFodselsnummer,
  tfnChecksum,
  toIban,
  verhoeff,
  vinChecksum,
  withAba,
  withBelgianCheck,
  withCnpj,
  withCpf,
  withLuhn,
  withPesel,
  withVerhoeff,
  personasKodsChecksum,
  withPersonasKods,
} from '../../../src/engine/rules/pii/_checksums';

// Known-good values are the specimens the standards bodies, registries and Wikipedia publish (the
// rules treat them as documentation values); known-bad ones change one character.
interface Case {
  readonly name: string;
  readonly check: (value: string) => boolean;
  readonly good: readonly string[];
  readonly bad: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'Luhn', check: luhn, good: ['79927398713', '4111111111111111', '8112189876'], bad: ['79927398710', '4111111111111112', '8112189875'] },
  { name: 'Verhoeff', check: verhoeff, good: ['2363', '0'], bad: ['2364', '2336', '23a3'] },
  { name: 'IBAN mod 97-10', check: ibanChecksum, good: ['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606'], bad: ['DE89370400440532013001', 'GB82WEST12345698765433', 'DE8937'] },
  { name: 'ISO 7064 MOD 11,10', check: iso7064Mod11_10, good: ['86095742719', '47036892816'], bad: ['86095742718', '4703689281x', '1'] },
  { name: 'Steuer-IdNr digit rule', check: hasTaxIdDigitPattern, good: ['86095742719', '47036892816'], bad: ['12345678901', '11145678901', '11223456789'] },
  { name: 'NHS modulus 11', check: nhsMod11, good: ['9434765919', '9434765870'], bad: ['9434765918', '943476591', 'x434765919'] },
  { name: 'CPF', check: cpfChecksum, good: ['11144477735', '52998224725'], bad: ['11144477736', '52998224724', '1114447773'] },
  { name: 'CNPJ (numeric and 2026 alphanumeric)', check: cnpjChecksum, good: ['11222333000181', '12ABC34501DE35'], bad: ['11222333000182', '12ABC34501DE36', '12abc34501de35'] },
  { name: 'BSN 11-test', check: elevenTest, good: ['111222333', '123456782'], bad: ['111222334', '123456789', '000000000'] },
  { name: 'DNI letter', check: dniChecksum, good: ['12345678Z', '00000000T'], bad: ['12345678A', '1234567Z', '12345678z'] },
  { name: 'NIE letter', check: nieChecksum, good: ['X1234567L', 'Y0000000Z'], bad: ['X1234567A', 'W1234567L', 'X123456L'] },
  { name: 'codice fiscale check letter', check: codiceFiscaleChecksum, good: ['RSSMRA85T10A562S'], bad: ['RSSMRA85T10A562T', 'RSSMRA85T10A562', 'rssmra85t10a562s'] },
  { name: 'NIR key (Corsica included)', check: nirChecksum, good: ['295109912611193', '253072B07300470', '253072A07300443'], bad: ['295109912611199', '253072C07300443', '29510991261119'] },
  { name: 'TFN weights', check: tfnChecksum, good: ['123456782', '10418916'], bad: ['123456789', '10418917', '1234567'] },
  { name: 'ABA routing check', check: abaChecksum, good: ['011000015', '021000021'], bad: ['011000016', '02100002', '021000022'] },
  { name: 'VIN check digit', check: vinChecksum, good: ['1M8GDM9AXKP042788', '11111111111111111'], bad: ['1M8GDM9A1KP042788', '1M8GDM9AXKP04278', '1M8GDM9AXKP04278I'] },
  { name: 'Swiss AHV number', check: ahvChecksum, good: ['7569217076985'], bad: ['7569217076986', '7579217076985', '756921707698'] },
  { name: 'Austrian social security number', check: svnrChecksum, good: ['1237010180'], bad: ['1238010180', '1237010181', '123701018'] },
  { name: 'Polish NIP', check: nipChecksum, good: ['1234563218'], bad: ['1234563219', '1234563228', '123456321'] },
  { name: 'German pension insurance number', check: rvnrChecksum, good: ['65180539W001'], bad: ['65180539W002', '65180539X001', '6518053W9001'] },
  { name: 'Norwegian fødselsnummer', check: fodselsnummerChecksum, good: ['15076500565', '01010750160'], bad: ['15076500566', '01010750150', '1507650056'] },
  { name: 'PESEL', check: peselChecksum, good: ['44051401359', '02070803628'], bad: ['44051401358', '4405140135', '02070803629'] },
  { name: 'henkilötunnus check character', check: hetuChecksum, good: ['131052-308T', '010594Y9021'], bad: ['131052-308U', '131052*308T', '131052-30T'] },
  { name: 'Belgian national number', check: belgianNationalNumberChecksum, good: ['85073003328', '01020312345'], bad: ['85073003329', '01020312346', '8507300332'] },
];

describe('personal-data checksums', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const v of c.good) it(`accepts the published value ${v}`, () => assert.equal(c.check(v), true));
      for (const v of c.bad) it(`rejects the altered value ${v}`, () => assert.equal(c.check(v), false));
    });
  }

  it('builds check digits that the matching validators accept', () => {
    assert.equal(withLuhn('7992739871'), '79927398713');
    assert.equal(withVerhoeff('236'), '2363');
    assert.equal(toIban('DE', '370400440532013000'), 'DE89370400440532013000');
    assert.equal(withCpf('111444777'), '11144477735');
    assert.equal(withCnpj('112223330001'), '11222333000181');
    assert.equal(withCnpj('12ABC34501DE'), '12ABC34501DE35');
    assert.equal(withAba('01100001'), '011000015');
    assert.equal(withPesel('4405140135'), '44051401359');
    assert.equal(withFodselsnummer('150765005'), '15076500565');
    assert.equal(withAhv('756921707698'), '7569217076985');
    assert.equal(withSvnr('123', '010180'), '1237010180');
    assert.equal(withNip('123456321'), '1234563218');
    assert.equal(withBelgianCheck('850730033'), '85073003328');
    assert.equal(belgianNationalNumberChecksum(withBelgianCheck('010203123', true)), true);
  });

  it('checks a GSTIN\'s base-36 check character and an Australian Medicare number\'s check digit', () => {
    // GSTN's published sample, and it with the check character changed.
    assert.equal(gstinChecksum('27AAPFU0939F1ZV'), true);
    assert.equal(gstinChecksum('27AAPFU0939F1ZW'), false);
    // Services Australia's weights 1 3 7 9 1 3 7 9 over the first eight digits, mod 10.
    assert.equal(auMedicareChecksum('2123456701'), true);
    assert.equal(auMedicareChecksum('2123456781'), false);
    assert.equal(auMedicareChecksum('1123456701'), false);
  });

  it('computes the NIR key with 2A and 2B read as 19 and 18', () => {
    assert.equal(calcNirKey('2951099126111'), 93);
    assert.equal(calcNirKey('253072B073004'), 70);
    assert.equal(calcNirKey('253072A073004'), 43);
  });

  it('reports that no NHS number exists when the modulus-11 check would be 10', () => {
    assert.equal(calcNhsCheck('100047514'), undefined);
    assert.equal(calcNhsCheck('943476591'), 9);
  });

  it('reduces long numbers modulo 97 without losing precision', () => {
    assert.equal(mod97('123456789012345678'), Number(BigInt('123456789012345678') % 97n));
    assert.equal(mod97('12a'), -1);
  });

  it('knows leap years and month lengths', () => {
    assert.equal(isValidDate(2024, 2, 29), true);
    assert.equal(isValidDate(2000, 2, 29), true);
    assert.equal(isValidDate(2023, 2, 29), false);
    assert.equal(isValidDate(1900, 2, 29), false);
    assert.equal(isValidDate(2024, 4, 31), false);
    assert.equal(isValidDate(2024, 13, 1), false);
  });

  it("computes a Spanish social-security number's control for short and long serials", () => {
    // A serial below 10,000,000: province x 10^7 + serial = 281234567, mod 97 = 42.
    assert.equal(calcEsNssControl('28', '01234567'), '42');
    // Otherwise the twelve digits' first ten read as one number: 2812345678 mod 97 = 40.
    assert.equal(calcEsNssControl('28', '12345678'), '40');
    assert.equal(esNssChecksum('280123456742'), true);
    assert.equal(esNssChecksum('281234567840'), true);
    assert.equal(esNssChecksum('281234567841'), false);
    // No province 99 (or 00).
    assert.equal(esNssChecksum(`9912345678${calcEsNssControl('99', '12345678')}`), false);
  });

  it("computes a Moldovan IDNP's check digit with weights 7, 3, 1", () => {
    // 0*7+1*3+2*1+3*7+4*3+5*1+6*7+7*3+8*1+9*7+0*3+1*1 = 178
    assert.equal(calcIdnpCheck('012345678901'), 8);
    assert.equal(idnpChecksum('0123456789018'), true);
    assert.equal(idnpChecksum('0123456789017'), false);
    // A company's IDNO starts with 1: not a person's number.
    assert.equal(idnpChecksum(`112345678901${calcIdnpCheck('112345678901')}`), false);
  });
});

describe('Latvian personal code (personasKodsChecksum)', () => {
  it('accepts the check digit 1101 minus the weighted sum gives, mod 11, and nothing else', () => {
    // 0·1 + 1·6 + 0·3 + 1·7 + 9·9 + 0·10 + 1·5 + 2·8 + 3·4 + 4·2 = 135; (1101 − 135) mod 11 = 9
    assert.equal(personasKodsChecksum('01019012349'), true);
    for (let d = 0; d <= 9; d++) if (d !== 9) assert.equal(personasKodsChecksum(`0101901234${d}`), false, String(d));
    assert.equal(withPersonasKods('010190', '1234'), '010190-12349');
  });
});

describe('Korean business registration number (krBusinessNumberChecksum)', () => {
  it('accepts a number whose tenth digit is its check, and rejects it altered or cut short', () => {
    // (weights 1,3,7,1,3,7,1,3,5 over 418860273: 127, plus the tens of 3 x 5: 128; 10 - 8 = 2)
    assert.equal(krBusinessNumberChecksum('4188602732'), true);
    assert.equal(krBusinessNumberChecksum('4188602733'), false);
    assert.equal(krBusinessNumberChecksum('4188602742'), false);
    assert.equal(krBusinessNumberChecksum('418860273'), false);
  });
});
