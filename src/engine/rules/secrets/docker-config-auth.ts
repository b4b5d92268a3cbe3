import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64, toUserPass } from './_providerKit';

// ~/.docker/config.json (and Kubernetes dockerconfigjson secrets): "auths": { "<registry>":
// { "auth": "<base64 of user:password>" } }. Credential helpers leave "auth" out.
// A Kubernetes `.dockerconfigjson` (or a Helm value holding one) is that whole JSON in base64,
// always starting `eyJhdXRocyI6` (`{"auths":`): reported whole when one of its entries holds a real
// user:password (in "auth", or as "password").

/** Whether base64 of a Docker config holds a registry credential. */
function hasEncodedCredential(b64: string): boolean {
  const json = decodeBase64(b64);
  if (json === undefined) return false;
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch {
    return false;
  }
  const auths = (config as { auths?: unknown }).auths;
  if (typeof auths !== 'object' || auths === null) return false;
  return Object.values(auths).some((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { auth, password } = entry as { auth?: unknown; password?: unknown };
    if (typeof password === 'string' && isRealPassword(password)) return true;
    const decoded = typeof auth === 'string' ? decodeBase64(auth) : undefined;
    const up = decoded === undefined ? undefined : toUserPass(decoded);
    return up !== undefined && isRealPassword(up.pass);
  });
}

function isRealPassword(pass: string): boolean {
  return pass.length >= 4 && !/^(?:password|x+|\*+)$/iu.test(pass);
}

export default defineRule({
  id: 'docker-config-auth',
  category: 'secret',
  description: 'Registry credentials in a Docker config.json "auth" entry (base64 user:password)',
  keywords: ['"auth"', 'eyjhdxrocyi6'],
  window: { before: 0, after: 500 },
  keywordWindows: { eyjhdxrocyi6: { before: 12, after: 8200 } },
  pattern: /"auth"[ \t]*:[ \t]*"([A-Za-z0-9+/]{8,1024}={0,2})"|(?<![A-Za-z0-9+/])(eyJhdXRocyI6[A-Za-z0-9+/]{16,8000}={0,2})(?![A-Za-z0-9+/=])/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (ctx.match[1] === undefined) return hasEncodedCredential(s);
    if (!/"auths"/u.test(ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.start))) return false;
    const decoded = decodeBase64(s);
    const up = decoded === undefined ? undefined : toUserPass(decoded);
    return up !== undefined && isRealPassword(up.pass);
  },
  envName: 'DOCKER_AUTH',
  references: ['https://docs.docker.com/reference/cli/docker/login/#credential-stores'],
  examples: {
    positive: [
      `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${encodeBase64(`ci-bot:${fake('{a18}', 1)}`)}"\n    }\n  }\n}`,
      `{"auths":{"https://index.docker.io/v1/":{"auth":"${encodeBase64(`tkr:dckr_pat_${fake('{w27}', 2)}`)}"}}}`,
      `  .dockerconfigjson: ${encodeBase64(`{"auths":{"registry.acme.io":{"auth":"${encodeBase64(`puller:${fake('{a20}', 4)}`)}"}}}`)}`,
      `imagePullSecret: "${encodeBase64(`{"auths":{"ghcr.io":{"username":"ci","password":"${fake('{a24}', 5)}"}}}`)}"`,
    ],
    negative: [
      `{"auths":{"ghcr.io":{}},"credsStore":"desktop"}`,
      `{"auths":{"r.io":{"auth":"${encodeBase64('user:password')}"}}}`,
      `{"type":"basic","auth":"${encodeBase64(`a:${fake('{a12}', 3)}`)}"}`,
      `  .dockerconfigjson: ${encodeBase64('{"auths":{"ghcr.io":{}},"credsStore":"desktop"}')}`,
      `  .dockerconfigjson: ${encodeBase64(`{"auths":{"r.io":{"auth":"${encodeBase64('user:password')}"}}}`)}`,
    ],
  },
});
