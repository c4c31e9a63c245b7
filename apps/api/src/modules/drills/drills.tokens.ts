import { randomToken, safeEqual, sha256Hex } from '../../lib/crypto';

/**
 * Per-recipient drill tokens: 32 random bytes (256 bits) in base64url. Only
 * the SHA-256 is stored, so a copy of the database cannot replay anyone's
 * links; lookups go by hash (an index probe on a value the caller cannot
 * steer) and the found hash is compared again in constant time.
 */
export const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const newDrillToken = () => randomToken(TOKEN_BYTES);
export const hashDrillToken = (token: string) => sha256Hex(token);
/** Cheap shape check before touching the database. */
export const isDrillTokenShape = (token: string) => TOKEN_SHAPE.test(token);
export const tokenMatches = (token: string, storedHash: string) =>
  safeEqual(hashDrillToken(token), storedHash);
