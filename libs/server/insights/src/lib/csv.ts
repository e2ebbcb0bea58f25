/**
 * RFC 4180 CSV: CRLF between records, a field is quoted when it holds a comma, a double quote,
 * CR or LF (inner quotes doubled). Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR: OWASP's list) get a leading apostrophe: an export must never execute member-written
 * text. Numbers stay numbers; only text is neutralised.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(fields: ReadonlyArray<string | number | null | undefined>): string {
  return fields.map(csvField).join(',');
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [csvRecord(header), ...rows.map(csvRecord)].join('\r\n') + '\r\n';
}
