import { defineRule } from '../defineRule';

/** The FHIR specification's example people (Peter James Chalmers, Jim, the Windsors). */
const EXAMPLE_FAMILIES = /"family"[ \t]*:[ \t]*"(?:Chalmers|Windsor|Example|Test|Doe|Testpatient)"/u;

// A person's name in a FHIR HumanName: the `family` name and the first `given` name (group 1 or
// 2), when the object holds both. FHIR writes names split, so each part is a finding; and the
// name's `text`, the whole name as displayed, when the same object holds a part (group 3).
export default defineRule({
  id: 'fhir-human-name',
  category: 'pii',
  description: 'Family or given name, or the whole name as text, in a FHIR HumanName ("family": …, "given": [ … ], "text": …)',
  keywords: ['"family"', '"given"'],
  window: { before: 300, after: 300 },
  pattern: /"family"[ \t]*:[ \t]*"([\p{L}][\p{L}' -]{0,40})"|"given"[ \t]*:[ \t]*\[[ \t\r\n]*"([\p{L}][\p{L}' .-]{0,40})"|"text"[ \t]*:[ \t]*"([\p{L}][\p{L}' .-]{1,80})"/gu,
  secretGroup: [1, 2, 3],
  validate: (_s, ctx) => {
    const { text } = ctx;
    // The whole name as text (`"text": "Rosa V. Example-Ortiz"`): in the HumanName object itself, beside its parts.
    if (ctx.match[3] !== undefined) {
      const open = text.lastIndexOf('{', ctx.start);
      const close = text.indexOf('}', ctx.end);
      if (open === -1 || close === -1 || ctx.start - open > 400 || close - ctx.end > 400) return false;
      const object = text.slice(open, close);
      // (A `{` after the value opens another object: the `}` found is that one's.)
      if (object.includes('{', ctx.end - open)) return false;
      return /"(?:family|given)"[ \t]*:/u.test(object) && !EXAMPLE_FAMILIES.test(object);
    }
    const around = text.slice(Math.max(0, ctx.start - 300), Math.min(text.length, ctx.end + 300));
    // A HumanName holds both parts; the spec's example patients are samples.
    const other = ctx.match[1] !== undefined ? /"given"[ \t]*:[ \t]*\[/u : /"family"[ \t]*:/u;
    return other.test(around) && !EXAMPLE_FAMILIES.test(around);
  },
  redactAs: 'name',
  references: ['https://hl7.org/fhir/datatypes.html#HumanName'],
  examples: {
    positive: [
      '"name": [\n  {\n    "use": "official",\n    "family": "Schäfer",\n    "given": [\n      "Tobias"\n    ]\n  }\n]',
      '{"resourceType": "Practitioner", "name": [{"family": "Osei", "given": ["George", "Kwame"]}]}',
      '{"resourceType": "Patient", "name": [{"use": "official", "text": "Marisol T. Arroyo", "family": "Arroyo", "given": ["Marisol", "T."]}]}',
    ],
    negative: [
      '"name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}]',
      '"family": "Sans-serif fonts"',
      '{"given": ["a", "b"]}',
      // a coded concept's text beside a name, not inside it
      '{"name": [{"family": "Chalmers", "given": ["Peter"]}], "maritalStatus": {"text": "Married"}}',
    ],
  },
});
