import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomFillSync,
  timingSafeEqual,
} from 'node:crypto';

export const sha256Hex = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** 256 bits of randomness, URL-safe: session ids, reset links, drill tokens. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Field encryption with AES-256-GCM. The stored form names the key that
 * sealed it ("v1:<keyId>:<iv>:<tag>:<ciphertext>", base64url) so keys can be
 * rotated: new writes use the current key, old values stay readable.
 */
export interface KeyRing {
  currentId: string;
  keys: Map<string, Buffer>;
}

/**
 * Fresh random 96-bit IVs, drawn from the CSPRNG 4,096 at a time: one call
 * into OpenSSL per IV cost an import of 100,000 pupils seconds. Each IV is
 * copied out once and never handed out again.
 */
const IV_BYTES = 12;
const ivPool = Buffer.alloc(IV_BYTES * 4096);
let ivAt = ivPool.length;

function nextIv(): Buffer {
  if (ivAt === ivPool.length) {
    randomFillSync(ivPool);
    ivAt = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivAt, ivAt + IV_BYTES));
  ivAt += IV_BYTES;
  return iv;
}

export function encryptField(ring: KeyRing, plaintext: string): string {
  const key = ring.keys.get(ring.currentId);
  if (!key) throw new Error('current encryption key missing from the key ring');
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    'v1',
    ring.currentId,
    iv.toString('base64url'),
    tag.toString('base64url'),
    sealed.toString('base64url'),
  ].join(':');
}

export function decryptField(ring: KeyRing, stored: string): string {
  const [version, keyId, iv, tag, sealed] = stored.split(':');
  if (version !== 'v1' || !keyId || !iv || !tag || sealed === undefined)
    throw new Error('malformed ciphertext');
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`encryption key ${keyId} not in the key ring`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}

/**
 * A keyed blind index: equal inputs give equal tags, so an encrypted column
 * can be searched by exact value without decrypting, and the tag reveals
 * nothing without the key. Callers normalise the value first.
 */
export function blindIndex(key: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\n${value}`).digest('base64url');
}
