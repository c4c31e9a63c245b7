import type { Dictionary, MessageKey } from './vi';

export type Vars = Record<string, string | number>;

/** The text for a key with {name} placeholders filled in; unknown placeholders stay visible. */
export function translate(dictionary: Dictionary, key: MessageKey, vars?: Vars): string {
  const text = dictionary[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
