/**
 * A hand-trimmed subset of the SARIF 2.1.0 JSON schema (OASIS): the required properties and the
 * types of the parts our reporter writes. `additionalProperties: false` where the official
 * schema has it, so a misspelt property fails too. Not the official file; enough to catch
 * structural mistakes without a download.
 */
const message = {
  type: 'object',
  properties: { text: { type: 'string' }, id: { type: 'string' }, markdown: { type: 'string' } },
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  additionalProperties: false,
};

const multiformatMessage = {
  type: 'object',
  properties: { text: { type: 'string' }, markdown: { type: 'string' } },
  required: ['text'],
  additionalProperties: false,
};

const propertyBag = { type: 'object' };

const level = { enum: ['none', 'note', 'warning', 'error'] };

const reportingDescriptor = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    shortDescription: multiformatMessage,
    fullDescription: multiformatMessage,
    helpUri: { type: 'string', pattern: '^https?://' },
    help: multiformatMessage,
    defaultConfiguration: {
      type: 'object',
      properties: { enabled: { type: 'boolean' }, level, rank: { type: 'number' }, properties: propertyBag },
      additionalProperties: false,
    },
    properties: propertyBag,
  },
  required: ['id'],
  additionalProperties: false,
};

const region = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    charOffset: { type: 'integer', minimum: -1 },
    charLength: { type: 'integer', minimum: 0 },
  },
  additionalProperties: false,
};

const artifactLocation = {
  type: 'object',
  properties: { uri: { type: 'string' }, uriBaseId: { type: 'string' }, index: { type: 'integer', minimum: -1 } },
  additionalProperties: false,
};

const location = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: -1 },
    physicalLocation: {
      type: 'object',
      properties: { artifactLocation, region },
      anyOf: [{ required: ['artifactLocation'] }, { required: ['address'] }],
      additionalProperties: false,
    },
    message,
  },
  additionalProperties: false,
};

const result = {
  type: 'object',
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
    level,
    message,
    locations: { type: 'array', items: location },
    relatedLocations: { type: 'array', items: location, uniqueItems: true },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    fingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    properties: propertyBag,
  },
  required: ['message'],
  additionalProperties: false,
};

const run = {
  type: 'object',
  properties: {
    tool: {
      type: 'object',
      properties: {
        driver: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            fullName: { type: 'string' },
            version: { type: 'string' },
            semanticVersion: { type: 'string' },
            informationUri: { type: 'string', pattern: '^https?://' },
            rules: { type: 'array', items: reportingDescriptor, uniqueItems: true },
            properties: propertyBag,
          },
          required: ['name'],
          additionalProperties: false,
        },
      },
      required: ['driver'],
      additionalProperties: false,
    },
    originalUriBaseIds: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { uri: { type: 'string', pattern: '^file:' } },
        additionalProperties: false,
      },
    },
    columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
    results: { type: 'array', items: result },
    properties: propertyBag,
  },
  required: ['tool'],
  additionalProperties: false,
};

/** The trimmed SARIF 2.1.0 schema (JSON Schema draft-07). */
export const SARIF_SUBSET_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    $schema: { type: 'string', pattern: '^https?://' },
    version: { const: '2.1.0' },
    runs: { type: 'array', items: run, minItems: 1 },
    properties: propertyBag,
  },
  required: ['version', 'runs'],
  additionalProperties: false,
};
