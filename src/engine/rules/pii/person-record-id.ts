import { defineRule, fake } from '../defineRule';
import { PEOPLE, isPersonRecordNumber } from './_personIds';

/**
 * A person's record number where an application writes it: the path of a REST resource
 * (`/v1/patients/<id>/messages`, `/borrowers/<id>/loans`), a log's or a record's key naming whose
 * it is (`rider=<id>`, `"driver_id": "<id>"`, `"playFabId": "<id>"`), or an identity provider's
 * subject that names the connection (`"user":"patient|<id>"`). The number is the key to that
 * person's records for anyone who reads the log.
 */
/** The people's words as keys write them: `patient=`, `Protokol:`. */
const PEOPLE_ANY_CASE = PEOPLE.split('|').map((p) => `[${p.charAt(0)}${p.charAt(0).toUpperCase()}]${p.slice(1)}`).join('|');
/** Whose numbers are the company's own records (see the validator). */
const OPT_IN_PEOPLE = /(?:customer|employee)/iu;
const PEOPLE_CAPITALIZED = PEOPLE.split('|').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('|');

export default defineRule({
  id: 'person-record-id',
  category: 'pii',
  description: "A person's record number in an API path (`/patients/<id>`) or under a key naming whose it is (`rider=`, `driver_id`, `playFabId`)",
  // The forms the pattern reads, not the bare words (`member` and `driver` fill ordinary code):
  // a collection's path, a key's suffix or operator, an identity provider's bar.
  keywords: [
    ...PEOPLE.split('|').flatMap((p) => [`${p}s/`, `${p}_id`, `${p}-id`, `${p}id`, `${p}_no`, `${p}no`, `${p}_number`, `${p}number`, `${p}_ref`, `${p}ref`, `${p}_code`, `${p}code`, `${p}=`, `${p}:`, `${p}":`, `${p}':`, `${p}|`, `${p} =`, `${p} :`, `${p} id`, `${p} no`, `${p} number`]),
    ...PEOPLE.split('|').flatMap((p) => [`<${p}id>`, `<${p}no>`, `<${p}number>`, `<${p}ref>`]),
    'users/',
    'people/',
    'pfid',
    'playfab',
  ],
  window: { before: 32, after: 72 },
  pattern: new RegExp(
    '(?:' +
      // An API's collection of people, then one of them.
      `/(?:(?:${PEOPLE})s|users|people)/` +
      // A key naming the person (snake, kebab or camel case), or a game platform's player key.
      `|(?<![\\w-])(?:(?:${PEOPLE_ANY_CASE})(?:[_-]?(?:id|no|number|ref|code)|Id|No|Number|Ref|Code)?|playFabId|PlayFabId|pfid)["']?[ \\t]{0,2}[:=][ \\t]{0,2}["']?` +
      // A label in prose or a Markdown table (`Student ID: …`, `| Patient ID | … |`, `student number …`).
      `|(?<![\\w-])(?:${PEOPLE_ANY_CASE}) (?:ID|Id|id|No\\.?|no\\.?|Number|number)(?:[ \\t]{0,2}[:#|][ \\t]{0,2}|[ \\t])` +
      // An XML element naming the person's number (`<PatientId>`, a Turkish HIS's `<ProtokolNo>`).
      `|<(?:${PEOPLE_CAPITALIZED})(?:Id|ID|No|Number|Ref)>` +
      // An identity provider's subject whose connection names the person's role.
      `|"(?:user|sub|user_?id|userId)"[ \\t]{0,2}:[ \\t]{0,2}"(?:${PEOPLE})\\|` +
      ')([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,39})(?![\\w-]|\\.\\w)',
    'gu',
  ),
  secretGroup: 1,
  // A customer's or an employee's number is the company's own record, left to the opt-in customer-id
  // and employee-id rules (as person-id-column leaves their columns).
  validate: (s, ctx) => isPersonRecordNumber(s) && !OPT_IN_PEOPLE.test(ctx.match[0].slice(0, ctx.match[0].length - s.length)),
  redactAs: 'person-id',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html'],
  examples: {
    positive: [
      `{"method":"GET","path":"/v1/patients/${fake('{d8}', 37101)}/messages","status":200}`,
      `10.0.4.2 - - [14/Jun/2024:12:37:35 +0100] "POST /v2/borrowers/AB-${fake('{d6}', 37102)}/loans HTTP/1.1" 201 512`,
      `2024-12-03T08:51:29Z info matched trip=T1 rider=R${fake('{d8}', 37103)} eta_s=364`,
      `{"ts": 1733217504, "driver_id": "DRV-${fake('{d6}', 37104)}", "battery": 81}`,
      `{"type": "session.start", "playFabId": "${fake('{H16}', 37105)}", "platform": "ios"}`,
      `{"ms":348,"user":"patient|${fake('{d8}', 37106)}"}`,
      // a Turkish hospital's visit number in an SMS and in a claims XML
      `"Sonuclariniz hazir. Protokol: ${fake('{d10}', 37107)}"`,
      `<Provizyon><ProtokolNo>${fake('{d10}', 37108)}</ProtokolNo></Provizyon>`,
      // a parent's mail and a ticket's table: the student's number after its label; a fixture's student_code
      `मैंने अपने बेटे (Student ID: VS${fake('{d2}', 37109)}-${fake('{d6}', 37110)}) की फीस जमा की`,
      `| Student ID | ST-${fake('{d6}', 37111)} |`,
      `{"model": "accounts.student", "fields": {"student_code": "SC${fake('{d7}', 37112)}", "grade": 10}}`,
    ],
    negative: [
      // A route template, a UUID, a digest, a short row number, a version, a driver class.
      'router.get("/users/:id/profile", handler)',
      '{"path":"/v1/customers/3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c/cards"}',
      '"customer_id": "d41d8cd98f00b204e9800998ecf8427e"',
      // a mock's zero-padded student code
      "children: [{ studentCode: 'ST24-000000', grade: 10 }]",
      // an erased customer's tombstone in an audit log
      '2024-03-11T09:12:44Z actor=svc-gdpr action=ERASE_CUSTOMER customer=CU-4417302-ERASED',
      'SELECT * FROM orders WHERE customer_id=52811',
      // the company's own numbers of its customers and staff (the opt-in customer-id and employee-id rules)
      `ticket #5512 · customer id KD-${fake('{d6}', 100932)} · plan PRO · seats ${fake('{d2}', 100931)}`,
      `{"employee_id": "EMP-${fake('{d6}', 100933)}", "site": "Leeds"}`,
      'driver=org.postgresql.Driver',
      '"player": "v1.2.3"',
      'rider=2024-06-14',
      'GET /customers/2024-02/customers_export_2024-02.csv.gz HTTP/1.1',
    ],
  },
});
