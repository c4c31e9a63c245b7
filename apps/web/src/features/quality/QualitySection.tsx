/** The quality section (routes under /quality). */
export function QualitySection() {
  return null;
}
