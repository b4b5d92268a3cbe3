import { defineRule } from '../defineRule';
import { isLoginInPeopleColumn, isServiceAccount } from './_handles';

// A person's login as a quoted value of an SQL insert's tuple, in a people column (`username`,
// `created_by`, `ModificatDe`, `creado_por`): `INSERT INTO users (id, username, …) VALUES (7,
// 'mgrosu', …)`, SQL Server's `N'…'` strings, and mysqldump's inserts without a column list, whose
// columns come from the table's CREATE TABLE (see _sql.ts). Its own rule, not a branch of
// user-name's pattern: a quote starts the match, and code is full of quotes; here only the text
// after `VALUES (` is read.
export default defineRule({
  id: 'sql-login-column',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login in an SQL insert's people column (username, created_by, login)",
  severity: 'info',
  keywords: ['values (', ') values'],
  window: { before: 0, after: 20000 },
  pattern: /'(?<=[(,][ \t]{0,2}N?')([a-z][a-z0-9._-]{2,31})(?=')/gu,
  secretGroup: 1,
  validate: (s, ctx) => !isServiceAccount(s) && isLoginInPeopleColumn(s, ctx),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      "INSERT [cfg].[Setari] ([Cheie], [Valoare], [ModificatDe]) VALUES (N'Smtp.Host', N'smtp.example.net', N'ilinca.pop')",
      "INSERT INTO users (id, username, email) VALUES (7, 'mgrosu', 'm.grosu@firma.ro');",
      "CREATE TABLE `usuario` (\n  `id` int NOT NULL,\n  `login` varchar(40) NOT NULL,\n  `rol` varchar(20) NOT NULL\n);\nINSERT INTO `usuario` VALUES (1,'lferreyra','admin'),(2,'mgodoy','operador');",
    ],
    negative: [
      "INSERT INTO users (id, username, role) VALUES (1, 'deploy', 'admin'), (2, 'support', 'agent');",
      "INSERT INTO settings (key, value) VALUES ('smtp_user', 'mgrosu');",
      "const q = ['mgrosu', 'admin'];",
    ],
  },
});
