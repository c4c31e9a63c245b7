import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from './settings';

describe('settings', () => {
  it('has working defaults', () => {
    const s = loadSettings({});
    expect(s.port).toBe(3000);
    expect(s.databaseUrl).toBeNull();
    expect(s.cookieSecure).toBe(false);
    expect(s.sessionIdleMinutes).toBe(30);
  });

  it('turns on secure cookies for an https public address', () => {
    expect(loadSettings({ PUBLIC_URL: 'https://edushield.example.vn/' }).cookieSecure).toBe(true);
  });

  it('stops with every problem named, in Vietnamese and English', () => {
    try {
      loadSettings({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', EDUSHIELD_DEMO: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'EDUSHIELD_DEMO'])
        expect(message).toContain(name);
      expect(message).toContain('cần');
    }
  });
});
