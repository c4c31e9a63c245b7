import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { excerpt, isBlankHtml, plainText, sanitizeRichText } from '../../lib/rich-text';
import { buildRss, escapeXml, rfc822 } from './bulletins.rss';

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser();
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  parser.write(xml).close();
  return ok;
}

/** The text of the first item's title. */
function itemTitle(xml: string): string {
  const parser = new SaxesParser();
  const stack: string[] = [];
  let text = '';
  parser.on('opentag', (t) => {
    stack.push(t.name);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.at(-1) === 'title' && stack.at(-2) === 'item') text += t;
  });
  parser.write(xml).close();
  return text;
}

/** Any UTF-16 text (lone surrogates included), biased towards what XML treats specially. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '\r',
        '\r\n',
        '\n',
        '\u0000',
        '\u0007',
        '\uFFFE',
        ']]>',
        'đ',
        '\u{1F600}',
      ),
      fc
        .integer({ min: 0, max: 0x10ffff })
        .map((cp) => (cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp))),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('bulletin RSS', () => {
  const channel = (title: string, description = 'mô tả') => ({
    title: 'Tin',
    description: 'Kênh',
    baseUrl: 'https://edushield.example',
    builtAt: new Date('2026-11-22T01:02:03Z'),
    items: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        title,
        description,
        category: 'Cảnh báo lừa đảo',
        publishedAt: '2026-11-20T01:30:00.000Z',
        author: 'Sở GD&ĐT',
      },
    ],
  });

  it('is well-formed and keeps any text exactly, minus characters XML cannot carry', () => {
    fc.assert(
      fc.property(anyText, (title) => {
        const xml = buildRss(channel(title));
        expect(wellFormed(xml)).toBe(true);
        const expected = title
          .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
          .replace(/\r\n?/g, '\n'); // XML parsers normalise line ends
        expect(itemTitle(xml)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('writes RFC 822 dates and absolute links', () => {
    const xml = buildRss(channel('Tiêu đề'));
    expect(xml).toContain('<pubDate>Fri, 20 Nov 2026 01:30:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Sun, 22 Nov 2026 01:02:03 GMT</lastBuildDate>');
    expect(xml).toContain('<link>https://edushield.example/news/00000000-0000-4000-8000-000000000001</link>');
    expect(rfc822('2026-01-05T23:59:59+07:00')).toBe('Mon, 05 Jan 2026 16:59:59 GMT');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('bulletin sanitising', () => {
  it('drops markup from plain fields and keeps the text', () => {
    expect(plainText('  Xin <b>chào</b>\n <script>alert(1)</script> & tạm biệt ')).toBe(
      'Xin chào & tạm biệt',
    );
    expect(plainText('1 < 2 > 0 "a" \'b\'')).toBe('1 < 2 > 0 "a" \'b\'');
    expect(plainText('Hoa\u0300')).toBe('Hoà');
  });

  it('never lets a script, handler, style or javascript: URL through the body', () => {
    const payloads = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt&#58;alert(1)">x</a>',
      '<svg onload=alert(1)>',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      '<a href="//evil.invalid">x</a>',
      '<form action="https://evil.invalid"><button>x</button></form>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(payloads, fc.string({ maxLength: 20 })), { maxLength: 6 }), (parts) => {
        const html = sanitizeRichText(parts.join(''));
        expect(html).not.toMatch(
          /<script|<iframe|<svg|<math|<form|\son\w+=|style=|javascript:|data:|href="\/\//i,
        );
      }),
    );
  });

  it('keeps the allowed formatting and marks links noopener', () => {
    expect(
      sanitizeRichText(
        '<h2>Tiêu đề</h2><p><b>Đậm</b> <a href="https://a.example/x" target="_blank">liên kết</a></p>',
      ),
    ).toBe(
      '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <a href="https://a.example/x" rel="noopener noreferrer">liên kết</a></p>',
    );
    expect(isBlankHtml('<p> </p><p><br /></p>')).toBe(true);
    expect(isBlankHtml('<p><img src="https://a.example/i.png" /></p>')).toBe(false);
    expect(excerpt('<p>Một</p><p>Hai</p>', 100)).toBe('Một Hai');
  });
});
