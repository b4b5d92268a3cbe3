import { defineRule } from '../defineRule';
import { isPersonalHandle, isServiceAccount } from './_handles';

// The owner of a code annotation (`TODO(kbrennan):`, `NOTE(esolberg)`, `FIXME(tlindgren)`) and a
// Terraform resource's `owner = "…"` tag: a colleague's login, when it reads as a person's handle
// (an initial and a surname, a given name and a surname, or a name or address near it that spells
// it; see _handles' isPersonalHandle). Not `TODO(perf)`, and not a given name alone (`TODO(marcus)`).
// Decision (session 29, reversing session 14's): over thirty independent corpora the given name
// alone was 0 true of 20 (writers leave lone first names unlabelled); handles were 3 of 5.
// Decision (session 13, reversing session 9's): every independent held-out corpus labels these; a
// team that doesn't want them in a pre-commit hook switches the rule off in its policy (it is
// `info`, as user-name is).
export default defineRule({
  id: 'code-annotation-owner',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login as a code annotation's owner (TODO(<login>)) or a Terraform owner tag",
  severity: 'info',
  keywords: ['todo(', 'fixme(', 'xxx(', 'hack(', 'note(', 'bug(', 'owner '],
  window: { before: 16, after: 60 },
  pattern: /(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\(@?([a-z][a-z0-9._-]{2,31})\)|(?:owner|Owner|OWNER)(?<![\w.-]owner|[\w.-]Owner|[\w.-]OWNER)[ \t]{1,24}=[ \t]{0,3}["']([a-z][a-z0-9._-]{2,31})(?=["'])/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => !isServiceAccount(s) && isPersonalHandle(s, ctx),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: ['    # TODO(kbrennan): remove the fallback once every partner signs with v2', 'resource "aws_instance" "bastion" {\n  tags = {\n    owner      = "sofiacosta"\n  }\n}', '  tags = {\n    Owner   = "layla.haddad"\n    Team    = "payments"\n  }'],
    negative: ['// TODO(perf): cache the compiled patterns', '# FIXME(callum): flaky on CI', '        return "18"; // TODO(grzegorz): implement properly, see KES-1182', 'tags = { owner = "data-platform" }', 'tags = { Owner = "platform-team" }'],
  },
});
