import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of a Ukrainian taxpayer number: РНОКПП, ІПН (ИНН), ідентифікаційний код, and their transliterations. */
const RNOKPP_CONTEXT = /(?<![\p{L}])(?:рнокпп|іпн|ипн|інн|инн|ідентифікаційн(?:ий|ого) (?:код|номер)|реєстраційн(?:ий|ого) номер облікової картки|rnokpp|ipn|ukrainian (?:tax|taxpayer) (?:id|number))(?![\p{L}])/iu;

const WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

/** The check digit of a taxpayer number's first nine digits: weighted sum mod 11, mod 10. */
function checkDigit(body9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (WEIGHTS[i] as number) * (body9.charCodeAt(i) - 48);
  return (((sum % 11) + 11) % 11) % 10;
}

function sample(days: number, seed: number): string {
  const body = String(days).padStart(5, '0') + fake('{d4}', seed);
  return body + String(checkDigit(body));
}

// A Ukrainian taxpayer number (РНОКПП, formerly ІПН): ten digits, the first five the holder's birth
// date as days since 31 December 1899, the ninth odd for men, the last a check digit. One random
// number in ten passes the check, so a label must be near (РНОКПП, ІПН, a column named for it).
export default defineRule({
  id: 'ua-rnokpp',
  category: 'pii',
  description: 'Ukrainian taxpayer number (РНОКПП/ІПН: birth date and check digit), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    // (Days since 31.12.1899: 1 is 1 January 1900, 46000 falls in 2025.)
    const days = Number(s.slice(0, 5));
    if (days < 1 || days > 46_500 || isTrivialNumber(s) || checkDigit(s.slice(0, 9)) !== s.charCodeAt(9) - 48) return false;
    return !inLongerNumber(ctx) && hasContext(ctx, RNOKPP_CONTEXT, { before: 64 });
  },
  redactAs: 'tax-id',
  references: ['https://tax.gov.ua/'],
  examples: {
    positive: [
      `№,ПІБ,РНОКПП,Дата народження\n1,A. Person,${sample(37186, 931)},23.10.2001`,
      `РНОКПП: ${sample(24234, 932)}`,
      `"rnokpp": "${sample(33239, 933)}"`,
    ],
    negative: [`РНОКПП: ${sample(24234, 932).slice(0, 9)}${(Number(sample(24234, 932)[9]) + 1) % 10}`, `order ${sample(33239, 934)}`, 'РНОКПП: 0000000000'],
  },
});
