/**
 * Folds Vietnamese for matching, exactly as the API's foldDiacritics does, so a list filtered in the
 * browser agrees with one filtered by the server: "Tích tụ RUỘNG ĐẤT" → "tich tu ruong dat".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query appears in the text, diacritics and case ignored. */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query);
  if (!q) return true;
  const hay = fold(texts.filter(Boolean).join(' '));
  return q.split(' ').every((w) => hay.includes(w));
}
