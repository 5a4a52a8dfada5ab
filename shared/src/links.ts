import { toBase64UrlEncoded } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';

/**
 * A board's view token follows one way from its edit token: whoever holds the edit link can
 * always hand on the view-only link, from any device, while the server keeps only hashes and a
 * view token reveals nothing of the edit token. lib0's SHA-256 is used because Web Crypto is
 * missing on plain-http LAN addresses.
 */
export function viewTokenFor(editToken: string): string {
  return toBase64UrlEncoded(digest(new TextEncoder().encode(`partnermap view link\u0000${editToken}`)));
}
