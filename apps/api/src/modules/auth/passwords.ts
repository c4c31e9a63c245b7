import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended floor (m=19 MiB, t=2, p=1). A fixed dummy
 * hash is verified when the account does not exist, so timing does not reveal
 * which usernames are real.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 as const };

export const hashPassword = (password: string) => hash(password.normalize('NFC'), OPTIONS);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  try {
    return await verify(stored ?? (await dummyHash()), password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hash('edushield-dummy-password-for-timing', OPTIONS);
  return dummy;
};
