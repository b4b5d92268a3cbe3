import { defineRule } from '../defineRule';
import { FULL_NAME, NAME_END, isLexiconFullName } from './_fullName';
import { LOWER, UPPER } from './_latin';
import { SEPA_PARTY } from './_context';

const NAME = FULL_NAME;
const END = NAME_END;

/** Roles that a support ticket or a work log puts before a person's name ("Bearbeiter: …", "Agent : …"). */
const ROLES = [
  'Agent', 'Agente', 'Support agent', 'Bearbeiter', 'Bearbeiterin', 'Sachbearbeiter', 'Sachbearbeiterin', 'Berater', 'Beraterin', 'Gestor', 'Gestora',
  'Medewerker', 'Medewerkster', 'Behandelaar', 'Atendente', 'Operatore', 'Operatrice', 'Operador', 'Operadora', 'Klient', 'Klientka', 'Konsultant',
  'Konsultantka', 'Consultant', 'Consultor', 'Consultora', 'Conseiller', 'Conseillère', 'Technician', 'Techniker', 'Technikerin', 'Handled by',
  'Escalated to', 'Escalated by', 'Escalation', 'Owner', 'Assigned to', 'Asignado a', 'Asignada a', 'Atribuído a', 'Atribuída a', 'Assegnato a', 'Assegnata a', 'Zugewiesen an', 'Toegewezen aan', 'Responsable', 'Referente', 'Opiekun', 'Handläggare', 'Saksbehandler', 'Sagsbehandler',
  // who reported a ticket, and who was there (the first name of a list; the others follow commas)
  'Reported by', 'Reporter', 'Segnalato da', 'Segnalata da', 'Raporlayan', 'Zgłaszający', 'Zgłaszająca', 'Gemeldet von', 'Signalé par',
  'Reportado por', 'Nominativo', 'Ad Soyad', 'Adı Soyadı', 'Hasta', 'Närvarande', 'Deltagare', 'Presentes', 'Présents', 'Aanwezig', 'Anwesend',
  'Teilnehmer', 'Deelnemers', 'Partecipanti', 'Uczestnicy',
  // who did what in a document's workflow, and the parties of HR, legal and payment papers
  'Manager', 'Line manager', 'Hiring manager', 'Supervisor', 'Team lead', 'Reviewer', 'Interviewer', 'Interviewers', 'Panel', 'Recruiter', 'Candidate',
  'Checked by', 'Prepared by', 'Approved by', 'Verified by', 'Signed by', 'Witness', 'Chair', 'Notetaker', 'Note taker', 'Notulist', 'Voorzitter',
  'Leidinggevende', 'Complainant', 'Claimant', 'Respondent', 'Liaison Person', 'Contact person', 'Represented by', 'Représenté par', 'Représentée par',
  'Rappresentato da', 'Rappresentata da', 'Representado por', 'Representada por', 'Vertreten durch', 'Salarié', 'Salariée', 'Salarié(e)', 'Dipendente',
  'Werknemer', 'Anställd', 'Mitarbeiter', 'Mitarbeiterin', 'Empleado', 'Empleada', 'Trabajador', 'Trabajadora', 'Colaborador', 'Colaboradora',
  'Pracownik', 'Pracownica', 'Porteur', 'Portador', 'Titular de la tarjeta', 'Kortinnehavare', 'Karteninhaber', 'Karteninhaberin', 'Analyst', 'Autor', 'Autorin',
  'Autore', 'Auteur', 'Attn', 'Author', 'Authors', 'Questions', 'Point of contact', 'POC', 'DRI', 'Tech lead', 'Incident commander', 'Scribe',
  'Communications lead', 'Comms lead',
  // a law or tax firm's matter: who works it
  'Paralegal', 'Attorney', 'Responsible attorney', 'Preparer', 'Tax preparer', 'Counsel',
  // directory entries (LDIF): the entry's common and display name
  'cn', 'displayName',
].sort((a, b) => b.length - a.length);

