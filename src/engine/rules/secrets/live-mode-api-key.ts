import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A live-mode API key in the naming that Stripe made common and many SaaS APIs copy: a short
// product prefix, `_live_`, then a random body (`acme_live_…`). Found anywhere, even pasted into a
// sentence. Publishable keys (`pk_live_`) are public by design, and so is a Stripe Checkout Session's id
// (`cs_live_`: Stripe sends it in the success page's URL, `?session_id=cs_live_…`); providers with a
// rule of their own (Stripe's sk_live_/rk_live_) win the overlap, this generic rule takes the rest.
export default defineRule({
  id: 'live-mode-api-key',
  category: 'secret',
  description: 'Live-mode API key in the <prefix>_live_<random> naming (not publishable pk_live_ keys)',
  generic: true,
  keywords: ['live_'],
  // (Or `live_` alone before 32 to 64 hex digits: an API's key in a captured header of a load
  // balancer's log, `{api.acme.io|curl/8.4.0|live_9a1b…}`.)
  pattern: /(?<![\w]|(?<!:)-)(?:(?!(?:pk|cs)_live_)[a-z]{2,8}_live_[A-Za-z0-9]{24,64}|live_[0-9a-f]{32,64})(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.indexOf('live_') + 5);
    return /^[0-9a-f]+$/u.test(body) ? /\d/u.test(body) && /[a-f]/u.test(body) && looksRandom(body, 3) : hasCharClasses(body, 3) && looksRandom(body, 4);
  },
  envName: 'API_KEY',
  references: ['https://docs.stripe.com/keys'],
  examples: {
    positive: [`    alvalade: fa_live_${fake('{a36}', 574)}`, `Ellos usan esta clave, ¿sigue activa?  acme_live_${fake('{a32}', 575)}`,
      `haproxy[907]: 198.51.100.40:40112 [03/Mar/2025:09:15:44.120] www~ api/app-2 0/0/1/30/31 200 912 - - ---- 12/12/3/1/0 0/0 {quotes.acme.io|python-requests/2.31|live_${fake('{h40}', 100908)}} "GET /v2/quote HTTP/1.1"`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=pk_live_${fake('{a40}', 576)}`,
      `"GET /checkout/success?session_id=cs_live_${fake('{a46}', 577)} HTTP/1.1" 200`, 'is_live_streaming_enabled_for_all_users = true', `acme_live_${'a'.repeat(32)}`,
      `live_${'0123456789abcdef'.repeat(2)}`, 'live_streaming_enabled_for_all_users_by_default_in_2024'],
  },
});
