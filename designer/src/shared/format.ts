/** "Fri 20 Mar 2026 17:45" in the calendar's zone: how the designer and the Desk write an instant. */
export function formatInstant(instant: Date | string | null | undefined, timeZone = 'Asia/Almaty'): string {
  if (!instant) return '—';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')} ${get('hour')}:${get('minute')}`;
}

/** "3 d 4 h left" / "overdue by 2 h": the time between now and a due instant. */
export function timeLeft(due: Date | string | null | undefined, now: Date = new Date()): string {
  if (!due) return '—';
  const ms = new Date(due).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const text = days ? `${days} d ${hours} h` : hours ? `${hours} h ${minutes} min` : `${minutes} min`;
  return ms >= 0 ? `${text} left` : `overdue by ${text}`;
}
