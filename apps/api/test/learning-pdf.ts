import { inflateSync } from 'node:zlib';

/**
 * Test-only text extraction from the PDFs pdfkit writes: inflates streams,
 * reads each font's ToUnicode CMap and decodes the hex glyph strings of
 * TJ operators with the font selected by the preceding Tf. Enough to prove
 * that a Vietnamese name is really in the document as text, in an
 * embedded font.
 */
export function pdfFacts(pdf: Buffer): { text: string; embeddedFonts: string[] } {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const start = body.indexOf('\n', s) + 1;
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (body.slice(0, s).includes('/FlateDecode')) {
      try {
        data = inflateSync(data);
      } catch {
        // not inflatable: keep raw
      }
    }
    objects.set(Number(m[1]), { dict: body.slice(0, s), stream: data.toString('latin1') });
  }
  const cmapOf = (objectId: number) => {
    const map = new Map<number, string>();
    const cmap = objects.get(objectId)?.stream ?? '';
    for (const r of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const first = Number.parseInt(r[1]!, 16);
      [...r[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((u, i) => {
        map.set(first + i, String.fromCodePoint(Number.parseInt(u[1]!, 16)));
      });
    }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const r of block[1]!.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4,})>/g)) {
        map.set(Number.parseInt(r[1]!, 16), String.fromCodePoint(Number.parseInt(r[2]!, 16)));
      }
    }
    return map;
  };
  // Font resource name → its CMap.
  const fonts = new Map<string, Map<number, string>>();
  const embeddedFonts: string[] = [];
  for (const { dict } of objects.values()) {
    for (const ref of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(ref[2]));
      const toUnicode = font?.dict.match(/\/ToUnicode (\d+) 0 R/);
      if (toUnicode) fonts.set(ref[1]!, cmapOf(Number(toUnicode[1])));
    }
    const descriptorFont = dict.match(/\/FontName \/([^\s/]+)/);
    if (descriptorFont && /\/FontFile2 \d+ 0 R/.test(dict)) embeddedFonts.push(descriptorFont[1]!);
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream?.includes('TJ')) continue;
    let current: Map<number, string> | undefined;
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (op[1]) {
        current = fonts.get(op[1]);
        continue;
      }
      let line = '';
      for (const hex of op[2]!.matchAll(/<([0-9a-fA-F]+)>/g)) {
        for (let i = 0; i < hex[1]!.length; i += 4) {
          line += current?.get(Number.parseInt(hex[1]!.slice(i, i + 4), 16)) ?? '\uFFFD';
        }
      }
      lines.push(line);
    }
  }
  return { text: lines.join('\n').normalize('NFC'), embeddedFonts };
}
