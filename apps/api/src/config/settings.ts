import path from 'node:path';
import { defaultWebDistDir } from '../lib/paths';

/**
 * Every setting the server reads, documented once (README "Configuration"),
 * validated at boot. A bad value stops the process with a message that names
 * the variable and what it expects.
 */
export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  keysDir: string;
  publicUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  adminPassword: string | null;
  demo: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginLockMinutes: number;
  jobPollMs: number;
  webDistDir: string;
  metricsToken: string | null;
  /** Outgoing mail (reminders, drills): smtp://user:pass@host:port or smtps://…; null = in-app only. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Throttle for bulk sends (drills): messages per second handed to the SMTP server. */
  smtpRatePerSecond: number;
  /** Zalo Official Account sender (feature flag; off by default). */
  zaloOaEnabled: boolean;
  zaloOaApiUrl: string;
  zaloOaAccessToken: string | null;
}

export class SettingsError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid settings:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadSettings(env: Env = process.env, overrides: Partial<Settings> = {}): Settings {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `${name}="${raw}": cần số nguyên từ ${min} đến ${max} (expected an integer ${min}–${max})`,
      );
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}="${env[name]}": cần 1/0 hoặc true/false (expected a boolean)`);
    return fallback;
  };

  const port = int('PORT', 3000, 0, 65535);
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL: cần dạng postgres://user:pass@host:5432/db (expected a postgres:// URL)');
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    problems.push(`PUBLIC_URL="${env.PUBLIC_URL}": cần một URL đầy đủ, ví dụ https://edushield.sogd.gov.vn`);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Settings['logLevel'];
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL="${env.LOG_LEVEL}": cần một trong fatal|error|warn|info|debug|trace|silent`);
  }
  const adminPassword = env.EDUSHIELD_ADMIN_PASSWORD || null;
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    problems.push('SMTP_URL: cần dạng smtp://user:pass@host:587 hoặc smtps://… (expected an smtp:// URL)');
  }
  const zaloOaEnabled = bool('ZALO_OA_ENABLED', false);
  const zaloOaAccessToken = env.ZALO_OA_ACCESS_TOKEN || null;
  if (zaloOaEnabled && !zaloOaAccessToken) {
    problems.push(
      'ZALO_OA_ACCESS_TOKEN: bắt buộc khi ZALO_OA_ENABLED=1 (required when the Zalo sender is on)',
    );
  }

  const settings: Settings = {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    keysDir: path.resolve(env.EDUSHIELD_KEYS_DIR || path.join(dataDir, 'keys')),
    publicUrl,
    cookieSecure: bool('COOKIE_SECURE', publicUrl.startsWith('https://')),
    trustProxy: bool('TRUST_PROXY', false),
    logLevel,
    adminPassword,
    demo: bool('EDUSHIELD_DEMO', false),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1_048_576, 1024, 64 * 1_048_576),
    uploadLimitBytes: int('UPLOAD_LIMIT_BYTES', 20 * 1_048_576, 1024, 512 * 1_048_576),
    loginMaxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100_000),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    jobPollMs: int('JOB_POLL_MS', 1000, 50, 60_000),
    metricsToken: env.METRICS_TOKEN || null,
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'EduShield <no-reply@edushield.invalid>',
    smtpRatePerSecond: int('SMTP_RATE_PER_SECOND', 20, 1, 10_000),
    zaloOaEnabled,
    zaloOaApiUrl: (env.ZALO_OA_API_URL || 'https://openapi.zalo.me/v3.0/oa/message/cs').replace(/\/+$/, ''),
    zaloOaAccessToken,
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : defaultWebDistDir,
    ...overrides,
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}
