/** Public page under /p (no sign-in). */
export function DrillLandingPage() {
  return null;
}
