import { defineRule, fake } from '../defineRule';

// kubeadm's secrets on a join command line or in its configuration: the bootstrap token
// (`[a-z0-9]{6}.[a-z0-9]{16}`, its id and its secret, after `--token` or under `token:`), which
// lets a machine join the cluster, and the certificate key (64 hex digits after
// `--certificate-key`), which decrypts the control plane's certificates uploaded to the cluster.
// The discovery hash (`--discovery-token-ca-cert-hash sha256:…`) is the CA's public key: no match.
export default defineRule({
  id: 'kubeadm-token',
  category: 'secret',
  description: 'kubeadm bootstrap token or control-plane certificate key (kubeadm join, init, token create)',
  keywords: ['--token', 'token:', '--certificate-key', 'certificatekey', 'kubeadm'],
  window: { before: 40, after: 200 },
  pattern:
    /(?:--token[ \t=]{1,3}|\btoken:[ \t]{0,4}["']?)([a-z0-9]{6}\.[a-z0-9]{16})(?![\w.-])|(?:--certificate-key[ \t=]{1,3}|\bcertificateKey:[ \t]{0,4}["']?)([0-9a-f]{64})(?![\w-])/gu,
  secretGroup: [1, 2],
  // (The documentation's sample token is `abcdef.0123456789abcdef`: the placeholder filter's sequences.)
  validate: (s) => /\d/u.test(s) && /[a-z]/u.test(s) && !/^abcdef\./u.test(s),
  envName: 'KUBEADM_TOKEN',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/', 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-join/'],
  examples: {
    positive: [
      `sudo kubeadm join api.k8s.internal:6443 --token ${fake('{L6}', 4150)}.${fake('{l16}', 4151)} --discovery-token-ca-cert-hash sha256:${fake('{h64}', 4152)}`,
      `kubeadm join 10.0.0.10:6443 --token ${fake('{l6}', 4153)}.${fake('{l16}', 4154)} --control-plane --certificate-key ${fake('{h64}', 4155)}`,
      `bootstrapTokens:\n- token: "${fake('{l6}', 4156)}.${fake('{l16}', 4157)}"\n  ttl: "24h0m0s"`,
    ],
    negative: [
      'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:<hash>',
      'kubeadm join 10.0.0.10:6443 --token <token> --discovery-token-ca-cert-hash sha256:<hash>',
      `--discovery-token-ca-cert-hash sha256:${fake('{h64}', 4158)}`,
    ],
  },
});
