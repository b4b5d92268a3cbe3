import { defineRule } from '../defineRule';

/** The FHIR specification's example people (Peter James Chalmers, Jim, the Windsors). */
const EXAMPLE_FAMILIES = /"family"[ \t]*:[ \t]*"(?:Chalmers|Windsor|Example|Test|Doe|Testpatient)"/u;

// A person's name in a FHIR HumanName: the `family` name and the first `given` name (group 1 or
// 2), when the object holds both. FHIR writes names split, so each part is a finding.
export default defineRule({
  id: 'fhir-human-name',
  category: 'pii',
  description: 'Family or given name in a FHIR HumanName ("family": …, "given": [ … ])',
  keywords: ['"family"', '"given"'],
  window: { before: 300, after: 300 },
  pattern: /"family"[ \t]*:[ \t]*"([\p{L}][\p{L}' -]{0,40})"|"given"[ \t]*:[ \t]*\[[ \t\r\n]*"([\p{L}][\p{L}' .-]{0,40})"/gu,
  secretGroup: [1, 2],
  validate: (_s, ctx) => {
    const { text } = ctx;
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
    ],
    negative: [
      '"name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}]',
      '"family": "Sans-serif fonts"',
      '{"given": ["a", "b"]}',
    ],
  },
});
