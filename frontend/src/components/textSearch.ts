// Diacritics-insensitive matching for Vietnamese: "dich vu cong" finds "dịch vụ công",
// "d" finds "đ" and "Đ" finds "D". Used by every client-side filter.

/** Lower-cases and strips Vietnamese diacritics (including đ/Đ, which NFD does not decompose). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesText(text: string | null | undefined, query: string | null | undefined): boolean {
  const q = foldDiacritics(query ?? '');
  if (!q) return true;
  const haystack = foldDiacritics(text ?? '');
  return q.split(' ').every((word) => haystack.includes(word));
}
