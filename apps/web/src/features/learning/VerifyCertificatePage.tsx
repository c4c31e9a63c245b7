/** Public page under /verify (no sign-in). */
export function VerifyCertificatePage() {
  return null;
}
