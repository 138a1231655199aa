const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string | undefined, string | undefined] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3], monthNumber(m[1]), m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3], monthNumber(m[2]), m[1]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[2], monthNumber(m[1]), undefined] },
  { re: /^\s*(\d{4})\s*$/, parts: (m) => [m[1], undefined, undefined] },
  { re: /^\s*(\d{4})-(\d{2})\s*$/, parts: (m) => [m[1], m[2], undefined] },
];

function monthNumber(name: string): string {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
  return String(i + 1).padStart(2, '0');
}

/**
 * Finds the first date in `text` ("Friday, April 18, 2025", "7 April 2025", "2025-04-07", "2025")
 * and returns it as ISO 8601 (`2025-04-18`, `2025-04` or `2025`), or null.
 */
export function parseDate(text: string): string | null {
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m) {
      continue;
    }
    const [year, month, day] = parts(m);
    const y = Number(year);
    if (y < 1000 || y > 2999) {
      continue;
    }
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
      continue;
    }
    if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) {
      continue;
    }
    return [year, month, day?.padStart(2, '0')].filter((p) => p !== undefined).join('-');
  }
  return null;
}

/** Formats an ISO date (full or partial) as "7 April 2025", "April 2025" or "2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) {
    return y;
  }
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** The year of an ISO date, if any. */
export function yearOf(iso: string | null): string | null {
  return iso && /^\d{4}/.test(iso) ? iso.slice(0, 4) : null;
}
