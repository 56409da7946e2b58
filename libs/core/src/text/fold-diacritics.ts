/**
 * Folds Vietnamese text for search: "Giải ngân ĐẦU TƯ" → "giai ngan dau tu". NFD splits a letter
 * from its tone and vowel marks so both can be dropped; đ is its own letter and needs its own rule.
 * The same function builds the stored search column and the query, so they always agree.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
