import { defineRule, fake, minEntropy } from '../defineRule';
import { contextWords, looksLikeLongPlaceholder } from './_context';
import { windowAround } from './_providerKit';

/** Markers of an STS session token: base64 of the token's "…er/aws" and "origin_ec" fields. */
const STS_MARKER = /ZXIvYXdz|^IQoJb3JpZ2lu/u;
const AWS_NEARBY = /aws|amazonaws|amz|AccessKeyId|SecretAccessKey/iu;

export default defineRule({
  id: 'aws-session-token',
  category: 'secret',
  description: 'AWS STS session token assigned to a session-token name',
  keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'security-token', 'securitytoken', 'iqojb3jpz2lux2vj', 'fwogzxivyxdze'],
  // context: aws_session_token / AWS_SECURITY_TOKEN / SessionToken / X-Amz-Security-Token, an
  // assignment, then the value (group 1): 100-2048 base64 characters. Or, anywhere, a value that
  // starts with the base64 of an STS token's first fields (group 2: IQoJb3JpZ2luX2Vj…, FwoGZXIvYXdzE…).
  pattern:
    /(?<![A-Za-z0-9])(?:aws[_.-]?session[_.-]?token|aws[_.-]?security[_.-]?token|x-amz-security-token|session[_.-]?token)["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,24}|[ \t]{1,5})["'`]?([A-Za-z0-9/+]{100,2048}={0,2})(?![A-Za-z0-9/+=])|(?<![A-Za-z0-9/+])((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+]{100,2048}={0,2})(?![A-Za-z0-9/+=])/giu,
  secretGroup: [1, 2],
  // A plain "session_token" only counts with an AWS marker in the value or AWS words nearby.
  validate: (s, ctx) => {
    if (looksLikeLongPlaceholder(s) || !minEntropy(s, 4)) return false;
    if (ctx.match[2] !== undefined) return true;
    const words = contextWords(ctx);
    if (/aws|amz/u.test(words)) return true;
    return STS_MARKER.test(s) || AWS_NEARBY.test(windowAround(ctx, 300, 300).replace(s, ''));
  },
  // NOTE: the shared dictionary-word filters misfire by chance on values this long.
  skipFilters: true,
  envName: 'AWS_SESSION_TOKEN',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html'],
  examples: {
    positive: [
      // kubectl describe aligns values
      `    Environment:\n      AWS_SESSION_TOKEN:      IQoJb3JpZ2luX2Vj${fake('{b120}', 439)}`,
      `aws configure set aws_session_token ${'IQoJb3JpZ2luX2Vj' + fake('{b360}', 8)}`,
      `aws_session_token = ${'IQoJb3JpZ2luX2Vj' + fake('{b320}')}`,
      `export AWS_SESSION_TOKEN="${'FwoGZXIvYXdzE' + fake('{b300}', 3)}"`,
      `"SessionToken": "${'IQoJb3JpZ2luX2Vj' + fake('{b400}', 5)}",`,
      `        - Name: STS_CREDS\n          Value: ${'IQoJb3JpZ2luX2Vj' + fake('{b200}', 461)}`,
    ],
    negative: [
      `SESSION_TOKEN=${fake('{a120}')}`,
      'aws_session_token = <session-token>',
      `aws_session_token = ${fake('{b80}')}`,
      'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
    ],
  },
});
