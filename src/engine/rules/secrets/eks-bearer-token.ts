import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

// An Amazon EKS bearer token, as `aws eks get-token` prints it and kubectl sends it:
// `k8s-aws-v1.` and a presigned STS GetCallerIdentity URL in unpadded base64url. Whoever holds it is
// the cluster user it was signed for until it expires (15 minutes): it turns up in pasted kubectl
// debug output, ExecCredential JSON and curl commands.
export default defineRule({
  id: 'eks-bearer-token',
  category: 'secret',
  description: 'Amazon EKS bearer token (k8s-aws-v1. and a presigned STS URL)',
  keywords: ['k8s-aws-v1.'],
  pattern: /(?<![\w.]|(?<!:)-)k8s-aws-v1\.[A-Za-z0-9_-]{100,3000}(?![\w-])/gu,
  // The body decodes to the presigned URL (its first 64 characters are enough to tell).
  validate: (s) => /^https:\/\/sts\.[a-z0-9.-]*amazonaws\.com(?:\.cn)?\/\?/u.test(decodeBase64(s.slice(11, 11 + 88).replace(/-/gu, '+').replace(/_/gu, '/')) ?? ''),
  publicPrefix: 11,
  references: ['https://docs.aws.amazon.com/cli/latest/reference/eks/get-token.html'],
  examples: {
    positive: [
      `"status": {"expirationTimestamp": "2024-05-14T10:15:00Z", "token": "k8s-aws-v1.${encodeBase64(`https://sts.us-east-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${fake('AKIA{U16}', 4147)}%2F20240514%2Fus-east-2%2Fsts%2Faws4_request&X-Amz-Signature=${fake('{h64}', 4148)}`, true)}"}`,
    ],
    negative: ['token: k8s-aws-v1.<redacted>', `k8s-aws-v1.${fake('{w120}', 4149)}`],
  },
});
