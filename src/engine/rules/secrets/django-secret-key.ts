import { defineRule, fake, minEntropy } from '../defineRule';

// Django's SECRET_KEY: 50 characters drawn from lower-case letters, digits and !@#$%^&*(-_=+),
// as startproject writes it (dev keys carry a django-insecure- prefix and are secrets all the same:
// they sign sessions and password-reset links of whatever runs with them).
export default defineRule({
  id: 'django-secret-key',
  category: 'secret',
  description: 'Django SECRET_KEY in settings (signs sessions, cookies and password-reset tokens)',
  keywords: ['secret_key'],
  window: { before: 8, after: 140 },
  // Quoted in settings.py (also as the environment's fallback, `os.environ.get("DJANGO_SECRET_KEY", "…")`,
  // its arguments maybe one a line, and django-environ's default, `env("DJANGO_SECRET_KEY", default="…")`),
  // or bare in a .env file (`DJANGO_SECRET_KEY=…`, capitals too when a password generator made it); or as a JSON or YAML
  // key in lower case, as a vault dump or a Helm values file holds it (`"secret_key": "…"`).
  pattern:
    /\b(?:DJANGO_)?SECRET_KEY[ \t]{0,32}=[ \t]{0,4}(?:(?:(?:os\.environ\.get|os\.getenv)\((?:\r?\n[ \t]{0,16})?[^,\n]{1,60},[ \t]{0,4}(?:\r?\n[ \t]{0,16})?|env(?:\.str)?\((?:\r?\n[ \t]{0,16})?[^,\n]{1,60},[ \t]{0,4}(?:\r?\n[ \t]{0,16})?default[ \t]{0,2}=[ \t]{0,2})?(["'])((?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{40,60})\1|((?:django-insecure-)?[A-Za-z0-9!@#$%^&*(\-_=+)]{40,60})(?=[ \t]*(?:#|\r?\n|$)))|(?<![\w-])["']?(?:django_)?secret_key["']?[ \t]{0,8}:[ \t]{0,4}(["']?)((?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50})\4(?![\w!@#$%^&*(=+)-])/gu,
  secretGroup: [2, 3, 5],
  // (Bare, or under a lower-case key, it must hold one of the symbols startproject draws from: a
  // word run is no key.)
  validate: (s, ctx) => minEntropy(s.replace(/^django-insecure-/u, ''), 4) && (ctx.match[2] !== undefined || /[!@#$%^&*(\-_=+)]/u.test(s)),
  envName: 'DJANGO_SECRET_KEY',
  references: ['https://docs.djangoproject.com/en/stable/ref/settings/#secret-key'],
  examples: {
    positive: [
      `SECRET_KEY = "django-insecure-${fake('{l20}', 1)}$(@1g%${fake('{l20}', 2)}^=+)"`,
      `SECRET_KEY = '${fake('{l24}', 3)}!@#(${fake('{l22}', 4)}'`,
      `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${fake('{l30}', 5)}&*-_${fake('{l16}', 6)}")`,
      `DJANGO_SECRET_KEY=${fake('{l14}', 8)}!7$@-9#^+1&(*${fake('{l22}', 9)})b4`,
      // a generator's key with capitals in a .env file, and django-environ's default in settings.py
      `DJANGO_SECRET_KEY=${fake('{a16}', 101535)}%*(${fake('{a18}', 101536)}&=${fake('{a10}', 101537)}`,
      `SECRET_KEY = env("DJANGO_SECRET_KEY", default="${fake('{l22}', 101538)}^@)(${fake('{l20}', 101539)}")`,
      `      "secret_key": "${fake('{l20}', 10)}^*(u2-+&${fake('{l22}', 11)}",`,
      `  secret_key: ${fake('{l24}', 12)}@#(${fake('{l23}', 13)}`,
      // the environment's fallback as black writes a long call, one argument a line
      `SECRET_KEY = os.environ.get(\n    "DJANGO_SECRET_KEY",\n    "${fake('{l26}', 101811)}%(^${fake('{l20}', 101812)}",\n)`,
    ],
    negative: [
      'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
      'SECRET_KEY = "django-insecure-changeme-changeme-changeme-changeme"',
      `SECRET_KEY = "${fake('{l20}', 7)}"`,
      'DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}',
      `"secret_key": "${fake('{l50}', 14)}"`,
    ],
  },
});
