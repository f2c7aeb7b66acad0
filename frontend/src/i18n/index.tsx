import dayjs from 'dayjs';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { vi, type Messages } from './vi';

export type Lang = 'vi' | 'en';
export type { Messages };
export const LANGS: readonly Lang[] = ['vi', 'en'];

// Vietnamese comes with the app; English is a chunk of its own, fetched the first time it is chosen
// (or at start when it was the stored choice: see initLang).
const loaders: Record<Lang, () => Promise<Messages>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((m) => m.en),
};
const loaded: Partial<Record<Lang, Messages>> = { vi };

/** A language's dictionary, fetched once. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return (loaded[lang] ??= await loaders[lang]());
}

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

// Vietnamese until initLang (main.tsx, before the first render) has the stored choice's dictionary.
let current: Lang = 'vi';
let requested: Lang = current;
applyLang(current);

function applyLang(lang: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  dayjs.locale(lang);
}

/** The UI language; also sent as Accept-Language so the server localises problem titles. */
export function getLang(): Lang {
  return current;
}

/** The current language's dictionary (always loaded: the language changes only once it is). */
export function getMessages(): Messages {
  return loaded[current]!;
}

/**
 * Switches the UI language and remembers the choice: at once when its dictionary is loaded, else once it
 * has arrived (the last choice wins when several are on their way). Rejects when it cannot be fetched;
 * the language then stays as it was.
 */
export function setLang(lang: Lang): Promise<void> {
  requested = lang;
  const switchTo = () => {
    if (requested !== lang || lang === current) return;
    current = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // ignore
    }
    applyLang(lang);
    listeners.forEach((l) => l());
  };
  if (loaded[lang]) {
    switchTo();
    return Promise.resolve();
  }
  return loadMessages(lang).then(switchTo);
}

/** The stored choice of language (or Vietnamese), its dictionary loaded: once, before the first render. */
export async function initLang(): Promise<Messages> {
  try {
    await setLang(readStoredLang());
  } catch (error) {
    console.error('The dictionary could not be loaded; staying in Vietnamese', error);
  }
  return getMessages();
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
  setLang: (lang: Lang) => Promise<void>;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return <Ctx.Provider value={{ lang, t: loaded[lang]!, setLang }}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
