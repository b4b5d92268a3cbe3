import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';

const UP = 'А-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺҲ';
const LOW = "а-яёіїєґўәғқңөұүһҳ'’";
/** A word of a street's or a district's name: `Ауэзова`, `Мангилик Ел`, `Орбита-3`, `Калкаман-2`, `8-го Марта`. */
const NAME_WORD = `(?:[${UP}][${LOW}${UP}]{1,30}|\\d{1,2}-?(?:го|й|я|ой)?)(?:-(?:\\d{1,2}|[${UP}]?[${LOW}]{1,20}))?`;
const NAME = `${NAME_WORD}(?: (?:${NAME_WORD}|ел|Ел)){0,3}`;
/** A street's type before its name, in Russian, Ukrainian, Belarusian and Kazakh forms. */
const TYPE_BEFORE = '(?:ул\\.|улица|вул\\.|вулиця|пр\\.|просп\\.|проспект|пр-т|пр-кт|мкр\\.?|микрорайон|мкрн\\.?|пер\\.|переулок|пров\\.|провулок|б-р|бульвар|бул\\.|наб\\.|набережная|пл\\.|площадь|ш\\.|шоссе|тракт|көш\\.|көшесі|даңғылы)';
/** A house number: `д. 17`, `дом 42`, `78/2`, `116А`, and in Uzbek `67-уй`. */
const HOUSE = `(?:(?:д\\.|дом|буд\\.|будинок)[ \\t]?)?\\d{1,4}(?:[${UP}а-я](?![${LOW}]))?(?:/\\d{1,3}[${UP}а-я]?)?(?:-уй)?`;
const FLAT = '(?:,[ \\t]?(?:кв\\.|квартира|кв)[ \\t]?\\d{1,4}[а-я]?)';

/** A flat, a house written `д.`/`дом`, or an Uzbek house (`-уй`). */
const HOUSE_OR_FLAT = /(?:(?:^|[ ,])(?:д\.|дом|буд\.)[ \t]?\d|кв\.?[ \t]?\d|квартира|-уй)/u;
const EXAMPLE_STREET = /Пример|Тестов/u;
/** An office building or a floor after the address: a business's. */
const OFFICE_AFTER = /^[ \t]*,?[ \t]*(?:БЦ|ТЦ|бизнес-центр|офис|оф\.|этаж|склад)/iu;

// A street address in Cyrillic script as Russian, Ukrainian, Kazakh and Uzbek writers give it:
// a street's type and name, then the house and perhaps the flat (`ул. Ауэзова, д. 217, кв. 157`,
// `мкр. Алмагуль, д. 27, кв. 39`, `пр. Мангилик Ел, 68/1, кв. 202`, `вул. Хрещатик, 22`); a city
// block's number (`12-квартал, дом 42, кв. 62`); an Uzbek street named before its type
// (`Шоҳрух Мирзо кўчаси, 67-уй`). A street and a house number alone are mostly a business's (a
// warehouse, an office, `ул. Сатпаева, 30/8, БЦ «…», офис 612`): the address needs a flat, a house
// written `д.`/`дом`, or an Uzbek `-уй`, and no office after it. `ул. Примерная` is the region's
// "Example Street".
export default defineRule({
  id: 'cyrillic-street-address',
  category: 'pii',
  description: 'Street address in Cyrillic script (street, house and flat: ул. …, д. …, кв. …)',
  keywords: [],
  nearScript: { before: 0, after: 120 },
  pattern: new RegExp(
    `(?<![${LOW}${UP}\\w])(?:${TYPE_BEFORE}[ \\t]?${NAME},?[ \\t]${HOUSE}${FLAT}?|\\d{1,2}-?(?:квартал|кв-л),[ \\t]?${HOUSE}${FLAT}?|${NAME} (?:кўчаси|кучаси|кўч\\.),[ \\t]?${HOUSE}${FLAT}?)(?![\\d${LOW}${UP}/-])`,
    'gu',
  ),
  validate: (address, ctx) =>
    native(HOUSE_OR_FLAT).test(address) && !native(EXAMPLE_STREET).test(address) && !native(OFFICE_AFTER).test(ctx.text.slice(ctx.end, ctx.end + 24)),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#Russia', 'https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions'],
  examples: {
    positive: [
      '00001055;Сарсенов Ерлан Маратович;ФизЛицо;"г. Астана, ул. Кенесары, 41/3, кв. 12";',
      '<Представление>г. Алматы, мкр. Жетысу-2, д. 51, кв. 8</Представление>',
      '[10:11:40] Клиент: адрес Алматы, мкр. Самал-1, д. 3, кв. 44, домофон не работает',
      'Адрес: г. Ташкент, Юнусабадский р-н, 14-квартал, дом 7, кв. 19',
      'манзил Бухоро ш., Алишер Навоий кўчаси, 12-уй',
      'Доставка: вул. Хрещатик, 22, кв. 5',
      'Адрес: г. Астана, пр. Республики, 68/1, кв. 202',
    ],
    negative: [
      'Офис на ул. Ленина',
      'ш. Энтузиастов 5 км',
      'мкр. Алмагуль — зона доставки 3',
      'Москва, ул. Тверская',
      // a business's address: no flat and no house word, or an office after it; the example street
      'Склад: г. Алматы, ул. Рыскулова, 57Б (ворота 3)',
      'Юр. адрес: г. Алматы, пр. Абая, д. 10, БЦ «Нурлы», офис 305',
      'Клиент: г. Алматы, ул. Примерная, д. 1, кв. 1',
    ],
  },
});
