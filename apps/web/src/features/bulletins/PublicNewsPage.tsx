/** Public page under /news (no sign-in). */
export function PublicNewsPage() {
  return null;
}
