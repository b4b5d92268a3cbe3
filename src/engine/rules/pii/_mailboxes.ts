import { topLevelBranches } from '../../scan/branches';
import { native } from '../../scan/nativeRegex';
import { SURNAMES } from './_surnames';

// Mailboxes that belong to a function of an organisation, not to a person. The e-mail rule leaves
// them out, and the phone rule does not take an address like these as a sign of a person's number.

/**
 * Mailboxes of an organisation's function, not of a person: support and sales desks, alerts,
 * security and abuse, the webmaster, code-of-conduct and open-source offices, legal and privacy.
 * Decision: not personal data (they name a role, and whoever answers changes), so not reported.
 * In several languages, and compounds of them with a region or a team (it-helpdesk, support-de,
 * sales.emea).
 */
const ROLE_WORDS =
  'portal|security|secure|psirt|cert|csirt|soc|noc|renovate|dependabot|ethics|abuse|hostmaster|webmaster|privacy|legal|dmca|copyright|licensing|opencode|conduct|code-?of-?conduct|coc|support|customer[-.]?(?:support|service|care)|help|helpdesk|service|info|information|contact|hello|sales|billing|invoices?|accounts|accounting|payments|orders|shop|store|alerts?|notifications?|notify|news|newsletter|marketing|press|media|jobs|careers|hr|recruiting|team|office|admin|administrator|ops|devops|it|feedback|enquiries|inquiries|platform|engineering|developers?|devs|ci|builds?|releases?|deploy|infra|infrastructure|finance|procurement|purchasing|operations|vertrieb|verkauf|einkauf|buchhaltung|rechnung(?:en)?|kundenservice|kundendienst|finans|kurumsal|muhasebe|e-?fatura|e-?arsiv|trust|trust-?and-?safety|review-?queue|werkstatt|werkstaetten|fuhrpark|karriere|bewerbung|datenschutz|assistenza|supporto|vendite|amministrazione|fatturazione|contabilita|ufficio|facturation|comptabilite|compta|ventes|commercial|recrutement|rgpd|soporte|ayuda|ajuda|sellers|vendedores|riders|repartidores|pagos|cobranza|cobros|reembolsos|devoluciones|seguridad|seguranca|parceiros|socios|proveedores|fornecedores|clientes|ventas|facturacion|contabilidad|administracion|atencion|atendimento|suporte|financeiro|vendas|cobranca|faturamento|klantenservice|klantendienst|verkoop|administratie|boekhouding|facturen|facturatie|incasso|debiteuren|crediteuren|obsluga|sprzedaz|sklep|e-?sklep|obchod|e-?shop|ksiegowosc|faktury|biuro|kontakt|contacto|contato|contatti|dpo|gdpr|privacidad|privacidade|cadastro|people|rozliczenia|django|server|cron|system|mailer|robot|bot|oncall|on-call|payroll|lohn|gehalt|paie|nominas?|benefits|kadry|rrhh|talent|onboarding|returns?|fulfil?ments?|fulfillments?|pharmacy|pharmacie|apotheke|farmacia|rostering|rosters?|scheduling|fatture|integrations?|wholesale|partners?|affiliates?|shipping|logistics|warehouse|customs|dispatch|dispo|backups?|root|edi|reports?|reminders?|recordatorios?|lembretes?|sinistres?|sinistri|siniestros?|schade|schaden|claims?|soutien|versand|retouren?|leitung|lager|qa|loaners?|reception|recepcion|recepcao|empfang|geral|general|implantacao|implantacion|implementation|faturacao|sdk|statements?|kundeservice|kundservice|kundtjanst|asiakaspalvelu|technik|groups|bagages|baggage|luggage|bookings|reservations?|reservas|reservierungen|skador|skade|skadeservice|vahingot|korvaukset|dataskydd|personvern|databeskyttelse|tietosuoja|escalations?|airflow|dagster|metabase|superset|risco|risk|risque|riesgo|rischio|compliance|audit|grafana|jenkins|gitlab|sentry|alertmanager|prometheus|monitoring|' +
  // public offices and devices: a municipality's desks and registries, scanners and printers
  'forge|ploi|servicedesk|service-?desk|rapportage|reporting|scan|scanner|printer|copier|kiosk|ict|ict-?beheer|beheer|burgerzaken|buergerbuero|buergerservice|borgerservice|kirjaamo|podatelna|registratur|postkamer|secretariaat|griffie|gemeente|kommune|customer\\.?services?|svc|' +
  // German and Dutch departments (Personal is HR), relays
  'personal|personalabteilung|personalwesen|plattform|relay|smtp-?relay|inkoop|personeelszaken|salarisadministratie|debiteuren|crediteuren|magazijn|expeditie|klantendienst|' +
  // Spanish and Portuguese HR, IT and quality desks
  'rh|ti|calidad|qualidade|qualita|qualite|member-?services|patient-?services|' +
  // Italian desks: complaints, contracts, development, integration, meter readings, bonuses, back office
  'reclami|contratti|sviluppo|integrazione|misure|bonus|backoffice(?:-[a-z]{2,20})?|back-?office|' +
  // Nordic payroll desks: Swedish lön (salary) and lönebesked (payslip), Norwegian lønn, Finnish palkka and palkat
  'lon|lonebesked|lonn|lonnsslipp|palkka|palkat|palkanlaskenta|' +
  // a payment gateway's documented placeholder address (Razorpay's void@)
  'void|' +
  // appeals and sellers' desks, appointment desks, phishing-report and data-loss mailboxes, a council's
  // payment office (régie), DocuSign's envelope senders (dse_NA3@)
  'appeals|vendeurs|vendors|sellers|rendez-?vous|phishing|phishalarm|report-?phishing|dataloss|regie(?:-[a-z]{2,20})?|dse(?:_[a-z]{2}\\d{1,2})?|' +
  // French desks: on call, operations, complaints, reception, letting, product teams, masked recipients
  'astreinte|exploitation|reclamations?|accueil|gestion(?:-?locative)?|equipe(?:-[a-z]{2,20}){0,3}|destinataire(?:-masque)?|' +
  // a club's or an association's board and offices, and bookings desks (vorstand@, ledenadministratie@, reservas@)
  'vorstand|kassenwart|kasse|sekretariat|geschaeftsstelle|mitglieder|mitgliederverwaltung|bestuur|penningmeester|ledenadministratie|ledenadmin|leden|' +
  'board|treasurer|secretary|membership|members|segreteria|secretaria|secretariat|direccion|direzione|tresorerie|' +
  'reservas|reservations?|reserveringen|prenotazioni|reservierungen|bookings?|notifiche|notificaciones|notificacoes|avisos|events?|tickets?|' +
  // accounts payable and receivable, collections and payouts desks (ap@, ar@)
  'ap|ar|accounts-?payable|accounts-?receivable|payables|receivables|collections|dunning|payouts?|remittance|treasury|' +
  // a firm's intake desk for new clients and matters
  'new-?business|newbiz|new-?matters|' +
  // a shop's receipts, a lender's disputes and chargebacks, an identity check's desk; German payments (zahlungen@)
  'receipts?|disputes?|disputas|contracargos|estornos|chargebacks?|verification|verifications|kyc|zahlungen|zahlungsverkehr|' +
  // Spanish and Portuguese desks: on call, alerts, integrations, call centre, help desk, coordination, treasury
  'guardia|guardias|alertas|alerta|integraciones|integracoes|callcenter|call-center|mesadeayuda|mesa-?de-?ayuda|coordinacion|coordenacao|tesoreria|tesouraria|tributos|sistemas|informatica|turnos|citas|agendamiento|notificaciones|' +
  // customer-service, fraud, KYC and QA desks (cs@, fraud-escalations@, hr-immigration@, qa.reviewer@), a money-laundering reporting officer's (mlro@)
  'cs|fraud|escalations?|kyc|aml|mlro|risk|qa|reviewers?|immigration|mobility|' +
  // a university's offices (admissions@, registry@, studentsystems@, dataprotection@, mitcircs@)
  'admissions|registry|exams|examinations|timetabling|library|estates|accommodation|wellbeing|disability|student-?systems|student-?records|student-?services|data-?protection|mitcircs|graduate-?school|' +
  // French reminders and accounts desks, a clinic's care desk (rappels@, comptes@, care@)
  'rappels|comptes|care|' +
  // a clinic group's recall, patient-experience and clinical-governance desks (recalls@, patientexperience@)
  'recalls?|patient-?experience|governance|clinical-?governance|' +
  // an insurer's broker desks and its recourse and claims desks (makler@, broker@, regress@, schaden@)
  'makler|maklerservice|maklerbetreuung|broker|brokers|regress|schaden|' +
  // a French hospital's IT, interfaces and identity-monitoring desks (dsi-astreinte@, interop@, civ@)
  'dsi|interop|interoperabilite|informatique|identitovigilance|civ|consultations|secretariat-?medical|' +
  // Dutch collections, debt-help and SAP Basis desks (incasso@, schuldhulp@, basis@)
  'incasso|schuldhulp|schuldhulpverlening|debiteurenbeheer|basis|' +
  // Mexican payroll desks: payslips and CFDI stamping (recibos@, timbrado@)
  'recibos|timbrado|nomina|' +
  // Italian public offices (protocollo@, ufficio.tributi@, urp@, ragioneria@), German invoice intake
  'protocollo|ufficio|urp|ragioneria|anagrafe|tributi|servizi-?sociali|rechnungseingang|rechnungen|buchhaltung|' +
  // letting and property desks (leasing@, lettings@, maintenance@, deposits@), a charity's supporter care
  'leasing|lettings|maintenance|deposits|rentals|tenancies|supporter-?care|supporters|donations|volunteers?|fundraising|giftaid|' +
  // case, notice and importer mailboxes of teams (ir-cases@, ar-notices@, importer@, data-eng@, breakglass@)
  'cases|notices|importer|data-?eng|breakglass|you|reception|front-?desk|' +
  // data, BI and engineering teams in Portuguese and Spanish (dados-qualidade@, bi@, backend@), complaints
  // and purchasing desks (reclamos@, compras@), no-reply stand-ins (sin-correo@), bounce and statement senders
  'dados|datos|data|bi|backend|frontend|analistas|logistica|reclamos|reclamaciones|reclamacoes|compras|sin-?correo|nao-?responda|no-?responder|' +
  'apisupport|corporatebanking|statements|bounces|' +
  // Romanian desks: invoicing, accounting, payroll, support, HR, purchasing, sales, orders; e-invoicing systems
  'facturare|facturi|contabilitate|salarizare|suport|resurse-?umane|achizitii|vanzari|comenzi|efactura|e-?factura|' +
  // claims, payouts and customer-service desks of Romanian, Hungarian, Croatian and Bulgarian insurers
  // and brokers (daune@, kar@, kifizetes@, ugyfelszolgalat@, steta@, obsluzhvane@); a special
  // investigations unit (siu@)
  'daune|asigurari|reclamatii|relatii-?clienti|kar|karbejelentes|karrendezes|kifizetes|ugyfelszolgalat|ugyfelkapu|szamlazas|penzugy|iroda|' +
  'steta|stete|stete-?prijava|stetni-?dogadaji|podrska|naplata|racunovodstvo|prodaja|obsluzhvane|shteti|pretenzii|siu|' +
  // Turkish desks: support, HR (insan kaynakları), data protection (KVKK), integration, accounting,
  // invoicing, sales, contact, applications (destek@, ik@, kvkk@, satici-basvuru@)
  'destek|ik|insan-?kaynaklari|kvkk|entegrasyon|muhasebe|fatura|satis|iletisim|bilgi|yardim|musteri-?hizmetleri|basvuru|' +
  // synthetic monitoring and probes, an engineering team's list, a venue's exhibitors desk
  'synthetics?|canary|probes?|uptime|eng|exhibitors|' +
  // a school's or a district's offices (transportation@, frontoffice.bjc@, counselor.mjc@, attendance@),
  // site reliability
  'transportation|front-?office|counsel(?:l)?ors?|counsel(?:l)?ing|nurse|health-?office|attendance|enrol(?:l)?ment|registrar|guidance|athletics|cafeteria|food-?services|sre|' +
  // an NHS organisation's shared mailboxes after its code (cavh.pals@, rvgf.admin@, x.infogovernance@, y.dataplatform@)
  'pals|batch|info-?governance|ig|data-?platform|informatics|analytics|bookings|appointments|referrals|switchboard|' +
  // Japanese departments in romaji (keiri@ accounting, soumu@ general affairs, jinji@ HR, roumu@ labour),
  // rent and levies desks, exports, unsubscribe handlers; Spanish and French desks (comercios@,
  // legales@, securite@, fraude@, pec@ for a mutual's prior approvals, assures@, prestations@)
  'keiri|soumu|jinji|roumu|eigyo|kyuyo|saiyo|kanri|toiawase|otoiawase|recruit|recruitment|rent|rents|levies|exports?|unsubscribe|' +
  'comercios|legales|securite|fraude|pec|assures|adherents|prestations|remboursements?|tiers-?payant' +
  // Vietnamese, Baltic, Czech, Slovak and Polish desks: support (hotro@, podpora@), invoices (rekini@, arved@),
  // warehouse and dispatch (sklad@, expedice@), notifications (powiadomienia@); Spanish contact, citizens'
  // and tax desks (contactenos@, atencion.ciudadana@, tributaria@); sponsors, annotators, managers,
  // workforce planning (wfm@), developers' and test accounts (dev@, qa.test01@)
  '|hotro|cskh|rekini|arved|podpora|integrace|sklad|expedice|expedicao|expedicion|powiadomienia|contactenos|contactanos|atencion[-.]ciudadana|atencion[-.]al[-.]cliente|tributaria|sponsorship|sponsors|annotations|managers|wfm|tests?\\d{0,3}' +
  // Polish and Czech complaints, integrations, orders, office, HR, accounting, returns and recruiting desks
  // (reklamacje@, integracje@, zamowienia@, objednavky@, biuro@, kadry@, ksiegowosc@, zwroty@)
  '|reklamacje|reklamace|integracje|zamowienia|objednavky|biuro|kadry|ksiegowosc|fakturace|zwroty|rekrutacja' +
  // Polish and Czech help, customer-service office (Biuro Obsługi Klienta), data-protection officer
  // (Inspektor Ochrony Danych) and alerts desks; Spanish groups desks; India's grievance officers (grievance@, IT Rules 2021)
  '|pomoc|bok|iod|alerty|grupos|grievance' +
  // a landlord's repairs and works-orders desks and its Direct Labour Organisation (dlo@); break-glass admin accounts
  '|repairs|work-?orders|dlo|breakglass\\d{0,3}|break-glass\\d{0,3}' +
  // a shipping company's desks and ships' masters (crewing@, chartering@, hsqe@, master.<ship>@), open-source,
  // developer-relations and demo accounts; research ethics boards and data-access desks (cer@, reb.toronto@)
  '|crewing|chartering|chartering-?desk|technical|hsqe|qhse|hse|master|opensource|open-?source|devrel|demo|cer|reb|irb|ethics-?board|acces-?donnees|data-?access' +
  // Spanish "hello" and a Catalan administration, orders (pedidos@), German press, workshop and lost
  // property desks, a bank's credit and wealth-planning desks, reconciliation, grants, complaints, IT help
  '|hola|administracio|pedidos|presse|werkstatt|fundbuero|fundbureau|credit|wealth-?planning|planning|recon|reconciliation|grants|complaints|ithelp|crm' +
  // Italian certified mail's system sender (posta-certificata@), payroll and IT desks (paghe@, sistemi@);
  // Russian-speaking offices' orders and accounts desks (zakaz@, buh@), documents, a data exchange's mailbox
  '|posta-?certificata|paghe|sistemi|zakaz|buh|buhgalteriya|docs|documents|exchange' +
  // Latin American and French branches and desks: information, a branch by its code or town (agencia.a12@, agence.nantes@), collections, risk, platform
  '|informes|agencias?|oficinas?|sucursal(?:es)?|cobranzas|riesgos|plataforma|agences?' +
  // refunds, orders and payments desks (refunds@, order@, commandes@, e-paiement@), German appointments (termine@),
  // a platform's law-enforcement desk, network and facilities teams, developers' list, German "hello", customer relations
  '|refunds?|order|commandes?|e-?paiements?|paiements?|termine|terminvergabe|law-?enforcement|le-?requests|netops|netadmin|network|technology|facilities|dev|hallo|customer[-.]?relations|occ' +
  // Turkish IT, backup, software, reporting, appointments and payments desks (bilgiislem@, yedek@, randevu@, odeme@);
  // Romanian customer relations, complaints and contracts (relatii.clienti@, reclamatii@); Bulgarian desks as
  // their addresses transliterate them (obsluzhvane@ service, zhalbi@ complaints, fakturi@ invoices);
  // stand-ins for a missing address (anonymous@, no-email@) and a payment provider's merchant desk
  '|bilgi-?islem|alarm|yedek|yazilim|raporlama|randevu|odeme|relatii|clienti|reclamatii|contracte|obsluzhvane|zhalbi|fakturi|kontakti?|prodazhbi|schetovodstvo|poddrazhka|anonymous|no-?email|merchant-?support' +
  // an app's beta programme and platform teams (android-beta@, testflight@, beta-testers@)
  '|android|testflight|beta-?testers?' +
  // Spanish and Portuguese onboarding desks (altas@: sign-ups, cadastro@)
  '|altas|cadastros?|registros?|merchants?|contracts|retainer|ir-?retainer' +
  // recruiting desks (hiring@, screening@, interviews@, candidates@, agencies@ for recruitment agencies,
  // accommodations@ for candidates' adjustments) and an incident desk's tiers (incident@, tier2@)
  '|hiring|screening|interviews?|candidates|agencies|accommodations|incidents?|tier-?[1-3]' +
  // app-store desks: Apple's App Review team and an app's store accounts (appreview@, appstore@, googleplay@)
  '|app-?review|app-?store|google-?play|play-?console' +
  // a shared read-only login's mailbox (readonly@, a dashboard's viewer@)
  '|read-?only|viewer' +
  // a firm's client-intake desk (intake@, new-client intake); a lender's or a title company's closing desk (closings@)
  '|intake|closings?' +
  // Portuguese support, accounting, receipts and PIX desks, and a stand-in for a missing address (apoio@, contabilidade@, recebimentos@, pix@, sem-email@)
  '|apoio|contabilidade|recebimentos|pix|sem-?e?-?mail' +
  // German insurers' claims and benefits desks (schadenservice@, leistung-kv@)
  '|schadenservice|schaden|schadenmeldung|leistung|leistungen|leistungsservice' +
  // Mexican customs-brokerage traffic and payroll desks, a Quebec dispatch desk (trafico@, nominas@, repartition@)
  '|tr[aá]fico|n[oó]minas?|r[eé]partition|repartition' +
  // a university's offices: financial aid, the bursar, the registrar, parking and transportation, housing,
  // advising, the library, lecture capture, continuing education (finaid@, bursar@, ce-online@)
  '|finaid|financial-?aid|bursar|registrar|parking|transportation|housing|reslife|advising|library|libraries|lecture-?capture|ce-?online' +
  // a university's alumni office, its chapters and development office, its student accounts desk
  '|alumni|chapter|advancement|student-?accounts|student-?services|student-?records' +
  // the database administrators', a status page's, the vehicle fleet's and a system's admins' mailboxes
  '|dba|dbas|status|statuspage|fleet|admins' +
  // a shared account's sign-in for a service (sms@, maps@, marketplace@), an emergency account
  // (emergency-admin@), a Dutch service point's desk (servicepunt.<town>@)
  '|sms|maps|marketplace|emergency|servicepunt' +
  // a system's sender that takes no replies (noreply@, no-reply@, do-not-reply@)
  '|no[-_.]?reply|do[-_.]?not[-_.]?reply' +
  // security operations, renewals and contractors' desks, a practice's mailbox (cabinet.<town>@), and the
  // sign-in or sender accounts of deployment, identity and probing systems (argocd@, keycloak@, healthcheck@)
  '|secops|renewals|contractors|cabinet|argocd|keycloak|netlify|vercel|jenkins|healthchecks?' +
  // a council's revenues, overpayments and arrears desks; Portuguese and Brazilian general, payments, on-call, partnerships
  // and customer-service desks (geral@, pagamentos@, plantao@, parcerias@, sac@ for Serviço de Atendimento ao Consumidor)
  '|revenues|overpayments|arrears|geral|pagamentos|plantao|parcerias|partnerships?|sac' +
  // the shared logins a password manager keeps for a domain registrar and an app store (domains@, dominios@, ios@)
  '|domains|dominios|ios' +
  // a garage's, a body shop's or a glazier's workshop desk in French, Italian, Spanish and Dutch (atelier@, officina@, taller@, carrosserie@)
  '|atelier|officina|taller|carrosserie|carrozzeria|werkplaats' +
  // a charity's and a community group's desks: giving, payroll giving, legacies, community grants, a
  // school's PTA, volunteering, its digital team and its analysts' shared login (giving@, pta@, legacies@)
  '|giving|payroll-?giving|legac(?:y|ies)|community|community-?grants|pta|volunteering|volunteers|digital|analysts?' +
  // Spanish invoicing, corporate-travel and testing desks (facturas@, viajes@, pruebas@)
  '|facturas|facturacion|viajes|pruebas' +
  // Polish warehouse, training and business-customer desks, Swedish reminders and Danish complaints desks, a print server's (magazyn@, szkolenie@, b2b@, paminnelser@, klage@, printers@)
  '|magazyn|szkolenie|szkolenia|b2b|paminnelser|klage|klager|printers' +
  // a utility's direct-debit remittance desk and its documents desk in Spanish, Italian and Portuguese
  // (remesas@, documentacion@), an API's contact in its spec (api@), a monitoring vendor's shared login (datadog@)
  '|remesas|documentacion|documentazione|documentacao|documentation|api|datadog' +
  // partner-operations, loyalty, offers, research and medical-records desks, a French platform team, a Belgian
  // payroll desk (loonadministratie@), India's nodal officer for grievances (nodal.officer@), an app's playtesting
  // list, a government agency's e-business desk; shared logins of a messaging vendor and a deployment tool
  '|partner-?ops|rewards|offers|research|medical-?records|plateforme|loonadministratie|nodal[-.]officer|playtesting|e-?business|twilio|ansible'
