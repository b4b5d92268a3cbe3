import { defineRule } from '../defineRule';
import { isServiceAccount } from './_handles';

/** The role GitHub and GitLab print after a commenter's login. */
const ROLE = '(?:Member|Owner|Contributor|Collaborator|Maintainer|Author|Developer|Reporter|Guest)';

/** A month as a thread's timestamps write it (`Jun 19, 2024`). */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}';

// A participant's login in an exported issue, pull request or discussion thread (GitHub, GitLab),
// as the export prints it in bold: `opened by **dwhit**`, `started by **moranelbaz**`,
// `**omerbiton** (Member) commented on May 28, 2024`, and near those `**galweiss** · Jun 19, 2024`
// (the keyword pass reads ASCII only: the middle dot alone opens no window). A handle
// names its person as an @-mention does (see user-mention); bots (`dependabot[bot]`,
// `renovate-bot`) and service accounts are not people.
export default defineRule({
  id: 'thread-author-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A participant's login in an exported issue, pull request or discussion thread (opened by **…**, **…** (Member) commented)",
  severity: 'info',
  keywords: ['opened by **', 'started by **', 'closed by **', 'merged by **', 'reviewed by **', ') commented', ' commented on '],
  window: { before: 60, after: 60 },
  pattern: new RegExp(
    `(?:(?:[Oo]pened|[Ss]tarted|[Cc]losed|[Mm]erged|[Rr]eviewed) by \\*\\*|(?:^|\\n)[ \\t>]*\\*\\*)@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)\\*\\*` +
      `(?:(?<=by \\*\\*[^*\\n]{1,40}\\*\\*)|(?= \\(${ROLE}\\)| commented| · ${MONTH} \\d{1,2}, \\d{4}))`,
    'gu',
  ),
  secretGroup: 1,
  validate: (login) => !isServiceAccount(login) && !/bot$/iu.test(login) && /[a-z]/u.test(login) && !/^(?:Open|Closed|Merged|Draft|Answered|Q&A)$/u.test(login),
  redactAs: 'user',
  references: ['https://docs.github.com/en/issues/tracking-your-work-with-issues/about-issues'],
  examples: {
    positive: [
      '**Open** · opened by **dwhit** · labels: `bug`, `cli`',
      '**omerbiton** (Member) commented on May 28, 2024',
      'Category: **Q&A** · started by **moranelbaz**',
      '**omerbiton** (Member) commented on May 28, 2024\n\n**galweiss** · Jun 19, 2024',
    ],
    negative: ['**Open** · opened by **dependabot** · labels: `deps`', '**Note** · this is bold', '**Closed** (fixed in 1.9.3)', 'opened by **renovate-bot**'],
  },
});
