import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';
import { CYRILLIC_GIVEN_NAMES, CYRILLIC_SURNAME_ENDING } from './_cyrillicNames';

/**
 * Cyrillic capitals and small letters of Ukrainian, Russian, Belarusian and Bulgarian (with the
 * apostrophe of Ukrainian names: Дем'ян), of Serbian and Macedonian (Ђ Ј Љ Њ Ћ Џ Ѓ Ќ Ѕ) and of Kazakh
 * (Ә Ғ Қ Ң Ө Ұ Ү Һ) and Uzbek (Ў Қ Ғ Ҳ).
 */
const UP = 'А-ЯЁІЇЄҐЎЂЈЉЊЋЏЃЌЅӘҒҚҢӨҰҮҺҲ';
const LOW = "а-яёіїєґўђјљњћџѓќѕәғқңөұүһҳ'’";
const WORD = `[${UP}][${LOW}]{1,24}(?:-[${UP}][${LOW}]{1,24})?`;
/** A patronymic: Петрович, Олександрівна, Сергеевна, Андрійович; Kazakh Болатқызы, Маратұлы. */
const PATRONYMIC = `[${UP}][${LOW}]{2,20}(?:ович|евич|євич|івна|ївна|овна|евна|қызы|кызы|ұлы|улы)`;

/** Labels of a person's name in Ukrainian and Russian forms, exports and tickets. */
const LABELS = [
  'ПІБ', 'П.І.Б.', 'ФИО', 'Ф.И.О.', 'ФІО', "Ім'я", 'Ім’я', 'Имя', 'Прізвище', 'Фамилия', "Прізвище та ім'я", 'Фамилия и имя', 'Фамилия, имя',
  'Клієнт', 'Клиент', 'Отримувач', 'Получатель', 'Власник', 'Владелец', 'Контактна особа', 'Контактное лицо', 'Замовник', 'Заказчик',
  'Відправник', 'Отправитель', 'Пацієнт', 'Пациент', 'Співробітник', 'Сотрудник', 'Працівник', 'Відповідальний', 'Ответственный',
  'Виконавець', 'Исполнитель', 'Автор', 'Платник', 'Плательщик', 'Заявник', 'Заявитель', 'Від', 'От', 'Кому',
  // Serbian and Bulgarian forms and tickets: name, name and surname, submitted by, assigned to, guest
  'Име', 'Име и презиме', 'Име и фамилия', 'Поднео', 'Поднела', 'Подносилац', 'Додељено', 'Корисник', 'Гост', 'Подател', 'Получател', 'Възложено на',
  // Kazakh: full name, operator, agent
  'Аты-жөні', 'Аты жөні', 'Оператор', 'Маман',
  // a mail's header fields, in any language's mail client
  'From', 'To', 'Cc', 'Reply-To',
  // the keys of JSON exports (a Jira user's displayName, a Slack profile's real_name)
  'name', 'displayName', 'display_name', 'real_name', 'realName', 'full_name', 'fullName', 'author', 'assignee', 'reporter', 'customer', 'requester',
];

/** Words a name follows after a space: a sole proprietor's ФОП (ФЛП), the honorifics пан, пані, господин, госпожа, госпођо, уважаеми, and an introduction (меня зовут, менің атым). */
const SPACED_LABELS = ['ФОП', 'ФЛП', 'пан', 'пані', 'пана', 'панові', 'господин', 'госпожа', 'господина', 'шановний', 'шановна', 'уважаемый', 'уважаемая', 'господине', 'госпођо', 'госпођа', 'поштовани', 'поштована', 'уважаеми', 'уважаема', 'меня зовут', 'мене звати', 'зовут', 'менің атым'].join('|');
const LABEL_SOURCE = [...LABELS, ...LABELS.map((l) => l.toLowerCase())].map((l) => l.replace(/[.]/gu, '\\.')).join('|');

/** Column headers of a name column, as columnHeader normalises them (lower case). */
const NAME_COLUMN = /^(?:піб|п\.і\.б\.?|фио|ф\.и\.о\.?|фіо|ім['’]я|имя|прізвище|фамилия|прізвище,? ім['’]я(?:,? по батькові)?|фамилия,? имя(?:,? отчество)?|клієнт|клиент|застрахован(?:о лице)?|пострадал(?:о лице)?|титуляр|(?:трите |три )?имена|име(?:,? презиме)? и фамилия|отримувач|получатель|full[ _-]?name|name)$/u;

/** The John Does of Ukrainian and Russian forms (Иванов Иван Иванович, Вася Пупкин) and a test record's person. */
const PLACEHOLDERS = /^(?:Іванов Іван(?: Іванович)?|Іван Іванов|Іван Іваненко|Іваненко Іван|Иванов Иван|Иван Иванов|Петров Петр|Петров Пётр|Пётр Петров|Петр Петров|Иванов Иван Иванович|Іван Іванович Іванов|Иван Иванович Иванов|Петров Петр Петрович|Петров Петро Петрович|Василий Пупкин|Вася Пупкин|Пупкин Василий|Тест(?:овий|овый)? .*|.* Тест(?:овий|овый|ович)?)$/u;

/** Words of a desk's, a team's or a system's name, which chats and forms write like a person's (Служба Підтримки, Відділ Кадрів). */
const NOT_A_PERSON: ReadonlySet<string> = new Set(
  'Служба Підтримки Підтримка Поддержка Поддержки Бот Адміністратор Администратор Відділ Отдел Команда Компанія Компания Сервіс Сервис Система Бухгалтерія Бухгалтерия Кадрів Кадров Техпідтримка Техподдержка'.split(' '),
);

