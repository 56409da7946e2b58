/** The bearer token lives in localStorage so a phone keeps its session across tabs and reloads. */
const KEY = 'dondoc.token';

export const getToken = (): string | null => localStorage.getItem(KEY);
export const setToken = (token: string) => localStorage.setItem(KEY, token);
export const clearToken = () => localStorage.removeItem(KEY);
