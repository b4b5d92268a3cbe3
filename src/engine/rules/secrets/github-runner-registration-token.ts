import { defineRule, fake, minEntropy } from '../defineRule';

// A GitHub Actions self-hosted runner's registration token, passed to the runner's config script
// (`./config.sh --url https://github.com/org/repo --token …`): 29 upper-case letters and digits,
// valid for an hour, enough to attach a machine to the repository's or organisation's runners.
export default defineRule({
  id: 'github-runner-registration-token',
  category: 'secret',
  description: 'GitHub Actions runner registration token (config.sh/config.cmd --token, 29 characters)',
  keywords: ['config.sh', 'config.cmd', 'runner_token', 'runner-token'],
  window: { before: 40, after: 400 },
  pattern: /(?:\bconfig\.(?:sh|cmd)\b[^\n]{0,300}?[ \t]--token[ \t=]|\b(?:RUNNER|GH_RUNNER|ACTIONS_RUNNER)_(?:REGISTRATION_)?TOKEN["']?[ \t]*[=:][ \t]*["']?)([A-Z0-9]{29})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => /[A-Z]/u.test(s) && /\d/u.test(s) && minEntropy(s, 3),
  envName: 'RUNNER_TOKEN',
  references: ['https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/adding-self-hosted-runners'],
  examples: {
    positive: [
      `$ ./config.sh --url https://github.com/acme/app --token ${fake('{u29}', 977)} --labels self-hosted,linux`,
      `RUNNER_TOKEN=${fake('{u29}', 978)}`,
    ],
    negative: ['./config.sh --url https://github.com/acme/app --token XXXXXXXXXXXXXXXXXXXXXXXXXXXXX', './config.sh --url https://github.com/acme/app --token ${RUNNER_TOKEN}'],
  },
});
