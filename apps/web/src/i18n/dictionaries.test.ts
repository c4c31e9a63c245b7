import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './translate';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty texts', () => {
    for (const dictionary of [vi, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('write Vietnamese with diacritics, in NFC', () => {
    expect(vi['nav.audit']).toBe('Nhật ký kiểm toán');
    expect(vi['nav.signOut']).toBe('Đăng xuất');
    for (const [key, text] of Object.entries(vi)) {
      expect(text, key).toBe(text.normalize('NFC'));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(vi, 'home.welcome', { name: 'Nguyễn Văn A' })).toBe('Xin chào, Nguyễn Văn A');
    expect(translate(vi, 'home.welcome')).toBe('Xin chào, {name}');
  });
});
