import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@partnermap/shared/protocol';

/** 128 random bits, base64url: 22 characters. */
export function newBoardId(): string {
  return randomBytes(16).toString('base64url');
}

/** 256 random bits, base64url. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenHashes {
  editTokenHash: string;
  viewTokenHash: string;
}

function matches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The role a token grants on a board, or undefined for a wrong or missing token. */
export function roleFor(hashes: TokenHashes, token: string | null | undefined): Role | undefined {
  if (!token) return undefined;
  if (matches(token, hashes.editTokenHash)) return 'edit';
  if (matches(token, hashes.viewTokenHash)) return 'view';
  return undefined;
}

/**
 * Reads the token from `Authorization: Bearer <token>`, else from `?token=`. The scheme name is
 * case-insensitive (RFC 9110 §11.1), so `bearer` from some HTTP clients works too.
 */
export function tokenFromRequest(headers: { authorization?: string }, url: URL): string | null {
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1]!;
  return url.searchParams.get('token');
}
