/**
 * Dates as Vietnamese users write them: dd/mm/yyyy, 24-hour times, in
 * Vietnam's time zone (the audit log is a legal record; its times must not
 * depend on the viewer's computer clock settings).
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** "2025-07-01" or a timestamp → "01/07/2025"; empty input → "". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const iso = ISO_DATE.exec(value);
  if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = zonedParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A timestamp → "22/11/2025 14:05" (or with seconds). */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = zonedParts(date);
  const time = withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${p.day}/${p.month}/${p.year} ${time}`;
}

/**
 * What a user typed as a date → ISO "YYYY-MM-DD", or null when it is not a
 * real date. Accepts d/m/yyyy with "/", "-" or "." and also ISO input.
 */
export function parseDate(input: string): string | null {
  const text = input.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDay(year, month, day) ? text : null;
  }
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!vn) return null;
  const [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  if (!isValidDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today in Vietnam as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const p = zonedParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
