import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** Local parts that documentation and forms write for the address's shape (`name@abdm`, `yourname@abdm`). */
const PLACEHOLDER_LOCAL = native(/^(?:name|username|user|yourname|your[._]?name|abc|xyz|test|example|sample|demo|dummy|abha|address|id|handle)$/u);

// An ABHA address (Ayushman Bharat Health Account): the handle a person chooses to link their health
// records across India's Digital Health Mission, `<handle>@abdm` (`@sbx` in the sandbox, `@ndhm` for
// those made before the 2023 rename). It names one person and opens their health locker to consent
// requests, so a patient export, an ABDM gateway's log or a support chat holds it as it holds an
// e-mail. The domain is the mark: no e-mail has it. A sandbox handle needs ABHA or ABDM in the text.
export default defineRule({
  id: 'in-abha-address',
  category: 'pii',
  description: 'Indian ABHA address (a health account handle ending in @abdm)',
  keywords: ['@abdm', '@sbx', '@ndhm'],
  hints: ['abha', 'abdm'],
  window: { before: 40, after: 8 },
  pattern: /(?<![\w.@+-])([a-z0-9][a-z0-9._]{2,31})@(abdm|sbx|ndhm)(?![\w.@-])/giu,
  validate: (s, ctx) => {
    const local = (ctx.match[1] ?? '').toLowerCase();
    if (PLACEHOLDER_LOCAL.test(local) || !/[a-z]/u.test(local) || /^(.)\1+$/u.test(local)) return false;
    return ctx.match[2]?.toLowerCase() === 'abdm' || ctx.hasHint('abha') || ctx.hasHint('abdm');
  },
  redactAs: 'abha-address',
  references: ['https://abdm.gov.in/abha', 'https://sandbox.abdm.gov.in/docs/'],
  examples: {
    positive: [
      `patient_id,full_name,abha_address\nNP-1,A. Example,${fake('{l7}', 101965)}.${fake('{d2}', 101966)}@abdm`,
      `2024-03-11 INFO abdm.consent request hip=NIDAAN patient=${fake('{l6}', 101967)}_${fake('{l5}', 101968)}@sbx status=REQUESTED`,
      `Mera ABHA address ${fake('{l8}', 101969)}@abdm hai, link kar dijiye`,
    ],
    negative: [
      'Could you share your ABHA address (looks like name@abdm)?',
      'ssh deploy@sbx-gateway-01',
      'invite sent to reviewer@sbx',
    ],
  },
});
