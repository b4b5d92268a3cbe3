import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64, toUserPass } from './_providerKit';

// ~/.docker/config.json (and Kubernetes dockerconfigjson secrets): "auths": { "<registry>":
// { "auth": "<base64 of user:password>" } }. Credential helpers leave "auth" out.
export default defineRule({
  id: 'docker-config-auth',
  category: 'secret',
  description: 'Registry credentials in a Docker config.json "auth" entry (base64 user:password)',
  keywords: ['"auth"'],
  window: { before: 0, after: 500 },
  pattern: /"auth"[ \t]*:[ \t]*"([A-Za-z0-9+/]{8,1024}={0,2})"/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!/"auths"/u.test(ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.start))) return false;
    const decoded = decodeBase64(s);
    const up = decoded === undefined ? undefined : toUserPass(decoded);
    return up !== undefined && up.pass.length >= 4 && !/^(?:password|x+|\*+)$/iu.test(up.pass);
  },
  envName: 'DOCKER_AUTH',
  references: ['https://docs.docker.com/reference/cli/docker/login/#credential-stores'],
  examples: {
    positive: [
      `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${encodeBase64(`ci-bot:${fake('{a18}', 1)}`)}"\n    }\n  }\n}`,
      `{"auths":{"https://index.docker.io/v1/":{"auth":"${encodeBase64(`tkr:dckr_pat_${fake('{w27}', 2)}`)}"}}}`,
    ],
    negative: [
      `{"auths":{"ghcr.io":{}},"credsStore":"desktop"}`,
      `{"auths":{"r.io":{"auth":"${encodeBase64('user:password')}"}}}`,
      `{"type":"basic","auth":"${encodeBase64(`a:${fake('{a12}', 3)}`)}"}`,
    ],
  },
});
