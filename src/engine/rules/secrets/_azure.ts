/**
 * Helpers for Azure credential formats.
 * Newer Azure keys are "identifiable": a fixed provider signature sits at a fixed offset
 * (https://github.com/microsoft/security-utilities).
 */

/**
 * The 84-character "common annotated security key" shape used by newer Azure DevOps PATs and
 * Azure AI services keys: 52 random characters, the `JQQJ99` marker, two metadata characters,
 * 16 more characters, a 4-character provider signature, then 4 characters.
 */
export function isAnnotatedKey(value: string, signature: string): boolean {
  if (!/^[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}$/u.test(value)) return false;
  return value.slice(76, 80) === signature;
}

/** Undoes the URL escaping of `+`, `/` and `=` in a base64 value (`%2B`, `%2F`, `%3D`). */
export function unescapeBase64(value: string): string {
  return value.replace(/%2B/giu, '+').replace(/%2F/giu, '/').replace(/%3D/giu, '=');
}
