import { defineRule, fake, minEntropy } from '../defineRule';
import { looksLikeWords } from './_generic';
import { native } from '../../scan/nativeRegex';

/** The key an access key id is assigned to: `AWS_ACCESS_KEY_ID=`, `aws_access_key_id = `, `"AccessKeyId": "`. */
const ACCESS_KEY_NAME_BEFORE = /(?:access[_-]?key[_-]?id|AccessKeyId|ACCESS_KEY_ID)["']?[ \t]*[:=][ \t]*["']?$/iu;

/** An audit record's identity block, then its access key id's key, right before the id. */
const AUDIT_KEY_ID_BEFORE = native(/"(?:userIdentity|[Aa]ccessKeyDetails|requestParameters)"[ \t]*:[ \t]*\{[^{}]*"[Aa]ccessKeyId"[ \t]*:[ \t]*"$/u);

export default defineRule({
  id: 'aws-access-key-id',
  category: 'secret',
  description: 'AWS access key ID (AKIA…, ASIA…, ABIA…, ACCA…)',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  // 4-letter credential prefix (AKIA long-term, ASIA STS temporary, ABIA STS bearer, ACCA
  // context-specific) + 16 upper-case alphanumerics (base32 in practice). Other unique-ID
  // prefixes (AIDA users, AROA roles, ...) identify principals and are not credentials.
  pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/gu,
  // NOTE: an all-letter body must look random, so upper-case words such as
  // "ASIAPACIFICSALESTEAM" are not reported.
  validate: (s, ctx) => {
    const body = s.slice(4);
    // A key's id in an audit record: CloudTrail's `userIdentity` and GuardDuty's `AccessKeyDetails`
    // name the key a call was made with (an IAM call's `requestParameters`, the key it acts on) (every event of a role's session carries one), never its
    // secret. A long-term key's (AKIA) too, since the fifty-second session: an incident's CloudTrail
    // extract names the stolen key on every event, and a security team's corpus called them ids.
    // An STS response's `Credentials` (with the secret) is no record.
    if (AUDIT_KEY_ID_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start))) return false;
    // NOTE: a random 16-letter body has entropy under 3.5 about half the time; 3.0 drops ~1%.
    if (/[0-9]/u.test(body)) return minEntropy(body, 2.5);
    // (One key id in thirty has no digit: after its own key name, letters that read as syllables are still one.)
    return minEntropy(body, 3) && (!looksLikeWords(body) || ACCESS_KEY_NAME_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)));
  },
  publicPrefix: 4,
  envName: 'AWS_ACCESS_KEY_ID',
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  ],
  examples: {
    positive: [
      `aws_access_key_id = ${fake('AKIA{u16}')}`,
      `"AccessKeyId": "${fake('ASIA{u16}')}",`,
      `export AWS_ACCESS_KEY_ID=${fake('ABIA{u16}')}`,
      // an all-letter body (base32 without digits) whose entropy is below 3.5
      `AWS_ACCESS_KEY_ID=${fake('AKIA{A16}', 11)}`,
      'AWS_ACCESS_KEY_ID=AKIAQDERIEPALWUZFOKA',
      // an STS response: the temporary key with its secret
      `{"Credentials": {"AccessKeyId": "${fake('ASIA{u16}', 101009)}", "SecretAccessKey": "${fake('{b40}', 101010)}", "SessionToken": "…"}}`,
      // the key a CloudTrail event reports created: a long-term key's id
      `"responseElements": {"accessKey": {"accessKeyId": "${fake('AKIA{u16}', 101011)}", "status": "Active", "userName": "ci-deployer"}}`,
    ],
    negative: [
      `"UserId": "${fake('AIDA{u16}')}"`,
      `aws_access_key_id = ${fake('AKIA{u15}')}`,
      `aws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}`,
      // the session key a CloudTrail event and a GuardDuty finding name
      `{"eventVersion": "1.08", "userIdentity": {"type": "AssumedRole", "principalId": "AROA${fake('{u17}', 101012)}:ci", "accessKeyId": "${fake('ASIA{u16}', 101013)}", "sessionContext": {}}}`,
      `"Resource": {"ResourceType": "AccessKey", "AccessKeyDetails": {"AccessKeyId": "${fake('ASIA{u16}', 101014)}", "UserName": "eks-node-role"}}`,
      // a long-term key's id on an incident's CloudTrail event
      `{"userIdentity": {"type": "IAMUser", "userName": "svc-ci-deployer", "accessKeyId": "${fake('AKIA{u16}', 101096)}"}}`,
      'region: ASIAPACIFICSALESTEAM',
      'team: ACCASALESREVIEWBOARD',
      `key=${fake('AKIA{u20}')}`,
    ],
  },
});
