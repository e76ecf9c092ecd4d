import { createHash } from 'node:crypto';

/**
 * The SHA-256 of some content (a string is hashed as UTF-8): hex for names and keys (64 digits),
 * base64 for a Content-Security-Policy source (`'sha256-…'`). One rule for every file name,
 * cache key and manifest the tools write, so two of them never disagree on how content is hashed.
 * @example
 * ```ts
 * sha256('abc'); // 'ba7816bf…15ad', 64 hex digits
 * sha256('abc', 'base64'); // 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='
 * ```
 */
export function sha256(content: string | Uint8Array, encoding: 'hex' | 'base64' = 'hex'): string {
  return createHash('sha256').update(content).digest(encoding);
}
