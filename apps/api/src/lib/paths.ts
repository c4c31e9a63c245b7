import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up from this file, so the same code
 * works from src/ (tsx, tests) and from the bundled dist/.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'edushield') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('Không tìm thấy thư mục gốc của EduShield (package.json "edushield")');
    dir = parent;
  }
}

export const repoRoot = findRoot(import.meta.dirname);
export const migrationsDir = path.join(repoRoot, 'apps/api/migrations');
export const defaultWebDistDir = path.join(repoRoot, 'apps/web/dist');
