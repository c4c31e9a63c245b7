import { sha256Hex } from '../../lib/crypto';

/** The chain's first link. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  objectType: string | null;
  objectId: string | null;
  unitId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

/** JSON with sorted keys at every depth: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, fields: ChainedFields): string {
  const normalised = { ...fields, at: new Date(fields.at).toISOString() };
  return sha256Hex(`${prevHash}\n${canonicalJson(normalised)}`);
}
