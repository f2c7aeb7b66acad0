import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchesText } from './textSearch';

describe('diacritics-insensitive matching', () => {
  it('"dich vu cong" matches "dịch vụ công"', () => {
    expect(matchesText('Cổng dịch vụ công quốc gia', 'dich vu cong')).toBe(true);
  });

  it('"d" matches "đ" and "Đ" matches "D"', () => {
    expect(matchesText('Đơn vị', 'd')).toBe(true);
    expect(matchesText('đoàn thể', 'doan')).toBe(true);
    expect(matchesText('Dân chủ', 'Đ')).toBe(true);
    expect(matchesText('Sở Nội vụ', 'Đ')).toBe(false);
  });

  it('ignores case and matches every word in any order', () => {
    expect(matchesText('Tuyên truyền cải cách hành chính tỉnh Hưng Yên', 'HUNG YEN cai cach')).toBe(true);
    expect(matchesText('Tuyên truyền cải cách hành chính tỉnh Hưng Yên', 'phu tho')).toBe(false);
  });

  it('accepts precomposed and decomposed input alike', () => {
    const decomposed = 'Nam Dẩn'.normalize('NFD');
    expect(matchesText('UBND xã Năm Dẩn', decomposed)).toBe(true);
    expect(foldDiacritics('Năm Dẩn')).toBe('nam dan');
  });

  it('an empty query matches everything', () => {
    expect(matchesText('bất kỳ', '  ')).toBe(true);
  });
});
