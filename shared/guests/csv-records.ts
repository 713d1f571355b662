/** One CSV record with the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvSplitResult {
  records: CsvRecord[];
  /** A quote left open swallows the rest of the file; reported with the line it opened on. */
  unterminatedQuoteLine: number | null;
}

/**
 * Splits CSV text into records (RFC 4180 quoting, CRLF/LF/CR line ends), keeping the
 * physical line each record starts on so problems can be reported as "line 7".
 * Written here rather than with csv-parse because csv-parse counts lines from where a
 * record ends and aborts the whole file on one unclosed quote; a guest list must not.
 * Blank lines (and rows of empty cells) are dropped. A quote inside an unquoted field is literal, as in Excel.
 */
export function splitCsvRecords(text: string, delimiter: string): CsvSplitResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    // Excel writes `;;;` for a row whose cells were cleared: as blank as an empty line.
    if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) return { records, unterminatedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, unterminatedQuoteLine: null };
}

/**
 * Guesses the delimiter from the first non-blank line (the header): whichever of
 * `;`, `,` and tab occurs most outside quotes. Romanian Excel writes `;` because the
 * comma is the decimal separator; English Excel writes `,`.
 */
export function sniffDelimiter(text: string): ';' | ',' | '\t' {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of first) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.entries(counts) as [';' | ',' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ';';
}
