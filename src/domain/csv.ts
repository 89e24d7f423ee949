import Papa from 'papaparse';

/** A byte order mark, so spreadsheet programs read the file as UTF-8 (names in Arabic, accents). */
const BOM = '\uFEFF';

/**
 * CSV that opens cleanly in spreadsheet programs: every cell quoted when needed, CRLF lines, UTF-8 with BOM,
 * and cells starting with = + - @ (or a tab or carriage return) prefixed with ' so they are never run as formulas.
 */
export type CsvCell = string | number | boolean;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n', quotes: false });
}
