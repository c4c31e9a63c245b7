import './learning.css';

/**
 * Shows rich text exactly as the server stored it: every lesson body,
 * question and explanation passed the server's allow-list sanitiser
 * (modules/learning/learning.sanitize.ts) before it was saved, and the
 * Content-Security-Policy forbids inline scripts besides. Never give this
 * anything that did not come from those API fields.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={`rich-text${className ? ` ${className}` : ''}`}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML (allow-list), see above
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
