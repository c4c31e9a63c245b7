/** The bulletins section (routes under /bulletins). */
export function BulletinsSection() {
  return null;
}
