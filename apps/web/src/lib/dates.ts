/** Every date a person sees is dd/mm/yyyy, in Asia/Ho_Chi_Minh. */
const TZ = 'Asia/Ho_Chi_Minh';

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; empty for none. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

const parts = (iso: string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );

/** An instant → 'dd/mm/yyyy HH:mm' in Vietnam's time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today in Vietnam as 'YYYY-MM-DD'. */
export function todayLocal(now = new Date()): string {
  const p = parts(now.toISOString());
  return `${p.year}-${p.month}-${p.day}`;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
