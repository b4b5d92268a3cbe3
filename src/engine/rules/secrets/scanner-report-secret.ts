import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64, isDocumentationJwtPayload, isSupabaseAnonPayload } from './_providerKit';
import { native } from '../../scan/nativeRegex';

/** How far around the value the report's own keys are looked for: one finding's object. */
const REACH = 1500;

/** Keys only a gitleaks finding has (its rule's id beside the fingerprint it dedupes by). */
const GITLEAKS_KEYS = /"RuleID"[ \t]*:[\s\S]*?"Fingerprint"[ \t]*:|"Fingerprint"[ \t]*:[\s\S]*?"RuleID"[ \t]*:/u;
/** Keys only a trufflehog finding has. */
const TRUFFLEHOG_KEYS = /"Detector(?:Name|Type)"[ \t]*:/u;
/** A value the scanner already masked (`gitleaks --redact`, a partly starred value). */
const MASKED = /REDACTED|\*{4,}|…/u;

/** A PEM block's first line alone: gitleaks reports a private key's match as its BEGIN line, the key is on the lines after it. */
const PEM_ARMOR_ONLY = native(/^-----BEGIN [A-Z0-9 ]{3,40}-----$/u);

/** A browser's key, public by design: a PostHog project key, a Stripe publishable key, a Supabase publishable key. */
const BROWSER_KEY = native(/^(?:phc_|pk_(?:live|test)_|sb_publishable_)[A-Za-z0-9_]{16,}$/u);

/** An SSH public key (`ssh-ed25519 AAAA…`, `ecdsa-sha2-nistp256 AAAA…`): a report of authorized_keys files quotes them. */
const SSH_PUBLIC_KEY = native(/^(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/]{16,}/u);

/**
 * A value public by design that the scanner reported anyway: a browser's key or Supabase's anon
 * JWT, which every page sends; an SSH public key; or a documentation sample's JWT (jwt.io's). (Not every key
 * isPublicClientKey knows: a Twilio API key's SK… id in a report is labelled a secret by the
 * reports' readers.)
 */
function isPublicValue(s: string): boolean {
  if (BROWSER_KEY.test(s) || SSH_PUBLIC_KEY.test(s)) return true;
  const parts = s.split('.');
  if (parts.length !== 3 || !s.startsWith('eyJ')) return false;
  const payload = decodeJsonObject(parts[1] as string);
  return isSupabaseAnonPayload(payload) || isDocumentationJwtPayload(payload);
}

/** Whether the keys around the value are the report's of the scanner that writes the value's key. */
function isScannerFinding(ctx: MatchContext): boolean {
  const around = ctx.text.slice(Math.max(0, ctx.start - REACH), Math.min(ctx.text.length, ctx.end + REACH));
  return ctx.match[0].startsWith('"Secret"') ? GITLEAKS_KEYS.test(around) : TRUFFLEHOG_KEYS.test(around);
}

// A secret scanner's own report repeats every secret it found, verbatim: gitleaks's JSON report in
// its finding's `Secret` field, trufflehog's JSON lines in `Raw` and `RawV2` (a key id glued to its
// secret for the detectors that need both, as AWS's). A report pasted into a ticket or committed
// beside an audit holds the very values it warns about, whatever their provider's shape: the
// field's value is the secret. The value's other occurrences in the report (gitleaks's `Match`,
// the line it was found on) are found through it (see secretEchoes). Not a report written with
// `--redact`, whose values are masked.
export default defineRule({
  id: 'scanner-report-secret',
  category: 'secret',
  description: "Secret repeated in a secret scanner's JSON report (gitleaks's \"Secret\", trufflehog's \"Raw\" and \"RawV2\")",
  keywords: ['"secret"', '"raw"', '"rawv2"'],
  // (The field starts at its key: the pattern runs from each key to the longest value's end, not over the whole text.)
  window: { before: 0, after: 4200 },
  pattern: /"(?:Secret|Raw|RawV2)"[ \t]{0,16}:[ \t]{0,16}"((?:[^"\\\r\n]|\\[^\r\n]){8,4096})"/gu,
  secretGroup: 1,
  validate: (s, ctx) => !MASKED.test(s) && !PEM_ARMOR_ONLY.test(s) && !isPublicValue(s) && isScannerFinding(ctx),
  envName: 'LEAKED_SECRET',
  references: ['https://github.com/gitleaks/gitleaks#reporting', 'https://github.com/trufflesecurity/trufflehog#json-output'],
  examples: {
    positive: [
      // a gitleaks finding: a provider's key whose shape alone says little, its context only the report's
      `[\n  {\n    "Description": "Generic API Key",\n    "StartLine": 12,\n    "Match": "MAIL_KEY = \\"${fake('{h32}', 101439)}\\"",\n    "Secret": "${fake('{h32}', 101439)}",\n    "File": "jobs/mailer.py",\n    "RuleID": "generic-api-key",\n    "Fingerprint": "${fake('{h40}', 101440)}:jobs/mailer.py:generic-api-key:12"\n  }\n]`,
      // trufflehog's JSON line: an access key id glued to its secret in RawV2
      `{"SourceMetadata": {"Data": {"Filesystem": {"file": "deploy/.env"}}}, "DetectorName": "AWS", "Verified": false, "Raw": "AKIA${fake("{A16}", 101441)}", "RawV2": "AKIA${fake("{A16}", 101441)}${fake('{b40}', 101442)}", "Redacted": ""}`,
    ],
    negative: [
      // a report written with --redact, and a settings file's own "Secret" key
      `{"Description": "Slack token", "Match": "token = REDACTED", "Secret": "REDACTED", "RuleID": "slack-bot-token", "Fingerprint": "${fake('{h40}', 101443)}:app.py:slack-bot-token:3"}`,
      '{"Jwt": {"Issuer": "ledger", "Secret": "see-the-vault-entry-jwt"}}',
      // a private key's finding (its BEGIN line is all gitleaks quotes) and a browser key's
      `[{"Match": "-----BEGIN RSA PRIVATE KEY-----", "Secret": "-----BEGIN RSA PRIVATE KEY-----", "RuleID": "private-key", "Fingerprint": "${fake('{h40}', 101764)}:.env:private-key:4"},\n {"Secret": "phc_${fake('{a43}', 101765)}", "RuleID": "posthog-project-api-key", "Fingerprint": "${fake('{h40}', 101766)}:web.ts:posthog-project-api-key:9"}]`,
      // jwt.io's sample token in a finding: documentation
      `{"Description": "JSON Web Token", "Secret": "${encodeBase64('{"alg":"HS256","typ":"JWT"}', true)}.${encodeBase64('{"sub":"1234567890","name":"John Doe","iat":1516239022}', true)}.${fake('{w43}', 101781)}", "RuleID": "jwt", "Fingerprint": "${fake('{h40}', 101782)}:test/auth.test.js:jwt:12"}`,
      // an authorized_keys line's public key, which a generic rule reported
      `{"Description": "Generic API Key", "Secret": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('{w43}', 101794)}", "File": "ops/keys/authorized_keys", "RuleID": "generic-api-key", "Fingerprint": "${fake('{h40}', 101795)}:ops/keys/authorized_keys:generic-api-key:2"}`,
    ],
  },
});
