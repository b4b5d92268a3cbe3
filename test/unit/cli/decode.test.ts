import assert from 'node:assert/strict';
import { decodeBytes } from '../../../src/cli/decode';

/** Windows-1250's bytes for the Czech and Polish letters the tests use. */
const CP1250: Record<string, number> = { ř: 0xf8, ě: 0xec, í: 0xed, á: 0xe1, š: 0x9a, ů: 0xf9, é: 0xe9, ł: 0xb3, Ł: 0xa3, ó: 0xf3, ź: 0x9f, ń: 0xf1, ą: 0xb9, ž: 0x9e, Ř: 0xd8, č: 0xe8 };

/** The text of bytes given in hex, as decodeBytes reads them. */
function read(hex: string): string {
  const file = decodeBytes(Buffer.from(hex, 'hex'));
  assert.equal(file.kind, 'text');
  return file.kind === 'text' ? file.text : '';
}

describe('decodeBytes: legacy encodings', () => {
  it('reads UTF-8 as UTF-8, its BOM dropped', () => {
    assert.equal(read(Buffer.from('\ufeffNom;Prénom\n', 'utf8').toString('hex')), 'Nom;Prénom\n');
  });

  it('reads a Latin-1 file as Windows-1252: accented names kept, one code unit per byte', () => {
    const bytes = Buffer.from('Nom;Prénom;Téléphone\nGonçalves;Bénédicte;+33 6 40 18 27 93\n', 'latin1');
    const text = read(bytes.toString('hex'));
    assert.equal(text, 'Nom;Prénom;Téléphone\nGonçalves;Bénédicte;+33 6 40 18 27 93\n');
    assert.equal(text.length, bytes.length);
    // Windows-1252's own 0x80–0x9F: the euro sign, a dash, curly quotes (0x8D, which it leaves out, kept as it is).
    assert.equal(read('80203132209620937174948d'), '€ 12 – “qt”\x8d');
  });

  it('reads a Czech or Polish file in Windows-1250 as Windows-1250, one code unit per byte', () => {
    const czech = 'Příjmení;Ulice;Poznámka\nDvořák;Horní náměstí 12;volat předem\nPospíšil;Jiráskova 4;zvonit dvakrát\n';
    const bytes = Buffer.from(czech.replace(/[^\x00-\x7f]/gu, (c) => String.fromCharCode(CP1250[c] ?? 0x3f)), 'latin1');
    const text = read(bytes.toString('hex'));
    assert.equal(text, czech);
    assert.equal(text.length, bytes.length);
    const polish = 'Nazwisko;Miasto\nWłodarczyk;Łódź\nJabłońska;Białystok\nMałgorzata Wąs;Kraków\n';
    assert.equal(read(Buffer.from(polish.replace(/[^\x00-\x7f]/gu, (c) => String.fromCharCode(CP1250[c] ?? 0x3f)), 'latin1').toString('hex')), polish);
  });

  it('reads a Bulgarian or Russian file in Windows-1251 as Windows-1251, one code unit per byte', () => {
    // (Windows-1251 puts А–я at 0xC0–0xFF in alphabet order.)
    const toCp1251 = (s: string): Buffer => Buffer.from(s.replace(/[А-я]/gu, (c) => String.fromCharCode(0xc0 + c.charCodeAt(0) - 0x410)), 'latin1');
    const bulgarian = '"Клиентски номер";"ЕГН";"Име";"Адрес на обекта"\n"3000000001";"7501010000";"Иван Петров Иванов";"ж.к. Младост 1, бл. 23, вх. А, гр. София"\n';
    const text = read(toCp1251(bulgarian).toString('hex'));
    assert.equal(text, bulgarian);
    assert.equal(text.length, toCp1251(bulgarian).length);
    const russian = 'Фамилия;Город\nСмирнова;Москва\nКузнецов;Казань\nПопова Анна;Самара\n';
    assert.equal(read(toCp1251(russian).toString('hex')), russian);
  });

  it('reads a Turkish file in Windows-1254 or ISO-8859-9 as Turkish, one code unit per byte', () => {
    const turkish = 'Kurye No;Ad Soyad;Doğum Tarihi;İlçe\nK-1;Nilgün Kocaoğlu;17.09.1984;Karşıyaka\nK-2;Şükrü Ağaoğlu;23.02.1991;Yıldıztepe\n';
    const cp1254: Record<string, number> = { ğ: 0xf0, İ: 0xdd, ı: 0xfd, ş: 0xfe, Ş: 0xde, ö: 0xf6, ü: 0xfc, ç: 0xe7, Ğ: 0xd0, Ç: 0xc7 };
    const encoded = Buffer.from(turkish.replace(/[^\x00-\x7f]/gu, (c) => String.fromCharCode(cp1254[c] ?? 0x3f)), 'latin1');
    const text = read(encoded.toString('hex'));
    assert.equal(text, turkish);
    assert.equal(text.length, encoded.length);
  });

  it('keeps an Icelandic file (ð þ ý at the Turkish letters\' bytes) in Windows-1252', () => {
    const icelandic = 'Nafn;Heimilisfang\nGuðrún Þórðardóttir;Bárugata 4, Reykjavík\nSigurður Ýmisson;Hafnarfjörður\nÞóra Björk;Akureyri\n';
    assert.equal(read(Buffer.from(icelandic, 'latin1').toString('hex')), icelandic);
  });

  it('reads a Greek file in Windows-1253 or ISO-8859-7 as Greek, not as Cyrillic', () => {
    const greek = 'Επώνυμο;Όνομα;Ημερομηνία γέννησης;Άφιξη\nΠαπαδοπούλου;Ελένη;12/03/1985;Ηράκλειο\nΚωνσταντίνου;Γιώργος;04/11/1990;Ρόδος\n';
    const windows1253 = Buffer.from([...greek].map((c) => (c === 'Ά' ? 0xa2 : c === 'Ό' ? 0xbc : c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x2d0)));
    const text = read(windows1253.toString('hex'));
    assert.equal(text, greek);
    assert.equal(text.length, windows1253.length);
    const iso = Buffer.from([...greek].map((c) => (c === 'Ά' ? 0xb6 : c === 'Ό' ? 0xbc : c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x2d0)));
    assert.equal(read(iso.toString('hex')), greek);
  });

  it('reads a Hebrew file in Windows-1255 as Hebrew, not as Cyrillic', () => {
    // (Windows-1255 puts א–ת at 0xE0–0xFA in alphabet order.)
    const hebrew = 'מספר עובד,שם מלא,תאריך לידה\nE-1006,תמר פרידמן,23/11/1999\nE-1007,יוסי כהן,02/05/1988\n';
    const bytes = Buffer.from([...hebrew].map((c) => (c >= 'א' && c <= 'ת' ? 0xe0 + c.charCodeAt(0) - 0x5d0 : c.charCodeAt(0))));
    const text = read(bytes.toString('hex'));
    assert.equal(text, hebrew);
    assert.equal(text.length, bytes.length);
  });

  it('reads a Slovak file in ISO-8859-2 as ISO-8859-2, and a short Czech and Slovak list in Windows-1250', () => {
    const iso88592: Record<string, number> = { š: 0xb9, ž: 0xbe, ľ: 0xb5, č: 0xe8, á: 0xe1, é: 0xe9, í: 0xed, ý: 0xfd, ô: 0xf4, ť: 0xbb, Š: 0xa9, ú: 0xfa, ó: 0xf3 };
    const slovak = 'Dávkový dotaz, pobočka Bratislava. Kódovanie vyžaduje starý systém.\nMeno: Ľudmila Šťastná, Štúrova 12, Žilina; vzťah: dlžník, tel. 0905 123 456\n';
    const encoded = Buffer.from(slovak.replace(/[^\x00-\x7f]/gu, (c) => String.fromCharCode(c === 'Ľ' ? 0xa5 : c === 'Ž' ? 0xae : iso88592[c] ?? 0x3f)), 'latin1');
    assert.equal(read(encoded.toString('hex')), slovak);
    const czech = 'jmeno;adresa\nBarbora Štěpánková;Štefánikova 2273/19, Praha 5\nĽubica Šimková;Námestie SNP 5\nĽudovít Hrušovský;Račianska 41\nSoňa Ľalíková;Bratislava\n';
    const cp1250 = Buffer.from(czech.replace(/[^\x00-\x7f]/gu, (c) => String.fromCharCode(({ Ľ: 0xbc, Š: 0x8a, ň: 0xf2, ý: 0xfd } as Record<string, number>)[c] ?? CP1250[c] ?? 0x3f)), 'latin1');
    assert.equal(read(cp1250.toString('hex')), czech);
  });

  it('keeps French, Italian and Danish files in Windows-1252', () => {
    for (const western of ['Nom;Ville\nLefèvre;Genève\nMère Thérèse;Bègles\nPère Noël;Sète\n', 'Søren Møller;København\nBjørn Æbelø;Århus\nMette Kjær;Næstved\n', 'Città;Perché\nCosì è;più\n']) {
      assert.equal(read(Buffer.from(western, 'latin1').toString('hex')), western);
    }
  });

  it('reads a GBK (GB18030) file as Chinese', () => {
    // 姓名,部门,地址 / 王小明,技术部,广东省深圳市南山区科技路8号
    assert.equal(
      read('d0d5c3fb2cb2bfc3c52cb5d8d6b70acdf5d0a1c3f72cbcbccaf5b2bf2cb9e3b6abcaa1c9eedbdacad0c4cfc9bdc7f8bfc6bcbcc2b738bac50a'),
      '姓名,部门,地址\n王小明,技术部,广东省深圳市南山区科技路8号\n',
    );
  });

  it('reads a Big5 file as traditional Chinese', () => {
    assert.equal(
      read('a96da6572cb3a1aaf92ca661a77d0aa4fda470a9fa2ca7deb34eb3a12cbb4fa55fa5aba4a4a5bfb0cfadabbc79ab6eb8f4a440ac710a'),
      '姓名,部門,地址\n王小明,技術部,臺北市中正區重慶南路一段\n',
    );
  });

  it('reads a Shift_JIS file as Japanese', () => {
    assert.equal(read('8e8196bc2c95948f900a8e5293632089d48e712c89638bc6959482c582b70a'), '氏名,部署\n山田 花子,営業部です\n');
  });

  it('reads an EUC-KR file as Korean', () => {
    assert.equal(read('c0ccb8a72cbacebcad0ab1e8c1f6bcf62cbfb5bef7bace0a'), '이름,부서\n김지수,영업부\n');
  });

  it('does not take Latin-1 text for Chinese although GBK could read it', () => {
    // é (0xE9) and the letter after it form a valid GBK pair: `Tel\u9592ono`.
    const bytes = Buffer.from('Nombre;Teléfono;Dirección\nRamón;+1 971 555 0100;Calle Mayor 3\n', 'latin1');
    assert.equal(new TextDecoder('gb18030').decode(bytes).includes('\ufffd'), false);
    assert.equal(read(bytes.toString('hex')), 'Nombre;Teléfono;Dirección\nRamón;+1 971 555 0100;Calle Mayor 3\n');
  });

  it('still tells binary (a NUL byte) from text', () => {
    assert.equal(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).kind, 'binary');
  });
});
