import { defineRule, fake } from '../defineRule';

// The secrets of a JupyterHub configuration (jupyterhub_config.py): the cookie secret that signs
// every user's session, the proxy's auth token, and the crypt keeper's keys that encrypt auth state.
export default defineRule({
  id: 'jupyterhub-secret',
  category: 'secret',
  description: 'JupyterHub cookie secret, proxy auth token or CryptKeeper key in jupyterhub_config.py',
  keywords: ['cookie_secret', 'auth_token', 'cryptkeeper'],
  window: { before: 48, after: 200 },
  pattern:
    /\bc\.(?:JupyterHub\.(?:cookie_secret|proxy_auth_token)|ConfigurableHTTPProxy\.auth_token|CryptKeeper\.keys)[ \t]{0,3}=[ \t]{0,3}(?:\[[ \t]{0,3})?(?:bytes\.fromhex\(|b)?["']([A-Za-z0-9+/=_-]{16,200})["']/gu,
  secretGroup: 1,
  validate: (s) => new Set(s).size >= 10,
  envName: 'JUPYTERHUB_CRYPT_KEY',
  references: ['https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/security-basics.html'],
  examples: {
    positive: [`c.JupyterHub.cookie_secret = bytes.fromhex("${fake('{h64}', 551)}")`, `c.ConfigurableHTTPProxy.auth_token = "${fake('{a32}', 552)}"`, `c.CryptKeeper.keys = ["${fake('{h64}', 553)}"]`],
    negative: ['c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/cookie_secret"', "c.ConfigurableHTTPProxy.auth_token = os.environ['PROXY_TOKEN']"],
  },
});
