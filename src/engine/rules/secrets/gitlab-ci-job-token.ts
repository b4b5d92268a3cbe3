import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-ci-job-token',
  category: 'secret',
  description: 'GitLab CI/CD job token (glcbt-…)',
  keywords: ['glcbt-'],
  // glcbt- + one of: a 1-5 hex-digit partition id + _ + 20 base64url characters; 20 base64url
  // characters; the routable form (payload + "." + optional version + "." + 9 base36
  // characters); or a JWT (three base64url segments, the first starting with eyJ).
  pattern:
    /(?<![\w-])glcbt-(?:[0-9a-fA-F]{1,5}_[\w-]{20}|[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}|eyJ[\w-]{10,2000}\.[\w-]{10,4000}\.[\w-]{10,1000})(?![\w-])/gu,
  validate: (s) => minEntropy((s.slice(6).split(/[._]/u).sort((a, b) => b.length - a.length)[0] ?? ''), 3),
  publicPrefix: 6,
  envName: 'CI_JOB_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/ci/jobs/ci_job_token/'],
  examples: {
    positive: [
      `CI_JOB_TOKEN=${fake('glcbt-{w20}')}`,
      `curl --header "JOB-TOKEN: ${fake('glcbt-64_{w20}')}" https://gitlab.example.com/api/v4/jobs`,
    ],
    negative: [
      `CI_JOB_TOKEN=${fake('glcbt-64_{w10}')}`,
      'CI_JOB_TOKEN=glcbt-xxxxxxxxxxxxxxxxxxxx',
      'CI_JOB_TOKEN=glcbt-<token>',
      `CI_JOB_TOKEN=${fake('glptt-{h40}')}`,
    ],
  },
});
