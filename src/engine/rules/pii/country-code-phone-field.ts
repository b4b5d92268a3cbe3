import { defineRule, fake } from '../defineRule';
import { readPhone } from './phone-number';

// A phone number stored as two fields, its country's calling code first, then the national digits:
// PagerDuty's contact methods (`country_code = "+49"` over `address = "<national digits>"`), and the many
// APIs and user tables shaped alike (`"countryCode": "44", "phoneNumber": "7…"`). The digits alone
// read as no number; with the calling code put before them they must be a valid number of that
// country. The national digits are group 2.
export default defineRule({
  id: 'country-code-phone-field',
  category: 'pii',
  description: 'Phone number stored as a calling-code field and a national-number field (PagerDuty contact methods, APIs), valid for that country',
  keywords: ['country_code', 'countrycode', 'country-code', 'dial_code', 'dialcode', 'calling_code', 'callingcode'],
  window: { before: 0, after: 200 },
  pattern:
    /(?:country[_-]?code|countryCode|dial[_-]?code|dialCode|calling[_-]?code|callingCode)["']?[ \t]*(?:=|:)[ \t]*["']?\+?(\d{1,3})["']?[ \t]*,?[^{}\n]{0,40}(?:\r?\n[^{}\n]{0,80}){0,2}?(?<![\w-])(?:address|number|phone|phone_?number|phoneNumber|mobile|msisdn|national_?number|nationalNumber)["']?[ \t]*(?:=|:)[ \t]*["']?(\d{6,14})(?!\d)/gu,
  secretGroup: 2,
  validate: (s, ctx) => {
    const read = readPhone(`+${ctx.match[1] as string}${s}`);
    return read === 'valid' || read === 'mobile';
  },
  redactAs: 'phone',
  references: ['https://registry.terraform.io/providers/PagerDuty/pagerduty/latest/docs/resources/user_contact_method'],
  examples: {
    positive: [
      `resource "pagerduty_user_contact_method" "phone" {\n  user_id      = pagerduty_user.oncall.id\n  type         = "phone_contact_method"\n  country_code = "+49"\n  address      = "160${fake('{d7}', 101805)}"\n  label        = "Mobile"\n}`,
      `{"countryCode": "44", "phoneNumber": "7911${fake('{d6}', 101806)}", "verified": true}`,
    ],
    negative: [
      // the digits are no valid number of that country; an e-mail contact method has no calling code
      'country_code = "+49"\n  address      = "1234"',
      `{"country_code": "1", "number": "0000000000"}`,
      'type = "email_contact_method"\n  address = "oncall@example.com"',
    ],
  },
});