/** Verbs of a credit line: "Forwarded internally by …", "Started by user …", "Exported from … by …". */
const BY_VERBS = [
  'forwarded', 'started', 'triggered', 'exported', 'submitted', 'reported', 'raised', 'opened', 'closed', 'resolved', 'escalated', 'reviewed',
  'approved', 'written', 'prepared', 'created', 'updated', 'modified', 'signed', 'requested', 'authored', 'edited', 'filed', 'logged', 'sent', 'comment', 'commented',
  'shared', 'assigned', 'merged', 'deployed', 'run', 'initiated', 'queued', 'cancelled', 'canceled', 'aborted',
  'found', 'maintained', 'generated', 'owned', 'managed', 'led', 'verified', 'confirmed', 'tested', 'fixed', 'acting', 'chaired',
  'drafted', 'audited', 'handled', 'checked', 'uploaded', 'added', 'removed', 'deleted', 'invited', 'hosted', 'moderated',
  'rotated', 'scaled', 'restarted', 'rolled', 'revoked', 'reverted', 'paged', 'acknowledged', 'mitigated', 'declared', 'noticed', 'spotted', 'discovered',
];
/** The verb of a quoted e-mail's header line in the languages of the other labels. */
const WROTE = 'wrote|schrieb|a écrit|escribió|ha scritto|schreef|napisał\\(a\\)|napisał|napisała|escreveu|skrev|kirjoitti';

/** A patient word (a landlord's tenant, a benefit's claimant or applicant, a carer, a German Kunde or Mitarbeiterin), or a hand-over before a name; the pattern checks the word's start after matching it (a leading lookbehind runs at every position). */
const HAND_OVER = '(?:[Pp]atient(?:in)?|[Pp]aziente|[Pp]aciente|[Pp]atiënt|[Pp]acjent(?:ka)?|[Tt]enant|[Cc]laimant|[Aa]pplicant|[Cc]arer|[Ee]scalated to|[Hh]anded (?:over )?to|[Aa]sk|[Aa]gent|[Kk]und(?:e|in)|[Mm]itarbeiter(?:in)?)';

/** A role as a pattern: its brackets literal (`Salarié(e)`). */
const escapeRole = (r: string): string => r.replace(/[()]/gu, '\\$&');
const byVerb = (w: string): string => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`;

// A person's name where a ticket or a log names its people:
//  1. a signature line (`Emma Lindqvist | Customer Support | Tidewell`);
//  2. after a ticket's role label (`Bearbeiter: Ravi Shankar`, `Agent : Marta Nowicka`, `Klient: Paweł Kowalski`);
//  3. after a credit verb and "by" (`Forwarded internally by Emma Lindqvist`, `Started by user Lars
//     Heinemann`, `Last reviewed: 2024-04-22 by Franziska Schäfer`);
//  4. after a patient word or a hand-over (`patient Felix Schäfer`, `Il paziente Francesca Bruno`,
//     `Escalated to Daniel Brauer`, `ask Sanne Jansen to add you`), without a colon;
//  5. after a greeting written for either gender (`Sehr geehrte/r Katharina Schäfer`).
// Each shape starts at a rarer anchor (the pipe, the role's colon, " by ", the slash) and checks
// what precedes it with a lookbehind. The given name must be in the lexicon; the first group that
// took part is the name. (Chat speakers after a timestamp are person-name-speaker's.)
const PATTERN = new RegExp(
  `\\|(?<=(?:^|\\n)(${NAME}) \\|) [^|\\n]{2,60} \\| |(?:` +
    // Every shape whose name follows its context shares one copy of the name's pattern (group 2):
    // each copy costs V8 some 90 KB of machine code per isolate and string width. A context that
    // needs more after the name than NAME_END looks ahead for it.
    [
      `[:|](?<=(?<![${UPPER}${LOWER}])(?:${ROLES.map(escapeRole).join('|')})\\*{0,2}[ \\t]{0,2}[:|])\\*{0,2}[ \\t]{1,3}`,
      ` by (?<=(?<![${UPPER}${LOWER}])(?:${BY_VERBS.map(byVerb).join('|')})(?![${UPPER}${LOWER}])[^\\n]{0,60}? by )(?:user |agent )?`,
      `${HAND_OVER}(?<=(?<![${UPPER}${LOWER}])${HAND_OVER})[ \\t]{1,2}`,
      `[/(](?<=(?:Sehr geehrte|Liebe|Cher|Chère|Estimado|Querido|Caro|Gentile Sig\\.)[/(])(?:r|a|Chère|Cher|Sig\\.ra|r\\)|a\\))[ \\t]{1,2}`,
      // a directory name (CN=Maarten de Groot,OU=…), a PowerShell -Name/-DisplayName argument, a
      // caller id ("Daan Bakker" <+31…>, as Asterisk logs it)
      `CN=(?=[^,=\\n]{3,80},(?:OU|CN|DC)=)`,
      `-(?:Display)?Name[ \\t]{1,3}["'](?=[^"'\\n]{3,80}["'])`,
      `"{1,2}(?=[^"\\n]{3,80}"{1,2}[ \\t]?<(?:\\+?\\d|sip:))`,
      // a SEPA message's parties (camt.053, pain.001/.008: <Dbtr><Nm>…</Nm>), an MT940 booking's
      // counterparty (:86: …?32<name>)
      `(?:${SEPA_PARTY}|<InitgPty>)[ \\t]{0,8}(?:\\r?\\n[ \\t]{0,40})?<Nm>(?=[^<\\n]{3,80}</Nm>)`,
      `\\?3[23](?=[^?\\r\\n]{3,80}(?:\\?|\\r?\\n|$))`,
      // a CI job's environment: the commit's author, the pipeline's user, the build's creator
      `(?:GIT_(?:AUTHOR|COMMITTER)_NAME|GITLAB_USER_NAME|CI_COMMIT_AUTHOR|BUILDKITE_BUILD_(?:CREATOR|AUTHOR)|BUILD_REQUESTEDFOR|BUILD_SOURCEVERSIONAUTHOR|BUILD_USER|CHANGE_AUTHOR_DISPLAY_NAME)["']?[ \\t]{0,3}[=:][ \\t]{0,3}["']?`,
      // the German and Dutch order of a quoted e-mail's header, verb first: "Am 12.03.2024 um 09:14 schrieb Lena Roth <lena@…>:"
      `(?:schrieb|schreef)[ \\t]{1,2}(?=[^\\n<:]{3,80}(?: <[^<>\\n]{3,100}>[ \\t]?:|[ \\t]?:))`,
    ].join('|') +
    `)(${NAME})${END}` +
    // a quoted e-mail's header: "On Mon 19 Aug 2024, Conor Kavanagh <conor@…> wrote:", "Am … schrieb Lena Roth:"
    `|(?:${WROTE})[ \\t]?:(?<=(?<![${UPPER}${LOWER}])(${NAME})(?: <[^<>\\n]{3,100}>| \\([^()\\n]{3,100}\\))?,? (?:${WROTE})[ \\t]?:)`,
  'gu',
);

