import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from './config/settings';

/** DATA_DIR/server.pid: lets the CLI know a server holds the PGlite data directory. */
export const serverLockFile = (settings: Pick<Settings, 'dataDir'>) =>
  path.join(settings.dataDir, 'server.pid');

export function writeServerLock(settings: Pick<Settings, 'dataDir'>) {
  writeFileSync(serverLockFile(settings), String(process.pid));
}

export function removeServerLock(settings: Pick<Settings, 'dataDir'>) {
  rmSync(serverLockFile(settings), { force: true });
}
