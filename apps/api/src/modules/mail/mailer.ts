import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import type { Settings } from '../../config/settings';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. X-EduShield-Drill for the mail scanner allow-list. */
  headers?: Record<string, string>;
}

/**
 * The one way EduShield sends email (reminders, escalations, drills). Built
 * on nodemailer with a pooled SMTP connection; `enabled` is false when no
 * SMTP_URL is configured, in which case callers keep to in-app notices.
 */
export interface Mailer {
  readonly enabled: boolean;
  readonly from: string;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set: email is off');
  }
}

export function createMailer(settings: Pick<Settings, 'smtpUrl' | 'mailFrom' | 'smtpRatePerSecond'>): Mailer {
  if (!settings.smtpUrl) {
    return {
      enabled: false,
      from: settings.mailFrom,
      send: async () => {
        throw new MailNotConfiguredError();
      },
      close: () => {},
    };
  }
  const transport: Transporter = nodemailer.createTransport({
    url: settings.smtpUrl,
    pool: true,
    maxConnections: 2,
    // Never wait forever on a stalled server: the job retries instead.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as TransportOptions);
  return {
    enabled: true,
    from: settings.mailFrom,
    async send(mail) {
      const info = await transport.sendMail({ from: settings.mailFrom, ...mail });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}
