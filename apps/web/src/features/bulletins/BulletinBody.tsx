import './bulletins.css';

/**
 * Shows a bulletin body exactly as the server stored it: it passed the
 * server's allow-list sanitiser (modules/bulletins/bulletins.sanitize.ts)
 * before it was saved, and the Content-Security-Policy forbids inline
 * scripts besides. Never give this anything but the API's `bodyHtml`.
 */
export function BulletinBody({ html }: { html: string }) {
  return (
    <div
      className="bulletin-body"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML (allow-list), see above
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
