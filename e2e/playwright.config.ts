import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The built app (npm run build) served on loopback with a fresh PGlite data
// directory; Debian's Chromium, never a downloaded browser.
// A port derived from the pid, so two runs on one machine (a developer's and CI's) do not collide.
const port = Number(process.env.E2E_PORT ?? 31_000 + (process.pid % 2000));
process.env.E2E_PORT = String(port);
// A loopback SMTP server the drill spec starts (tests/drills.spec.ts); the app only connects when it sends.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 2000);
process.env.E2E_SMTP_PORT = String(smtpPort);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'edushield-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export const ADMIN_PASSWORD = 'Quản trị viên e2e 2026!';

export default defineConfig({
  testDir: './tests',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: `../test-results/run-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: 'node ../apps/api/dist/server.js',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EDUSHIELD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    },
  },
});
