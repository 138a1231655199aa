// Page furniture: text that a web page wraps around an article (share buttons, teasers for other
// stories, visit counters, comment forms, wire credits). It must never verify a quote.
const FURNITURE_LINES: RegExp[] = [
  /^(back to top|share|share this( article| story)?|read more|local news|related( articles| stories)?|advertisement|print|email|tweet|comments?)$/i,
  /^(read more|also read|related|see also|watch|recommended|more from)\s*[:|–—-]/i,
  /^\(?visited \d[\d,]* times?/i,
  /^leave a (reply|comment)$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(the-)?cnn-wire/i,
  /^(copyright|©)/i,
  /©\s*\d{4}.*all rights reserved\.?$/i,
  /^(sign up|subscribe)\b.*newsletter/i,
  /^click here\b/i,
];

/**
 * True when a paragraph is page furniture rather than article text. `raw` is the paragraph as it
 * stands in the file: a headline pasted in from another story is recognised by the non-breaking
 * space that page scrapers leave at its start.
 */
export function isFurniture(raw: string): boolean {
  if (/^[\u00a0\u2007\u202f]/.test(raw) && raw.trim().length < 200) {
    return true;
  }
  const line = raw.trim();
  return line.length > 0 && line.length < 300 && FURNITURE_LINES.some((re) => re.test(line));
}
