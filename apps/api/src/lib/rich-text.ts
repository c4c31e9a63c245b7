import sanitizeHtml from 'sanitize-html';

/**
 * The one gate every rich-text field passes before it is stored (security
 * test 14): lesson bodies, questions, explanations, course descriptions,
 * bulletin bodies. An allow-list of tags; no style, no event handlers, no
 * javascript:; links only to http(s)/mailto (with rel=noopener), images only
 * from https or as small inline PNG/JPEG. Titles and other short fields are
 * plain text: markup is dropped, and whatever remains is rendered as text
 * everywhere (React, the RSS feed's escaping, xlsx cells).
 */
/** An inline image may be at most this many characters of data URL (~375 KB of image). */
export const MAX_DATA_IMAGE_CHARS = 500_000;
const DATA_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/;

function imageSourceAllowed(src: string | undefined): boolean {
  if (!src) return false;
  if (/^https:\/\//i.test(src)) return src.length <= 2000;
  return src.length <= MAX_DATA_IMAGE_CHARS && DATA_IMAGE.test(src);
}

const RICH: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'a',
    'img',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'noopener noreferrer' },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !imageSourceAllowed(frame.attribs.src),
};

/** Sanitised rich text (NFC), trimmed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), RICH).trim();
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Plain text: markup dropped (script and style with their content), control characters removed, spaces collapsed. */
export function plainText(value: string): string {
  const stripped = sanitizeHtml(value.normalize('NFC'), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
  });
  return stripped
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when sanitised HTML shows nothing. */
export const isBlankHtml = (html: string) =>
  plainText(html.replace(/<img\b/gi, 'x<img'))
    .replace(/\u00a0|&nbsp;/g, '')
    .trim() === '';

/** A short plain-text excerpt of sanitised HTML (RSS descriptions, notices). */
export function excerpt(html: string, max = 300): string {
  const text = plainText(html.replace(/<\/(p|li|h2|h3|blockquote|tr)>/gi, ' '));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
