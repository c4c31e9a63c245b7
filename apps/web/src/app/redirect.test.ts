import { describe, expect, it } from 'vitest';
import type { Session, SessionUser } from '../api/types';
import { loginPath, pathAfterSignIn, sanitizeNext, withNext } from './redirect';

describe('sanitizeNext', () => {
  it.each([
    ['/units', '/units'],
    ['/users?page=2&q=nguy%E1%BB%85n', '/users?page=2&q=nguy%E1%BB%85n'],
    ['/units?unit=abc#history', '/units?unit=abc#history'],
    ['/', '/'],
  ])('follows the local path %s', (input, expected) => {
    expect(sanitizeNext(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'units',
    'https://evil.example/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    '/login',
    '/login?next=/units',
    '/mfa',
    '/reset-password',
  ])('refuses %j', (input) => {
    expect(sanitizeNext(input)).toBeNull();
  });
});

describe('withNext and loginPath', () => {
  it('carries a safe path along, encoded', () => {
    expect(loginPath('/users?page=2')).toBe('/login?next=%2Fusers%3Fpage%3D2');
    expect(withNext('/mfa', '/audit')).toBe('/mfa?next=%2Faudit');
  });

  it('drops unsafe or pointless targets', () => {
    expect(loginPath('//evil.example')).toBe('/login');
    expect(loginPath('/')).toBe('/login');
    expect(loginPath(null)).toBe('/login');
  });
});

describe('pathAfterSignIn', () => {
  const user = { id: 'u1', username: 'admin' } as SessionUser;
  const session = (pending: Session['pending']): Session =>
    ({ user, pending, csrfToken: 'token' }) as Session;

  it('sends an unfinished sign-in to the step that is pending, keeping next', () => {
    expect(pathAfterSignIn(session('MFA_REQUIRED'), '/units')).toBe('/mfa?next=%2Funits');
    expect(pathAfterSignIn(session('PASSWORD_CHANGE_REQUIRED'), null)).toBe('/change-password');
    expect(pathAfterSignIn(session('MFA_ENROLMENT_REQUIRED'), '/audit')).toBe('/mfa/setup?next=%2Faudit');
  });

  it('goes to next, or home, once signed in', () => {
    expect(pathAfterSignIn(session(null), '/units')).toBe('/units');
    expect(pathAfterSignIn(session(null), 'https://evil.example')).toBe('/');
    expect(pathAfterSignIn(session(null), null)).toBe('/');
  });

  it('goes back to sign in without a user', () => {
    expect(pathAfterSignIn({ user: null, pending: null, csrfToken: null }, '/units')).toBe(
      '/login?next=%2Funits',
    );
  });
});
