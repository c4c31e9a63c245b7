/** The notifications section (routes under /notifications). */
export function NotifySection() {
  return null;
}
