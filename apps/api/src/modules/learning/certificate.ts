import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { repoRoot } from '../../lib/paths';

/**
 * The completion certificate as a PDF with the DejaVu Sans TrueType font
 * embedded (subset), so Vietnamese diacritics render in any viewer, and a
 * verification code with a QR code pointing at the public /verify page.
 */

function fontPath(file: string): string {
  try {
    return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
  } catch {
    const fallback = path.join(repoRoot, 'node_modules/dejavu-fonts-ttf/ttf', file);
    if (existsSync(fallback)) return fallback;
    throw new Error(`font ${file} not found`);
  }
}

/** Font files are read once per process (about 1 MB together). */
const fonts = new Map<string, Buffer>();
const font = (file: string) => {
  let data = fonts.get(file);
  if (!data) {
    data = readFileSync(fontPath(file));
    fonts.set(file, data);
  }
  return data;
};

export interface CertificateData {
  fullName: string;
  courseTitle: string;
  /** YYYY-MM-DD (Vietnam). */
  completedOn: string;
  score: number;
  code: string;
  verifyUrl: string;
  issuer: string;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export async function renderCertificate(
  data: CertificateData,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const qr = await QRCode.toBuffer(data.verifyUrl, { margin: 1, width: 220, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 48,
    compress: options.compress ?? true,
    info: {
      Title: `Chứng nhận hoàn thành: ${data.courseTitle}`,
      Author: data.issuer,
      Subject: `Mã xác minh ${data.code}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', font('DejaVuSans.ttf'));
  doc.registerFont('bold', font('DejaVuSans-Bold.ttf'));
  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#1d4ed8')
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(1)
    .rect(32, 32, width - 64, height - 64)
    .stroke();
  const inner = { x: 64, width: width - 128 };
  doc.font('body').fontSize(13).fillColor('#1f2937').text(data.issuer.toUpperCase(), inner.x, 64, {
    width: inner.width,
    align: 'center',
  });
  doc.moveDown(1.2);
  doc
    .font('bold')
    .fontSize(30)
    .fillColor('#1d4ed8')
    .text('GIẤY CHỨNG NHẬN', { width: inner.width, align: 'center' });
  doc.font('body').fontSize(12).fillColor('#4b5563').text('Hoàn thành khoá học an toàn thông tin', {
    width: inner.width,
    align: 'center',
  });
  doc.moveDown(1.5);
  doc.fontSize(14).fillColor('#1f2937').text('Chứng nhận', { width: inner.width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(26).text(data.fullName, { width: inner.width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('body').fontSize(14).text('đã hoàn thành khoá học', { width: inner.width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(18).text(data.courseTitle, { width: inner.width, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('body')
    .fontSize(13)
    .text(`Ngày hoàn thành: ${vnDate(data.completedOn)}    Điểm bài kiểm tra: ${data.score}/100`, {
      width: inner.width,
      align: 'center',
    });
  const qrSize = 96;
  const bottom = height - 64 - qrSize;
  doc.image(qr, inner.x, bottom, { width: qrSize, height: qrSize });
  doc
    .font('body')
    .fontSize(11)
    .fillColor('#374151')
    .text(`Mã xác minh: ${data.code}`, inner.x + qrSize + 16, bottom + 24, {
      width: inner.width - qrSize - 16,
    })
    .text(`Kiểm tra tại: ${data.verifyUrl}`, { width: inner.width - qrSize - 16 });
  doc.end();
  return done;
}