/** Last parts that make a compound local part a team's, a bot's or a function's (after - or _, not the . of first.last). */
const TEAM_SUFFIXES =
  'root|hiring|recruiting|volunteers|beta|testers?|team|relay|leads?|bot|ops|it|ict|alerts?|cases|notices|breakglass|leasing|lettings|desk|crew|squad|oncall|on-call|support|help|helpdesk|automation|sync|noreply|notifications?|notify|billing|security|admin|sales|info|jobs|careers|feedback|service|payroll|finance|accounts|orders|reports?|ci|cd|deploy|releases?|platform|inbox|evidence|mitcircs|admissions|office|api|keiri|soumu|jinji|roumu|remboursements?|prestations|enroll|enrollment|enrolment';

/**
 * The shapes of a function's, a team's or a system's local part, each its own pattern: one pattern
 * of all of them searched every start position for its one unanchored part, and took 3x the time
 * of these in turn (10,000 people's addresses: 41 ms against 13 ms).
 */
const ROLE_SHAPES: readonly RegExp[] = [
  // a meeting room's mailbox (room.boardroom@, meetingroom-3f@) and a mailer's bounce address (bounce-7731@)
  /^(?:room|meetingroom|meeting-room)[-_.][a-z0-9.-]{2,30}$|^bounces?(?:[-+][a-z0-9]{1,24})?$/u,
  // a graduating class's agent mailbox (classof2009@, class-of-2012@)
  /^class[-_.]?of[-_.]?(?:19|20)\d{2}$/u,
  // a desk's word glued to its support or help desk (itsupport@, lonesupport@, kundesupport@)
  /^(?:[a-z0-9]{2,8}[-_.])?[a-z]{2,12}(?:support|helpdesk|servicedesk)$/u,
  // a team's, a bot's or a function's address: mobile-team@, smoke-bot@, api-support@, deploybot@
  new RegExp(`^[a-z0-9]+(?:[-_.][a-z0-9]+)*[-_](?:${TEAM_SUFFIXES})$|^(?:deploy|build|release|smoke|test|ci|cd|chat|slack|alert|monitor|status)[-_.]?bot$`, 'u'),
  // a relay's or a tracker's generated address (a hex digest): a system's; a professional firm's own
  // mailbox (Italian studio<name>@: an accountant's or a lawyer's office)
  /^[0-9a-f]{16,64}$|^studio[a-z]{3,20}$/u,
  // a pseudonymised account's address, a hash after `anon` (`anon-3f9a1c07e2b4@`): what a deletion
  // or an anonymisation job leaves in place of the person's
  /^anon(?:ymi[sz]ed)?[-_.]?[0-9a-f]{8,64}$/u,
  // an AWS account's root or alias mailbox (aws-root-prod@, aws-ds-sandbox@): a shared login's
  /^aws[-_.][a-z0-9]+(?:[-_.][a-z0-9]+){0,3}$/u,
  // a test account's address, numbered or not: nsu_teststudent01@, qa.testuser@, test-patient-3@
  /(?:^|[-_.])test[-_.]?(?:student|user|account|patient|customer|employee|member|applicant)s?[-_.]?\d{0,4}$/u,
  // a message id's local part, a part of twelve or more hex digits of both kinds (`opec21012.736efe3b…`)
  /(?:^|\.)(?=[0-9a-f]{0,63}\d)(?=[0-9a-f]{0,63}[a-f])[0-9a-f]{12,64}(?:\.|$)/u,
  // a relay's message or account id (`7a1b20001@smtp-brevo.com`, `202403121532.dcb1c62f30cb@…`)
  /^(?=.*[a-f])(?=.*\d{4})[0-9a-f]{6,32}(?:\.[0-9a-f]{6,32})?$/u,
].map(native);