export default defineRule({
  id: 'person-name-role',
  category: 'pii',
  description: "Person's name as a ticket agent, credited author or signature ('Bearbeiter: …', 'forwarded by …', 'Name | Role | Company')",
  // ASCII only: Conseillère is found by conseill, Chère/Cher by cher/.
  keywords: [
    ...ROLES.map((r) => r.toLowerCase().replace(/è/gu, 'e')).filter((r) => /^[\x20-\x7e]+$/u.test(r)),
    'cn:', 'cn=', 'displayname', '-name ', '-displayname ', ' <+', '<sip:', 'agent ',
    '<dbtr>', '<cdtr>', '<ultmtdbtr>', '<ultmtcdtr>', '<initgpty>', ':86:',
    'author_name', 'committer_name', 'gitlab_user_name', 'commit_author', 'build_creator', 'build_author', 'build_requestedfor', 'sourceversionauthor', 'build_user', 'author_display_name',
    // ASCII parts of Närvarande, Zgłaszający, Adı Soyadı, Signalé par
    'rvarande', 'aszaj', 'soyad', 'par:',
    // ASCII parts of Salarié(e), Représenté(e) par, Kortinnehavare; the verbs of a quoted e-mail's header
    'salari', 'sent par', 'see par', ' par :', 'kortinnehav', 'wrote:', 'wrote :', 'schrieb ', 'schreef ', 'crit :', 'crit:', 'escribi', 'ha scritto:', 'schreef:', 'napisa', 'escreveu:', 'skrev:', 'kirjoitti:',
    ' by ', 'patient', 'paziente', 'paciente', 'pacjent', 'tenant ', 'carer ', 'kunde ', 'kundin ', 'escalated to', 'handed', 'ask ', 'geehrte/', 'geehrte(', 'liebe/', 'cher/', 're/cher', 'estimado/', 'estimado(', 'querido/', 'caro/', 'sig./sig', ' | ',
  ],
  // The name sits within a line of its keyword: after a role or "by", before a signature's pipe.
  window: { before: 90, after: 110 },
  // An MT940 booking's details run over several lines after their :86: tag.
  keywordWindows: { ':86:': { before: 90, after: 500 } },
  pattern: PATTERN,
  secretGroup: [1, 2, 3],
  validate: (name) => isLexiconFullName(name),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'dn: CN=Maarten de Groot,OU=Medewerkers,OU=Lindeweerd,DC=ad,DC=lindeweerd,DC=nl\ncn: Maarten de Groot',
      'GITLAB_USER_EMAIL=derek.okafor@quillstack.io\nGITLAB_USER_NAME=Derek Okafor\nGOVERSION=1.22.6',
      '+ export BUILDKITE_BUILD_CREATOR=Tyler Brandvold',
      '<RltdPties><Dbtr><Nm>Femke Verhoeven</Nm><PstlAdr><AdrLine>Vondelstraat 27</AdrLine></PstlAdr></Dbtr>',
      '          <Cdtr><Nm>Lukas Hartmann</Nm></Cdtr>',
      '      <InitgPty>\n        <Nm>Claudine Maillard-Ritz</Nm>\n      </InitgPty>',
      ':86:166?00SEPA-GUTSCHRIFT?100931?20EREF+KP-7259567014?21SVWZ+Rechnung 30778?30INGDDEFFXXX?32Florian Schmitt?34997',
      "New-ADUser -Server $server -Name 'Femke Visser' -GivenName 'Femke' -Surname 'Visser'",
      '"","+31641287395","4423","from-trunk","\"\"Daan Bakker\"\" <+31641287395>","PJSIP/telvia-trunk-00004325"',
      'helpdesk note (agent Ruud Hendriks): caller could not register',
      'Närvarande: Henrik Lund, Agata Wróblewska',
      '**Segnalato da:** Chiara Fumagalli',
      'Il paziente Francesca Bruno non riesce a registrarsi.',
      '"note": "Escalated to Daniel Brauer; patient Felix Schäfer could not book"',
      // a help desk ticket's assignee, in Spanish
      'Ticket #50611 · Prioridad: alta\nAsignado a: Valentina Ochoa Ríos\nEstado: abierto',
      // a housing association's ticket: the tenant and a carer, by name
      'SD-50250,P3,"Tenant Harriet Lowe (TY016830) showing twice on the arrears list"',
      // a benefit claim's claimant named in a team chat
      '"text": "Claimant Imogen Kestrel (NINO on file) phoned about her backdated award"',
      '"notes": "Carer Simone Achterberg (homecare) calls before visits"',
      '- GitHub: ask Sanne Jansen to add you to the team.',
      '_Comment by Marcus Tanaka-Reid:_ please redact',
      'Emma Lindqvist | Customer Support | Tidewell',
      'Bearbeiter: Ravi Shankar',
      'Agent : Marta Nowicka',
      'Klient: Paweł Kowalski',
      'Forwarded internally by Emma Lindqvist — can the assistant summarise this?',
      'Started by user Lars Heinemann',
      '**Last reviewed:** 2024-04-22 by Franziska Schäfer',
      '_Exported from the team assistant workspace by Caleb Abernathy on 2024-04-02._',
      '> Sehr geehrte/r Katharina Schäfer,',
      'On Mon 19 Aug 2024, Conor Kavanagh <conor.kavanagh@tessaline.ie> wrote:',
      'Am 12.03.2024 um 09:14 schrieb Lena Roth:',
      '| Medewerker | Marloes de Boer |',
      'Salarié(e) : Antoine Moreau',
      'Représenté par : Margaux Michel, Responsable RH France',
      'Checked by: Conor Kavanagh   Date: 22/12/2024',
      // a German support question about a customer; an employer's ticket about an employee
      'Frage aus dem Support: Kunde Selin Kaymakçıoğlu (KD-100) kann sich nicht einloggen.',
      'beim Lohnzettel für meine Mitarbeiterin Johanna Reitbauer-Lenz wird die Nummer falsch übertragen.',
    ],
    negative: [
      // a customer's company, not a person
      'Neuer Kunde Nordlicht Logistik GmbH seit Montag live.',
      'cn: Domain Admins',
      'GITLAB_USER_NAME=Release Bot',
      '<Cdtr><Nm>Netflix International B.V.</Nm></Cdtr>',
      '<RltdPties><Cdtr><Nm>Albert Heijn</Nm></Cdtr></RltdPties>',
      ':86:177?00SEPA-LASTSCHRIFT?20EREF+123?32Telekom Deutschland GmbH?34992',
      'GIT_AUTHOR_NAME="${CI_COMMIT_AUTHOR}"',
      "New-ADGroup -Name 'Finance Readers' -GroupScope Global",
      '"Build Agent" <+1234>',
      'ask Google Cloud Support for a quota increase',
      'Patient Portal Login',
      'Hasta: Mañana',
      'User-Agent: Mozilla Firefox',
      'Agent: John Doe',
      'Started by upstream project Release Pipeline',
      'Triggered by Push Event',
      'sorted by Last Name',
      'Owner: Platform Team',
      'Cache | Hit Rate | Misses |',
      'On Tuesday, the Support Team wrote:',
      'Manager: Kubernetes Operator',
      '| Reviewer | Platform Team |',
    ],
  },
});
