import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v as object, key));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  const viFlat = flatten(vi);
  const enFlat = flatten(en);

  it('vi and en have exactly the same keys', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(viFlat).sort());
    expect(Object.keys(viFlat).length).toBeGreaterThan(100);
  });

  it('no message is empty', () => {
    for (const [k, v] of [...Object.entries(viFlat), ...Object.entries(enFlat)]) {
      expect(v.trim(), k).not.toBe('');
    }
  });

  it('each message uses the same placeholders in both languages', () => {
    for (const k of Object.keys(viFlat)) {
      expect(placeholders(enFlat[k]), k).toEqual(placeholders(viFlat[k]));
    }
  });

  it('Vietnamese is really Vietnamese', () => {
    expect(vi.app.productName).toBe('Quản lý kế hoạch CCHC');
    expect(en.app.productName).toBe('CCHC plans');
    expect(vi.planStatus.ISSUED).toBe('Đã ban hành');
  });
});
