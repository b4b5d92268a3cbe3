import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';
import { columnHeader } from '../pii/_context';
import { native } from '../../scan/nativeRegex';

/**
 * The development keys every Hardhat and Anvil install prints (accounts #0–#2 of the public test
 * mnemonic `test test … junk`): documentation, not anyone's wallet.
 */
const PUBLIC_DEV_KEYS = new Set([
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
]);

/** A hash's words beside the value on its line: a transaction's or a block's hash (`cast receipt 0x…`), a digest, an event topic. */
const HASH_CONTEXT = /\b(?:hash|digest|sha-?256|sha3|keccak|checksum|fingerprint|tx|txn|transaction|block|topic|commit|integrity|salt|nonce|receipt)\b/iu;

/**
 * A key that ends in a hash's word, written in snake or camel case (`funding_tx: "0x…"`, `deployTxHash =`,
 * `block-hash:`): `\b` in HASH_CONTEXT reads no word inside such keys.
 */
const HASH_KEY_BEFORE = native(/(?:(?<![A-Za-z0-9])(?:tx|txn|txid|hash|digest|transaction|block|receipt|topic)|[a-z0-9](?:Tx|Txn|TxId|Hash|Digest|Transaction|Block|Receipt|Topic))["']?[ \t]*[:=][ \t]*["']?(?:0x)?$/u);

const ID_LABEL_BEFORE = native(/(?:id|arn)["']?[ \t]*[:=][ \t]*["']?(?:0x)?$/iu);

// An Ethereum (secp256k1) private key: 64 hex digits, with or without 0x, near words that name it
// (`private key`, a deployer's key, MetaMask's export) — as it is pasted in a support chat or an
// AI chat when a deployment fails. A wallet's private key moves its funds; it cannot be rotated.
// Without such a word nearby, 64 hex digits are a hash.
export default defineRule({
  id: 'ethereum-private-key',
  category: 'secret',
  description: 'Ethereum private key (64 hex digits near "private key", a deployer key, a MetaMask export)',
  keywords: ['private key', 'private_key', 'private-key', '_pk =', '_pk=', '_pk:', '_pk"', "_pk'", 'privatekey', 'privkey', 'priv key', 'deployer_key', 'deployer key', 'signer_key', 'wallet key', 'metamask', 'chave privada', 'clave privada', 'privater schluessel'],
  window: { before: 400, after: 400 },
  pattern: /(?<![\w$])(?:0x)?([0-9a-fA-F]{64})(?![\w])/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const hex = s.toLowerCase();
    if (PUBLIC_DEV_KEYS.has(hex) || !looksRandom(hex, 3.4)) return false;
    const { text } = ctx;
    const ls = text.lastIndexOf('\n', ctx.start - 1) + 1;
    const before = text.slice(Math.max(ls, ctx.start - 80), ctx.start);
    if (native(HASH_CONTEXT).test(before) || HASH_KEY_BEFORE.test(before)) return false;
    // The value of an id (`"certificateId": "…"`, `KeyMaterialId`) or a path's last part (an ARN's `cacert/…`): a certificate's or a key's name.
    if (ID_LABEL_BEFORE.test(before) || text.charCodeAt(ctx.start - 1) === 47 /* / */) return false;
    // A cell under a column of hashes (`topic0`, `tx_hash`, `selector`).
    const header = columnHeader(ctx);
    return header === undefined || !/hash|topic|digest|selector|signature|id$/u.test(header);
  },
  envName: 'PRIVATE_KEY',
  references: ['https://ethereum.org/en/developers/docs/accounts/', 'https://hardhat.org/hardhat-network/docs/reference#accounts'],
  examples: {
    positive: [
      `ok sorry. i also exported the private key from metamask to check, is it this 0x${fake('{h64}', 1)} ?`,
      `DEPLOYER_PRIVATE_KEY=${fake('{h64}', 2)}`,
      `const wallet = new Wallet("0x${fake('{h64}', 3)}"); // deployer key`,
      // Foundry's cast and a signer's `_PK` setting
      `cast wallet import hot-2026 --keystore-dir ./ks --private-key ${fake('{h64}', 101233)}`,
      `E2E_SIGNER_PK = "0x${fake('{h64}', 101234)}"`,
    ],
    negative: [
      'my script uses the first hardhat account 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 (private key from the docs)',
      `private key rotated; tx hash 0x${fake('{h64}', 4)}`,
      `sha256 of the private key file: ${fake('{h64}', 5)}`,
      // a signer's entry in a wallet config: its key is elsewhere, the transaction that funded it is a hash
      `signers:\n  - private_key_ref: vault:hot/signer-0\n    funding_tx: "0x${fake('{h64}', 101758)}"`,
      `contract deployed in block 0x${fake('{h64}', 6)}`,
      `cast send "$NEW" --private-key "$OLD_PK"\ncast receipt 0x${fake('{h64}', 101245)} --rpc-url "$RPC_URL"`,
      'PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000001',
      // a certificate's id and ARN beside a private key's mention
      `{"privateKey": "(not returned)", "certificateId": "${fake('{h64}', 100869)}", "certificateArn": "arn:aws:iot:us-west-2:123456789012:cert/${fake('{h64}', 100870)}"}`,
      `Deployer private key stays in the vault. Events:\n\n| Event | topic0 |\n|---|---|\n| Transfer | \`0x${fake('{h64}', 7)}\` |`,
    ],
  },
});
