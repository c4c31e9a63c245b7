/**
 * Mail scanners (Safe Links, gateways, antivirus, link previewers) open and
 * follow links before a person does. Such hits are kept on the timeline but
 * flagged and left out of the rates (security test 19).
 */
export type ScannerReason = 'head' | 'too_soon' | 'user_agent' | 'address';

/** A hit this soon after the email was handed to SMTP is a machine, not a reader. */
export const SCANNER_WINDOW_SECONDS = 10;

const SCANNER_AGENTS =
  /(barracuda|proofpoint|mimecast|safelinks|safe ?links|microsoft office|ms-office|msoffice|outlook-ios|forcepoint|fortiguard|fortimail|trend ?micro|sophos|symantec|messagelabs|cisco|ironport|zscaler|kaspersky|bitdefender|avast|eset|google-?safety|googleimageproxy|yahoo.*slurp|bingpreview|facebookexternalhit|zalo.*bot|skypeuripreview|slackbot|telegrambot|whatsapp|curl\/|wget\/|python-requests|python-urllib|go-http-client|java\/|okhttp|libwww|httpclient|axios\/|node-fetch|headlesschrome|phantomjs|bot\b|crawler|spider|scanner|preview)/i;

/** Address prefixes of well-known mail-security clouds (Microsoft EOP, Proofpoint, Mimecast, Barracuda, Google). */
const SCANNER_PREFIXES = [
  '40.92.',
  '40.93.',
  '40.94.',
  '40.107.',
  '52.100.',
  '52.101.',
  '52.102.',
  '52.103.',
  '104.47.',
  '148.163.',
  '67.231.',
  '205.139.110.',
  '205.139.111.',
  '207.211.30.',
  '207.211.31.',
  '64.235.144.',
  '64.235.150.',
  '66.249.',
  '66.102.',
];

export interface Hit {
  method: string;
  userAgent: string | undefined;
  ip: string;
  at: Date;
  sentAt: Date | null;
}

export function scannerReason(hit: Hit, windowSeconds = SCANNER_WINDOW_SECONDS): ScannerReason | null {
  if (hit.method === 'HEAD') return 'head';
  const agent = hit.userAgent?.trim() ?? '';
  if (agent === '' || SCANNER_AGENTS.test(agent)) return 'user_agent';
  const ip = hit.ip.replace(/^::ffff:/, '');
  if (SCANNER_PREFIXES.some((p) => ip.startsWith(p))) return 'address';
  if (hit.sentAt && hit.at.getTime() - hit.sentAt.getTime() < windowSeconds * 1000) return 'too_soon';
  return null;
}