// A person's name in Cyrillic script (East Slavic, Bulgarian, Serbian, Macedonian). A patronymic makes it one wherever it stands (Шевчук Марія
// Петрівна, Олександр Петрович Коваленко, or the polite Олександр Петрович); without one, two or
// three capitalised words after a name label (ПІБ:, ФИО:, Клієнт:), as a whole cell under a name
// column, or as a chat's speaker (`Тарас Гнатюк, [21.05.2024 09:47]`). The match starts at a Cyrillic capital, so texts without one cost V8 nothing.
const PATTERN = new RegExp(
  `[${UP}](?<=(?:^|[^\\p{L}\\p{N}_-])[${UP}])[${LOW}]{1,24}(?:-[${UP}][${LOW}]{1,24})?` +
    `(?: ${WORD} ${PATRONYMIC}| ${PATRONYMIC}(?: ${WORD})?` +
    // after a label (group 1 marks it)
    `|(?<=(?:(?:${LABEL_SOURCE})["']?[ \\t]{0,3}[:：=—-]|(?<![\\p{L}])(?:${SPACED_LABELS}))[ \\t]{0,3}["'«]?${WORD})()(?: ${WORD}){1,2}` +
    // a chat's speaker: a line's start before Telegram Desktop's `, [21.05.2024 09:47]`, or a
    // bracketed time before the name and its colon (`[22.05.2024 16:20] Оксана Левчук: …`)
    `|(?<=(?:^|\\n)${WORD})(?: ${WORD}){1,2}(?=, \\[\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?\\])` +
    `|(?<=\\d{1,2}:\\d{2}(?::\\d{2})?\\] ${WORD})(?: ${WORD}){1,2}(?=:[ \\t])` +
    // a whole cell (group 2 marks it)
    `|(?<=(?:^|[\\n,;\\t|])[ \\t]*["']?${WORD})()(?: ${WORD}){1,2}(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$))` +
    // two words anywhere (group 3 marks them): validate asks for a known given name and a surname
    `|()(?: ${WORD}))` +
    `(?![\\p{L}])`,
  'gu',
);

/** Two words, one a known given name and the other a surname by its ending (Ерлан Сарсенов, Гребенюк Артём). */
function isGivenAndSurname(name: string): boolean {
  const words = name.split(' ');
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  return (CYRILLIC_GIVEN_NAMES.has(a) && CYRILLIC_SURNAME_ENDING.test(b)) || (CYRILLIC_GIVEN_NAMES.has(b) && CYRILLIC_SURNAME_ENDING.test(a) && !CYRILLIC_GIVEN_NAMES.has(a));
}

export default defineRule({
  id: 'cyrillic-person-name',
  category: 'pii',
  description: "Person's name in Cyrillic script: with a patronymic, after a name label (ПІБ, ФИО) or in a name column",
  keywords: [],
  pattern: PATTERN,
  // (A whole cell, group 2, counts under a name column only.)
  // (A whole cell, group 2, counts under a name column, or as two words any pair counts as, group 3:
  // a known given name and a surname's ending, in either order.)
  validate: (name, ctx) => {
    if (native(PLACEHOLDERS).test(name) || name.split(' ').some((w) => NOT_A_PERSON.has(w))) return false;
    if (ctx.match[3] !== undefined) return isGivenAndSurname(name);
    return ctx.match[2] === undefined || isWholeCellUnder(ctx, NAME_COLUMN) || isGivenAndSurname(name);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Eastern_Slavic_naming_customs'],
  examples: {
    positive: [
      '№,ПІБ,РНОКПП,Дата народження\n1,Шевчук Марія Петрівна,3718606008,23.10.2001',
      'Отримувач: Бондаренко Ірина',
      // chat speakers: a Telegram Desktop copy, a bracketed time
      'Тарас Гнатюк, [21.05.2024 09:47]\nзібрав новий білд, гляньте',
      '[22.05.2024 16:20] Оксана Левчук: перевірила, все ок',
      'Дякую, Олександр Петрович, все отримали.',
      '№,ПІБ,Посада\n3,Коваленко Олександр,DevOps',
      'ФИО: Смирнова Анна Сергеевна',
      '      "displayName": "Марія Шевчук",',
      'ще питання: ФОП Дмитро Олійник просить змінити рахунок',
      'Поднео: Драгана Николић <d.nikolic@example.rs>',
      'From: "Калоян Димитров" <k.dimitrov@example.bg>',
      '  Име: Калоян Петров Димитров',
      'Аты-жөні:        Омарова Жанар Болатқызы',
      'Меня зовут Нурлан Жаксылыков, я ваш абонент с 2015 года.',
      // a known given name beside a surname, unlabelled: a log's JSON, a sentence, a quoted CSV cell
      '{"msg": "courier assigned", "courier": "Талгат Жумагулов", "eta_min": 35}',
      'По курьеру Наталья Кузьмина не могу провести выплату',
      '48301,2024-03-14,telegram,"Шерзод Турдиев",Ташкент',
    ],
    negative: [
      'ФИО: Иванов Иван Иванович',
      '"courier": {"name": "Иванов Иван", "phone": "+7 700 000 00 00"}',
      'Служба Технічної Підтримки',
      'Москва, Санкт-Петербург',
      '№,Місто,Посада\n1,Львів Центр,Розробник',
      'Ім’я: Тестовий Користувач',
      '[22.05.2024 16:25] Служба Підтримки: тикет закрито',
      // a given name beside a word that is no surname, and a surname-like word beside no known name
      'Сегодня Марина Роща закрыта на ремонт',
      'Отправлено из Алматы Ковалёвой',
    ],
  },
});
