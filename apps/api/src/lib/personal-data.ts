import { blindIndex, decryptField, encryptField, type KeyRing } from './crypto';

/**
 * The one place personal data is sealed, opened, indexed and masked.
 * Personal fields (personal id, phones, addresses, guardian contacts, health
 * notes) are stored encrypted; sensitive fields (ethnicity, religion,
 * disability, health) are stored as codes but masked like personal ones for
 * callers without `sector.read_personal`.
 */
export class PersonalDataCodec {
  constructor(
    private readonly ring: KeyRing,
    private readonly indexKey: Buffer,
  ) {}

  seal(value: string | null | undefined): string | null {
    return value ? encryptField(this.ring, value) : null;
  }

  open(value: string | null | undefined): string | null {
    return value ? decryptField(this.ring, value) : null;
  }

  /** Exact-match index of a personal id (12 digits, already normalised). */
  personalIdIndex(personalId: string | null | undefined): string | null {
    return personalId ? blindIndex(this.indexKey, 'personal-id', personalId.replace(/\D/g, '')) : null;
  }

  /** Re-seals with the current key (key rotation). */
  reseal(value: string | null): string | null {
    return value ? encryptField(this.ring, decryptField(this.ring, value)) : null;
  }
}

/** What a masked field looks like in API responses. */
export const MASK = '••••';

/** Personal id 0010xxxxxx89 style: enough to recognise, not to use. */
export function maskPersonalId(value: string | null): string | null {
  if (!value) return null;
  return value.length <= 4 ? MASK : `${MASK}${value.slice(-3)}`;
}

export function maskPhone(value: string | null): string | null {
  if (!value) return null;
  return value.length <= 3 ? MASK : `${MASK}${value.slice(-3)}`;
}
