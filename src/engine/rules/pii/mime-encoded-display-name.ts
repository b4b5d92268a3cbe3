import { defineRule } from '../defineRule';
import { decodeBase64 } from '../../scan/base64';
import { ALL_GIVEN_NAMES } from './_names';
import { CYRILLIC_GIVEN_NAMES } from './_cyrillicNames';
import { native } from '../../scan/nativeRegex';

/** One RFC 2047 encoded word: =?charset?Q|B?text?= (group 1 the charset, 2 the encoding, 3 the text). */
const ENCODED_WORD = native(/=\?([\w-]{1,20})\?([QqBb])\?([^?\s]{1,200})\?=/gu);
/** Quoted-printable's space and escaped byte (`_`, `=C3`). */
const QP_SPACE = native(/_/gu);
const QP_BYTE = native(/=([0-9A-Fa-f]{2})/gu);

/** A person's name once decoded: two to four capitalised words (a hyphen or an apostrophe inside). */
const NAME_WORDS = native(/^\p{Lu}[\p{Ll}'’-]{1,24}(?: \p{Lu}[\p{Ll}'’-]{1,24}){1,3}$/u);

/** The bytes of an encoded word's text, as a binary string (one char per byte); undefined when malformed. */
function wordBytes(encoding: string, text: string): string | undefined {
  if (encoding === 'B' || encoding === 'b') return decodeBase64(text);
  return text.replace(QP_SPACE, ' ').replace(QP_BYTE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The display name an encoded header value spells (words decoded in their charset and joined); undefined when it can't be read. */
export function decodeDisplayName(value: string): string | undefined {
  let out = '';
  // (An exec loop on the native pattern: matchAll would run a fresh, interpreted copy of it.)
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(value); m !== null; m = ENCODED_WORD.exec(value)) {
    const bytes = wordBytes(m[2] as string, m[3] as string);
    if (bytes === undefined) return undefined;
    try {
      out += new TextDecoder((m[1] as string).toLowerCase(), { fatal: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
    } catch {
      return undefined;
    }
  }
  return out.trim();
}

// A sender's or recipient's name in a mail header that RFC 2047 encoded because it isn't ASCII:
// `From: =?UTF-8?Q?J=C3=A9r=C3=B4me_Garnier?= <…>`. Decoded, it must read as a
// person's name whose first word is a known given name (a company's or a team's name is not).
export default defineRule({
  id: 'mime-encoded-display-name',
  category: 'pii',
  description: "Person's name as an RFC 2047 encoded word in a mail header (From, To, Cc: =?UTF-8?Q?…?= <address>)",
  keywords: ['=?'],
  window: { before: 200, after: 600 },
  // The encoded words before the address; from the first `=`, the header's name at its line's start
  // (and earlier recipients) looked back for.
  pattern:
    /=(?<=(?:^|\n)(?:From|To|Cc|CC|Bcc|Reply-To|Sender|Delivered-To):[ \t]{0,4}(?:[^\n]{0,400}?,[ \t]{0,4})?"?=)\?[\w-]{1,20}\?[QqBb]\?[^?\s]{1,200}\?=(?:[ \t]{1,4}=\?[\w-]{1,20}\?[QqBb]\?[^?\s]{1,200}\?=){0,4}(?="?[ \t]{0,4}<[^<>\s@]{1,64}@)/gu,
  validate: (s) => {
    const name = decodeDisplayName(s);
    if (name === undefined || !NAME_WORDS.test(name)) return false;
    const first = name.split(' ')[0] as string;
    return ALL_GIVEN_NAMES.has(first) || CYRILLIC_GIVEN_NAMES.has(first);
  },
  redactAs: 'name',
  references: ['https://datatracker.ietf.org/doc/html/rfc2047'],
  examples: {
    positive: [
      'Date: Wed, 07 Feb 2024 13:02:10 +0200\nFrom: =?UTF-8?Q?J=C3=A9r=C3=B4me_Garnier?= <jerome.garnier@example-firm.fr>\nTo: office@example-firm.fr',
      'From: Accounts <accounts@example-firm.ee>\nTo: =?UTF-8?B?0JDQvdC90LAg0JvQtdCx0LXQtNC10LLQsA==?= <anna.l@example-mail.ru>',
      'Cc: desk@example-firm.lt, =?ISO-8859-1?Q?Ren=E9e_Schulz?= <renee.s@example-mail.de>',
    ],
    negative: [
      'From: =?UTF-8?Q?Kolmiksild_O=C3=9C_Raamatupidamine?= <info@example-firm.ee>',
      'Subject: =?UTF-8?Q?Ren=C3=A9e_Schulz?=',
      'From: =?UTF-8?B?4pyTIE9yZGVyIGNvbmZpcm1lZA==?= <noreply@example-shop.com>',
    ],
  },
});
