/** Templates the landing page knows (same codes as the API's drills.templates.ts). */
export const LANDING_CODES = [
  'so-gddt-ky-van-ban',
  'hoc-phi-vi-dien-tu',
  'mat-khau-het-han',
  'chia-se-tai-lieu',
] as const;
export type LandingCode = (typeof LANDING_CODES)[number];

export const isLandingCode = (code: string | undefined): code is LandingCode =>
  LANDING_CODES.includes(code as LandingCode);

/**
 * The drill token rides in the URL fragment (never sent to a server, never
 * in a Referer); only its shape is checked here.
 */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
