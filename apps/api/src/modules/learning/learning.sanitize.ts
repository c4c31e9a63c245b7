import sanitizeHtml from 'sanitize-html';

/**
 * The one gate every rich-text field of the learning feature passes before
 * it is stored (lesson bodies, question prompts, explanations, course
 * descriptions): an allow-list of tags, links only to http(s)/mailto with
 * rel=noopener, images only from https or as small inline PNG/JPEG. No
 * style, no event handlers, no javascript: — the web renders this HTML and
 * nothing else (security test 14).
 */

/** An inline image may be at most this many characters of data URL (~375 KB of image). */
export const MAX_DATA_IMAGE_CHARS = 500_000;

const DATA_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/;

function imageSourceAllowed(src: string | undefined): boolean {
  if (!src) return false;
  if (/^https:\/\//i.test(src)) return src.length <= 2000;
  return src.length <= MAX_DATA_IMAGE_CHARS && DATA_IMAGE.test(src);
}

const OPTIONS: sanitizeHtml.IOptions = {
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
  // <b>/<i> from editors become the semantic tags; every link opens without a window.opener.
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

/** Sanitised HTML (NFC), trimmed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS).trim();
}

/** Plain text (all tags dropped, entities kept escaped) for titles and exercise fields. */
export function plainText(value: string): string {
  return sanitizeHtml(value.normalize('NFC'), { allowedTags: [], allowedAttributes: {} }).trim();
}

/** True when sanitised HTML has no visible content. */
export const isBlankHtml = (html: string) =>
  plainText(html.replace(/<img\b/gi, 'x<img'))
    .replace(/&nbsp;/g, '')
    .trim() === '';