// The role words are some 650 alternatives. As one pattern, V8 compiled them to about 0.9 MB of
// machine code per isolate and per string width, twice over (the whole word, and the words of a
// compound). So: the plain words in a set, the few with pattern syntax (`invoices?`,
// `code-?of-?conduct`) in a small pattern.
const ROLE_ALTERNATIVES = topLevelBranches(ROLE_WORDS).map((b) => b.source);
const PLAIN_ROLE_WORD = /^[a-z0-9-]+$/u;
const PLAIN_ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_ALTERNATIVES.filter((a) => PLAIN_ROLE_WORD.test(a)));
const ROLE_WORD_PATTERN = native(new RegExp(`^(?:${ROLE_ALTERNATIVES.filter((a) => !PLAIN_ROLE_WORD.test(a)).join('|')})$`, 'u'));

/**
 * The rest of a compound after its role word: more parts, each a word of two to sixteen letters
 * (which covers most role words), a region, a number, or a role word that isn't such a word.
 */
const ROLE_COMPOUND_REST = native(
  new RegExp(
    `^(?:[-_.](?:[a-z]{2,16}|emea|apac|dach|latam|team|desk|global|intl|[a-z]{0,4}\\d{1,3}|${ROLE_ALTERNATIVES.filter((a) => !/^[a-z]{2,16}$/u.test(a)).join('|')}))*$`,
    'u',
  ),
);

