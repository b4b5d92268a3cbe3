import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A literal echoed into a login command that reads its secret from standard input, the way the
// tools' docs ask (so that it stays out of the process list), and then pasted with the value in it:
// `echo "<password>" | docker login … --password-stdin` (podman, helm registry, oras, skopeo,
// crane), `echo <token> | gh auth login --with-token`. An `$VAR` or `${{ secrets.X }}` is a
// reference, not a value.
export default defineRule({
  id: 'piped-login-secret',
  category: 'secret',
  description: 'Literal password or token echoed into docker/podman/helm login --password-stdin or gh auth login --with-token',
  generic: true,
  keywords: ['--password-stdin', '--with-token'],
  window: { before: 320, after: 16 },
  pattern:
    /\b(?:echo|printf)(?:[ \t]{1,3}-[nE]{1,2})?[ \t]{1,3}(?:(["'])([^"'\r\n$`]{6,200})\1|([^\s"'$`|;&]{6,200}))[ \t]*\|[ \t]*(?:sudo[ \t]{1,3})?(?:(?:docker|podman|nerdctl|buildah|helm[ \t]{1,3}registry|oras|skopeo|crane|regctl[ \t]{1,3}registry)[ \t]{1,3}login\b[^\n|;&]{0,200}?--password-stdin|gh[ \t]{1,3}auth[ \t]{1,3}login\b[^\n|;&]{0,200}?--with-token)/gu,
  secretGroup: [2, 3],
  validate: (s, ctx) => isLiteralSecretValue(s, ctx.match[2] !== undefined, 6),
  envName: 'REGISTRY_PASSWORD',
  references: ['https://docs.docker.com/reference/cli/docker/login/#password-stdin', 'https://cli.github.com/manual/gh_auth_login'],
  examples: {
    positive: [
      `run: echo "${fake('{a40}', 1)}" | docker login $REGISTRY -u cracmeprod --password-stdin`,
      `echo ${fake('{a24}', 2)} | gh auth login --with-token --hostname github.com`,
    ],
    negative: [
      'echo "$CR_PAT" | docker login ghcr.io -u USERNAME --password-stdin',
      'echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u ${{ github.actor }} --password-stdin',
      'cat ~/token.txt | gh auth login --with-token',
    ],
  },
});
