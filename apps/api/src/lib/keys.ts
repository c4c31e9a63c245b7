import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyRing } from './crypto';

/**
 * Secrets live in files outside the database (EDUSHIELD_KEYS_DIR, default
 * DATA_DIR/keys), created on first start with mode 0600. A database dump or
 * backup alone therefore never reveals personal data or lets anyone forge
 * audit checkpoints.
 *
 *   field-<id>.key        32 random bytes (base64) per AES-256-GCM key; the
 *                         highest id is current (see `cli keys rotate`)
 *   audit-signing.pem     Ed25519 private key signing daily audit checkpoints
 *   blind-index.key       HMAC-SHA256 key for exact-match blind indexes of
 *                         encrypted values (never rotated: indexes depend on it)
 */
export interface Keys {
  fieldKeys: KeyRing;
  auditSigningKeyPem: string;
  auditPublicKeyPem: string;
  blindIndexKey: Buffer;
}

export function loadOrCreateKeys(keysDir: string): Keys {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  if (listFieldKeyIds(keysDir).length === 0) writeSecret(path.join(keysDir, 'field-0001.key'), newFieldKey());
  const signingPath = path.join(keysDir, 'audit-signing.pem');
  if (!existsSync(signingPath)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeSecret(signingPath, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  const blindPath = path.join(keysDir, 'blind-index.key');
  if (!existsSync(blindPath)) writeSecret(blindPath, newFieldKey());
  const blindIndexKey = Buffer.from(readFileSync(blindPath, 'utf8').trim(), 'base64');
  const auditSigningKeyPem = readFileSync(signingPath, 'utf8');
  const auditPublicKeyPem = createPublicKey(createPrivateKey(auditSigningKeyPem))
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return { fieldKeys: readKeyRing(keysDir), auditSigningKeyPem, auditPublicKeyPem, blindIndexKey };
}

/** Adds a new current field key; returns its id. Old keys stay for reading. */
export function addFieldKey(keysDir: string): string {
  const ids = listFieldKeyIds(keysDir);
  const next = String((ids.length ? Math.max(...ids.map(Number)) : 0) + 1).padStart(4, '0');
  writeSecret(path.join(keysDir, `field-${next}.key`), newFieldKey());
  return next;
}

export function readKeyRing(keysDir: string): KeyRing {
  const ids = listFieldKeyIds(keysDir).sort();
  const keys = new Map<string, Buffer>();
  for (const id of ids) {
    const key = Buffer.from(readFileSync(path.join(keysDir, `field-${id}.key`), 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`field-${id}.key không phải khóa 256 bit (not a 256-bit key)`);
    keys.set(id, key);
  }
  const currentId = ids.at(-1);
  if (!currentId) throw new Error(`Không có khóa mã hóa trong ${keysDir}`);
  return { currentId, keys };
}

function listFieldKeyIds(keysDir: string): string[] {
  return readdirSync(keysDir)
    .map((name) => /^field-(\d{4})\.key$/.exec(name)?.[1])
    .filter((id): id is string => Boolean(id));
}

const newFieldKey = () => randomBytes(32).toString('base64');

function writeSecret(file: string, content: string) {
  writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
}
