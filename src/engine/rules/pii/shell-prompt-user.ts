import { defineRule } from '../defineRule';
import { isServiceAccount } from './_handles';
import { isLoneGivenNameLogin } from './_names';

/**
 * Accounts that images and distributions set up for whoever logs in, beside the services and
 * placeholders isServiceAccount knows: a prompt with one of these names no one.
 */
const IMAGE_ACCOUNTS = new Set(
  'kali parrot nixos arch manjaro mint steam student coder opc core rancher bitnami cloud-user sysadmin vboxuser osboxes ansible ec2 centos7 rocky alma almalinux fedora-user ubuntu-user devuser dev1 dev2 wsl linux host server vm'.split(' '),
);

// The login in a shell prompt pasted with a terminal session: `mkowalczyk@bastion-1:~$ vault login`,
// `[jsmith@web-02 ~]$ sudo systemctl restart nginx`, `(venv) priya@devbox:~/api$ pytest`, oh-my-zsh's
// `jsmith@laptop ~/work/api (main) $ …`, macOS zsh's `jsmith@mbp-jsmith ~ % …`, a host name in any
// script (`…@kōwhai:~$`). The person at
// the keyboard, unless the account is a service's, a distribution's or an image's (root, ubuntu,
// ec2-user, deploy, vagrant, kali…).
// Decision: the prompt's own shape is the context, so any login that is not such an account counts
// (`moyelaran`), unlike a `user:` label's value, which must read as a person's handle. A prompt
// starts its line; a `user@host:` in running text is an address or an SSH target (user-name's).
export default defineRule({
  id: 'shell-prompt-user',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login in a pasted shell prompt (user@host:~$)",
  severity: 'info',
  keywords: [':~', '$ ', ']$', ']#', ' % '],
  window: { before: 200, after: 4 },
  pattern:
    /^[ \t]{0,4}(?:\([\w.-]{1,30}\)[ \t])?\[?([a-z_][a-z0-9._-]{1,31})@[\p{L}\p{N}][\p{L}\p{N}_.-]{0,62}(?::(?:~|\/)[^\s$#]{0,120}|[ \t](?:~|[\w.-]{1,60})\]|[ \t]~(?:\/[^\s$#]{0,120})?(?:[ \t]\([^()\n]{1,40}\))?)[ \t]?[$#%](?=[ \t\r\n]|$)/gmu,
  secretGroup: 1,
  // (Not a given name alone, `fabio@Fabios-MacBook-Pro`: as user-name decides for logins, session 30.)
  validate: (s) => !isServiceAccount(s) && !IMAGE_ACCOUNTS.has(s) && /[a-z]{3}/u.test(s) && !isLoneGivenNameLogin(s),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://www.gnu.org/software/bash/manual/html_node/Controlling-the-Prompt.html'],
  examples: {
    positive: [
      'mkowalczyk@bastion-1:~$ vault login -method=oidc role=platform-admin',
      '[jsmith@web-02 ~]$ sudo systemctl restart nginx',
      '(venv) priya.nair@devbox:~/api$ pytest -q',
      '```\nsofiacosta@db-replica-2:/var/lib/postgresql$ du -sh 16/main\n```',
      'tlindgren@build-01:~# journalctl -u kubelet',
      'hwatene@kōwhai:~$ ssh -vvv -i ~/.ssh/bastion_ed25519 bastion.prod.example.co.nz',
      'jnguyen@tr-lt-0193 ~/work/shop-k8s (prod-aks) $ kubectl -n shop get secret shop-api-env -o yaml',
      'hanguyen@mbp-ha ~ % cat ~/.npmrc',
    ],
    negative: [
      // a given name alone
      'fabio@Fabios-MacBook-Pro:~$ ssh -vvv -i ~/.ssh/bastion_ed25519 bastion.prod.example.co.nz',
      'root@db-01:~# psql -U postgres',
      'ubuntu@ip-10-0-1-12:~$ sudo apt update',
      '[ec2-user@ip-172-31-5-9 ~]$ aws s3 ls',
      'deploy@ci-runner:/srv/app$ ./release.sh',
      'Write to mkowalczyk@bastion-1: the host is down $ 5 fee',
      'ssh mkowalczyk@bastion-1:~$ is not a prompt here',
      'git clone git@github.com:acme/api.git # clone it',
      'vagrant@ubuntu-focal:~$ ls',
      'x = total@count ~ % 3',
    ],
  },
});
