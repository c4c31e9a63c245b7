/**
 * RSS 2.0 for the public news feed: pure, so it is tested without a server.
 * Every text is escaped; characters XML 1.0 forbids are dropped; dates are
 * RFC 822 (RFC 1123 form, GMT); links are absolute.
 */

export interface RssItem {
  id: string;
  title: string;
  /** Plain text. */
  description: string;
  category: string;
  publishedAt: string;
  author: string;
}

export interface RssChannel {
  title: string;
  description: string;
  /** The public base URL, without a trailing slash. */
  baseUrl: string;
  items: RssItem[];
  builtAt: Date;
}

// XML 1.0 allows tab, newline, carriage return and U+0020 upwards, minus surrogates and U+FFFE/U+FFFF.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 822 date-time, e.g. "Sun, 22 Nov 2026 20:29:00 GMT". */
export const rfc822 = (value: string | Date) => new Date(value).toUTCString();

export const newsLink = (baseUrl: string, id?: string) => `${baseUrl}/news${id ? `/${id}` : ''}`;

export function buildRss(channel: RssChannel): string {
  const e = escapeXml;
  const items = channel.items.map((item) => {
    const link = newsLink(channel.baseUrl, item.id);
    return [
      '    <item>',
      `      <title>${e(item.title)}</title>`,
      `      <link>${e(link)}</link>`,
      `      <guid isPermaLink="true">${e(link)}</guid>`,
      `      <pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      `      <category>${e(item.category)}</category>`,
      `      <dc:creator>${e(item.author)}</dc:creator>`,
      `      <description>${e(item.description)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${e(channel.title)}</title>`,
    `    <link>${e(newsLink(channel.baseUrl))}</link>`,
    `    <description>${e(channel.description)}</description>`,
    '    <language>vi</language>',
    `    <lastBuildDate>${rfc822(channel.builtAt)}</lastBuildDate>`,
    '    <ttl>15</ttl>',
    `    <atom:link href="${e(`${channel.baseUrl}/api/public/bulletins.rss`)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
