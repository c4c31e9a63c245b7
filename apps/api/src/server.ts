import { buildApp } from './app';
import { bootstrapEmptyDatabase } from './bootstrap';
import { loadSettings, SettingsError } from './config/settings';
import { openDatabase } from './db/client';
import { seedDemoProvince } from './demo/demo.seed';
import { registerBuiltInJobs } from './jobs';
import { loadOrCreateKeys } from './lib/keys';
import { startJobRunner } from './modules/jobs/jobs.runner';
import { createMailer } from './modules/mail/mailer';
import { removeServerLock, writeServerLock } from './server.lock';

async function main() {
  let settings: ReturnType<typeof loadSettings>;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const keys = loadOrCreateKeys(settings.keysDir);
  const database = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  await database.migrate();
  if (!settings.databaseUrl) writeServerLock(settings);
  const boot = await bootstrapEmptyDatabase(database.db, settings);
  if (boot.generatedPassword) {
    // Printed once, to the console only (not the JSON log): the operator must change it at first sign-in.
    process.stdout.write(
      `\n  Tài khoản quản trị ban đầu / initial administrator: admin\n  Mật khẩu một lần / one-time password: ${boot.generatedPassword}\n\n`,
    );
  }
  if (settings.demo && boot.createdAdmin) {
    const demo = await seedDemoProvince(database.db, { keys });
    process.stdout.write(
      `  Tỉnh demo đã tạo (${demo.pupils} học sinh) / demo province seeded (${demo.pupils} pupils).\n` +
        `  Tài khoản / accounts: ${demo.accounts.join(', ')}\n` +
        `  Mật khẩu chung / shared password: ${settings.adminPassword ? '(EDUSHIELD_ADMIN_PASSWORD)' : demo.password}\n\n`,
    );
  }

  const app = await buildApp({ settings, database, keys });
  const mailer = createMailer(settings);
  const runner = startJobRunner(
    database.db,
    registerBuiltInJobs({
      db: database.db,
      keys,
      settings,
      mailer,
      sessionPolicy: {
        idleMinutes: settings.sessionIdleMinutes,
        absoluteHours: settings.sessionAbsoluteHours,
      },
    }),
    {
      pollMs: settings.jobPollMs,
      logger: app.log,
    },
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await runner.stop();
      mailer.close();
      await database.close();
      if (!settings.databaseUrl) removeServerLock(settings);
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: settings.port, host: settings.host });
  app.log.info({ db: database.kind, port: settings.port }, 'EduShield ready');
}

main().catch((error) => {
  console.error(
    'Không khởi động được EduShield / failed to start:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
