import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './navigation';

describe('visibleNavItems', () => {
  const paths = (permissions: string[]) => visibleNavItems(permissions).map((item) => item.to);

  it('shows only home to a user without permissions', () => {
    expect(paths([])).toEqual(['/']);
  });

  it('follows the permissions the user holds', () => {
    expect(paths(['org.read'])).toEqual(['/', '/units']);
    expect(paths(['org.read', 'user.read', 'audit.read'])).toEqual(['/', '/units', '/users', '/audit']);
    expect(paths(['audit.read'])).toEqual(['/', '/audit']);
    expect(paths(['org.read', 'sector.read', 'sector.import'])).toEqual(['/', '/units', '/sector']);
    expect(paths(['awareness.learn'])).toEqual(['/', '/learning', '/p/report', '/bulletins']);
    expect(paths(['reporting.read', 'quality.read', 'drill.manage'])).toEqual([
      '/',
      '/reporting',
      '/quality',
      '/dashboard',
      '/drills',
    ]);
  });
});
