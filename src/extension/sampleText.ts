// Pure: the text of the walkthrough's sample document. Every value is built at run time from
// templates (fake()), so no secret-shaped literal sits in the bundle or the repository.
import { fake } from '../engine/index';

/** A small TypeScript config with fake credentials and personal data, and a hard negative. */
export function toSampleText(): string {
  const mail = ['maria.schneider', 'contoso-mail.de'].join('@');
  return [
    '// Sample for Prompt Hygiene. Every value in this file is FAKE: hover a squiggle, then press',
    '// Ctrl+. (Cmd+. on macOS) to redact it, replace it with an environment variable, or allow it.',
    'export const billing = {',
    "  region: 'eu-central-1',",
    `  escalationContact: '${mail}',`,
    `  slackBotToken: '${fake('xoxb-{d11}-{d12}-{a24}', 20261129)}',`,
    `  stripeKey: '${fake('sk_live_{a24}', 20261129)}',`,
    "  // A reference, not a secret: never reported.",
    '  webhookSecret: process.env.WEBHOOK_SECRET,',
    '};',
    '',
  ].join('\n');
}
