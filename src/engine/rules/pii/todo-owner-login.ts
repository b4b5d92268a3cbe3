import { defineRule } from '../defineRule';
import { isPersonalHandle, isServiceAccount, spellsPersonLogin } from './_handles';
import { isLoneGivenName } from './_names';

/** What a note may be filed under instead of a person: a topic, a team, a platform, an environment, a time. */
const TOPICS = new Set(
  (
    'perf performance security cleanup refactor refactoring later someday soon next future now asap urgent blocked wip migration migrate ' +
    'tests test testing docs doc typing types lint style design product ops devops sre oncall infra platform backend frontend mobile web ' +
    'ios android windows linux macos data eng ml db sql cache auth billing payments search release hotfix bug bugs feature followup ' +
    'team all any everyone someone anyone prod production staging stage dev develop legacy deprecated compat compatibility hack temp ' +
    'remove removal optimize optimise upgrade update version breaking deps dependencies i18n l10n a11y ux ui api sdk cli config ' +
    'settings logging metrics monitoring alerts tracing errors validation naming rename split merge deploy build python node rust java'
  ).split(' '),
);

// The owner of a code comment's note, as style guides have developers sign it: `TODO(mvoigt): …`,
// `FIXME(lucia.moreno)` — a login, which a search of the code base
// turns into a person. Only a person's (an initial and a surname, first.last, or one a
// name or an address nearby spells), not a topic's or a ticket's (`TODO(perf)`, `TODO(#123)`, `TODO(v2)`).
export default defineRule({
  id: 'todo-owner-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login as the owner of a TODO, FIXME or NOTE comment (TODO(jdoe): …)",
  keywords: ['todo(', 'fixme(', 'note(', 'xxx(', 'hack('],
  pattern: /(?<![\w])(?:TODO|FIXME|NOTE|XXX|HACK)\(@?([a-z][a-z0-9._-]{1,31})\)/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (isServiceAccount(s)) return false;
    // The convention names a person: a login of four letters or more counts, unless one of its
    // parts names a topic, a team or an environment (checked first: it costs nothing).
    // Not a given name alone (`TODO(marcus)`): see code-annotation-owner's decision (session 29).
    if (isLoneGivenName(s.charAt(0).toUpperCase() + s.slice(1))) return false;
    if (s.length >= 4 && /^[a-z]+(?:[._][a-z]+)?\d{0,3}$/u.test(s)) return !s.split(/[._-]/u).some((part) => TOPICS.has(part.replace(/\d+$/u, '')));
    // A shorter or odder one, when it spells a person's name or one near it does.
    return spellsPersonLogin(s) || isPersonalHandle(s, ctx);
  },
  redactAs: 'user',
  references: ['https://google.github.io/styleguide/pyguide.html#312-todo-comments', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '# TODO(mvoigt): move to ExternalSecret once the vault path exists',
      '// FIXME(lucia.moreno): the retry loop swallows the 409',
    ],
    negative: ['# TODO(perf): cache the lookup', '# TODO(security.review): pin the image', '// TODO(#4411): remove after the migration', '# TODO(v2): drop the legacy path', '// TODO(ci-bot): flaky', '    # NOTE(priya): temporary fallback until the sidecar is fixed'],
  },
});
