// CSV as RFC 4180 writes it (comma separated, CRLF line ends, fields with a comma, quote, CR or LF
// quoted, quotes doubled), made safe to open in a spreadsheet: a text cell starting with = + - @
// tab or CR is prefixed with ' so it is not run as a formula (OWASP, "CSV Injection"). Customer
// posts are attacker-controlled text, so every exported cell goes through here.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Numbers are data; only text can smuggle a formula (a negative number stays a number).
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Objects to CSV, columns in the order of the first object's keys (or `columns`). */
export function objectsToCsv<T extends object>(items: readonly T[], columns?: readonly (keyof T & string)[]): string {
  const header = columns ?? (items[0] ? (Object.keys(items[0]) as Array<keyof T & string>) : []);
  return toCsv(header, items.map((item) => header.map((key) => {
    const v = item[key];
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as CsvValue);
  })));
}
