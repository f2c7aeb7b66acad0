import dayjs from 'dayjs';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { en } from './en';
import { vi, type Messages } from './vi';

export type Lang = 'vi' | 'en';
export type { Messages };
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const dictionaries: Record<Lang, Messages> = { vi, en };

const STORAGE_KEY = 'cchc.lang';
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage may be unavailable (privacy mode); fall back to Vietnamese
  }
  return 'vi';
}

let current: Lang = readStoredLang();
applyLang(current);

function applyLang(lang: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  dayjs.locale(lang);
}

/** The UI language; also sent as Accept-Language so the server localises problem titles. */
export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore
  }
  applyLang(lang);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills {name} placeholders. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? String(vars[key]) : m));
}

export function formatNumber(n: number, lang: Lang = current): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

export interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return <Ctx.Provider value={{ lang, t: dictionaries[lang], setLang }}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