/** A role word as the whole of a local part's piece (`team`, `support`, `sales`, `code-of-conduct`). */
export function isRoleWord(piece: string): boolean {
  return PLAIN_ROLE_WORDS.has(piece) || ROLE_WORD_PATTERN.test(piece);
}

/** A role word, then more parts (`support`, `sales.emea`, `customer-service-de`): a role word up to one of the separators, the rest ROLE_COMPOUND_REST. */
function isRoleCompound(local: string): boolean {
  for (let end = local.length; end > 0; end = Math.max(local.lastIndexOf('-', end - 1), local.lastIndexOf('_', end - 1), local.lastIndexOf('.', end - 1))) {
    const word = local.slice(0, end);
    // (A role word that is a surname too, before a dot, is a person's `jenkins.cody@`.)
    if (local.charAt(end) === '.' && SURNAMES.has(word)) continue;
    if (isRoleWord(word) && ROLE_COMPOUND_REST.test(local.slice(end))) return true;
  }
  return false;
}

/**
 * A local part's lead of two to twelve letters or digits (a site's or a city's: `frankfurt.customercare`), then its first
 * separator; or two codes of two to eight joined by hyphens (`fr1-hq-reception`).
 */
const SHORT_LEAD = /^(?:[a-z0-9]{2,8}-[a-z0-9]{2,8}-|[a-z0-9]{2,12}[-_.])/u;

/** A local part (lower case) that names a function, a team or a bot: `support`, `sales.emea`, `smoke-bot`. A plus address counts as its base. */
export function isRoleMailbox(local: string): boolean {
  const plus = local.indexOf('+');
  const base = plus === -1 ? local : local.slice(0, plus);
  if (isRoleCompound(base)) return true;
  for (const shape of ROLE_SHAPES) if (shape.test(base)) return true;
  const lead = SHORT_LEAD.exec(base);
  if (lead === null) return false;
  const rest = base.slice(lead[0].length);
  // (A role word that is a surname too, after a dot, is a person's: `deshawn.jenkins@`.)
  return isRoleWord(rest) && !(lead[0].endsWith('.') && SURNAMES.has(rest));
}
