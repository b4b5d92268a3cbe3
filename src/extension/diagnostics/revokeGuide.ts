// Pure: how to rotate or revoke a leaked credential, by vendor. No `vscode` import.

/** Where and how to revoke one vendor's credentials. */
export interface RevokeGuide {
  /** Vendor name shown to the user. */
  readonly vendor: string;
  /** One short instruction. */
  readonly steps: string;
  /** The vendor page where keys are managed or the docs that explain revocation. */
  readonly url?: string;
}

/**
 * Revocation guides keyed by rule-id prefix (`github-` covers `github-pat`, `github-oauth`…).
 * The longest matching prefix wins, so a specific entry can override a vendor-wide one.
 */
export const REVOKE_GUIDES: Readonly<Record<string, RevokeGuide>> = {
  'github-': {
    vendor: 'GitHub',
    steps: 'Delete the token under Settings › Developer settings › Personal access tokens (or the app or OAuth settings that issued it), then create a new one.',
    url: 'https://github.com/settings/tokens',
  },
  'gitlab-': {
    vendor: 'GitLab',
    steps: 'Revoke the token under User settings › Access tokens (or the project or group token settings), then create a new one.',
    url: 'https://docs.gitlab.com/security/tokens/',
  },
  'aws-': {
    vendor: 'AWS',
    steps: 'In IAM, create a new access key, switch your applications to it, then deactivate and delete the exposed key.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  'slack-': {
    vendor: 'Slack',
    steps: "Revoke the token in the app's settings (OAuth & Permissions) and reinstall the app to get a new one.",
    url: 'https://api.slack.com/apps',
  },
  'stripe-': {
    vendor: 'Stripe',
    steps: 'Roll the key in the Dashboard under Developers › API keys; the old key stops working.',
    url: 'https://dashboard.stripe.com/apikeys',
  },
  'openai-': {
    vendor: 'OpenAI',
    steps: 'Delete the key on the API keys page of the OpenAI platform and create a new one.',
    url: 'https://platform.openai.com/api-keys',
  },
  'anthropic-': {
    vendor: 'Anthropic',
    steps: 'Delete the key under Settings › API keys in the Anthropic Console and create a new one.',
    url: 'https://console.anthropic.com/settings/keys',
  },
  'google-': {
    vendor: 'Google Cloud',
    steps: 'Regenerate or delete the key under APIs & Services › Credentials, and restrict the new key.',
    url: 'https://console.cloud.google.com/apis/credentials',
  },
  'gcp-': {
    vendor: 'Google Cloud',
    steps: 'Delete the service-account key under IAM › Service accounts › Keys and create a new one.',
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
  },
  'azure-': {
    vendor: 'Azure',
    steps: 'Regenerate the key or secret in the Azure portal (the resource\'s Keys page or the app registration\'s Certificates & secrets).',
  },
  'npm-': {
    vendor: 'npm',
    steps: 'Revoke the token with `npm token revoke <id>` or on the Access Tokens page, then create a new one.',
    url: 'https://docs.npmjs.com/revoking-access-tokens',
  },
  'pypi-': {
    vendor: 'PyPI',
    steps: 'Remove the API token under Account settings › API tokens and create a new one.',
    url: 'https://pypi.org/manage/account/token/',
  },
  'huggingface-': {
    vendor: 'Hugging Face',
    steps: 'Invalidate the token under Settings › Access Tokens and create a new one.',
    url: 'https://huggingface.co/settings/tokens',
  },
  'twilio-': { vendor: 'Twilio', steps: 'Delete the API key (or rotate the auth token) in the Twilio Console.' },
  'sendgrid-': {
    vendor: 'SendGrid',
    steps: 'Delete the key under Settings › API Keys and create a new one.',
    url: 'https://app.sendgrid.com/settings/api_keys',
  },
  'discord-': { vendor: 'Discord', steps: "Reset the bot token on the application's Bot page in the Discord Developer Portal." },
  'telegram-': { vendor: 'Telegram', steps: 'Ask @BotFather for /revoke on the bot to get a new token.' },
  'shopify-': { vendor: 'Shopify', steps: "Rotate the app's access token or API secret in the Shopify admin or Partner dashboard." },
  'digitalocean-': { vendor: 'DigitalOcean', steps: 'Delete the token under API › Tokens and generate a new one.' },
  'heroku-': { vendor: 'Heroku', steps: 'Revoke the authorization or regenerate the API key in Account settings.' },
  'mailgun-': { vendor: 'Mailgun', steps: 'Delete the API key in the Mailgun control panel and create a new one.' },
  'databricks-': { vendor: 'Databricks', steps: 'Revoke the token under User settings › Developer › Access tokens.' },
  'private-key': {
    vendor: 'Private key',
    steps: 'Generate a new key pair, install the new public key wherever the old one was trusted, and remove the old one.',
  },
  'ssh-': {
    vendor: 'SSH',
    steps: 'Generate a new key pair, replace the public key in authorized_keys and on your Git host, and remove the old one.',
  },
  'jwt': {
    vendor: 'JWT',
    steps: 'If the token is long-lived, revoke the session it belongs to or rotate the signing key.',
  },
};

/** The generic advice when no vendor entry matches. */
export const GENERIC_REVOKE_GUIDE: RevokeGuide = {
  vendor: '',
  steps: 'Revoke the credential where it was issued, create a new one, and load it from an environment variable or a secret manager.',
};

/** The revocation guide for a rule id: the entry with the longest matching prefix, or the generic one. */
export function toRevokeGuide(ruleId: string, guides: Readonly<Record<string, RevokeGuide>> = REVOKE_GUIDES): RevokeGuide {
  let best: string | undefined;
  for (const prefix of Object.keys(guides)) {
    if (ruleId.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? GENERIC_REVOKE_GUIDE : (guides[best] as RevokeGuide);
}
