//! What `import` reads: a CSV export or a workbook as Excel, WPS or LibreOffice saves it (`.xlsx`,
//! `.xls`, `.xlsb`, `.ods`), as rows of text cells that keep their place in the file, so that an
//! error can point at the line and column (CSV) or the cell (workbook) the editor must fix.

use calamine::{Data, Reader};

/// The rows of one sheet, in file order; empty rows are kept out.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<Row>,
    /// Whether positions are a workbook's rows and columns (else a CSV's lines and characters).
    pub workbook: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The CSV line or the sheet's row number, 1-based.
    pub line: usize,
    pub cells: Vec<Cell>,
    /// The CSV line as written, for the excerpt under an error; None for a workbook.
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Trimmed text; a number as the spreadsheet shows it (12.6, not 12.600000000000001).
    pub text: String,
    /// The CSV character column or the sheet's column number, 1-based.
    pub column: usize,
}

impl Table {
    /// How to name the place of a cell in a message: `cell B3` in a workbook, None in a CSV
    /// (whose excerpt already shows it).
    pub fn cell_name(&self, line: usize, column: usize) -> Option<String> {
        self.workbook.then(|| {
            crate::tr!(
                "import-cell",
                cell = format!("{}{line}", column_letters(column))
            )
        })
    }
}

/// Reads `bytes`: a workbook when they start as one (whatever the file is called), else CSV
/// text in UTF-8 (with or without BOM) or GB18030. `sheet` picks a workbook's sheet by name;
/// the first sheet otherwise.
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, String> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip || ole {
        return read_workbook(bytes, sheet);
    }
    if sheet.is_some() {
        return Err(crate::tr!("import-sheet-csv"));
    }
    read_csv(&super::import::decode(bytes))
}

fn read_csv(text: &str) -> Result<Table, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let source_lines: Vec<&str> = text.lines().collect();
    let mut lines = LineCursor::new(text);
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| match e.position() {
            Some(p) => crate::tr!(
                "import-bad-csv-line",
                line = p.line().to_string(),
                reason = e.to_string()
            ),
            None => crate::tr!("import-bad-csv", reason = e.to_string()),
        })?;
        // From the byte offset: the csv crate's own line count is off by one with CRLF endings.
        let line = rec
            .position()
            .map_or(0, |p| lines.line_at(p.byte() as usize));
        let mut column = 1;
        let mut cells = Vec::with_capacity(rec.len());
        for field in &rec {
            cells.push(Cell {
                text: field.trim().to_owned(),
                column,
            });
            // Characters before the next field: this one and its comma.
            column += field.chars().count() + 1;
        }
        if cells.iter().all(|c| c.text.is_empty()) {
            continue;
        }
        let source = line
            .checked_sub(1)
            .and_then(|i| source_lines.get(i))
            .map(|l| (*l).to_owned());
        rows.push(Row {
            line,
            cells,
            source,
        });
    }
    Ok(Table {
        rows,
        workbook: false,
    })
}

fn read_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Table, String> {
    let cursor = std::io::Cursor::new(bytes.to_vec());
    let mut book = calamine::open_workbook_auto_from_rs(cursor)
        .map_err(|e| crate::tr!("import-bad-workbook", reason = e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_owned(),
        Some(s) => {
            return Err(crate::tr!(
                "import-no-sheet",
                sheet = s,
                sheets = names.join(", ")
            ));
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| crate::tr!("import-no-sheets"))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| crate::tr!("import-bad-sheet", sheet = &name, reason = e.to_string()))?;

    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (r, row) in range.rows().enumerate() {
        let cells: Vec<Cell> = row
            .iter()
            .enumerate()
            .map(|(c, data)| Cell {
                text: cell_text(data),
                column: left as usize + c + 1,
            })
            .collect();
        if cells.iter().all(|c| c.text.is_empty()) {
            continue;
        }
        rows.push(Row {
            line: top as usize + r + 1,
            cells,
            source: None,
        });
    }
    Ok(Table {
        rows,
        workbook: true,
    })
}

/// A cell as text, numbers as the spreadsheet shows them.
fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => d.to_string(),
        Data::Error(e) => e.to_string(),
    }
}

/// A float as Excel displays it: at most 15 significant digits, so that a sum computed in the
/// sheet (37.800000000000004) imports as the 37.8 the editor saw, and whole numbers without `.0`.
pub fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{rounded:.0}")
    } else {
        rounded.to_string()
    }
}

/// A sheet's column number as its letters: 1 → A, 27 → AA.
pub fn column_letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let d = (n - 1) % 26;
        out.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Line numbers for records met in order, counting each newline once (linear overall).
struct LineCursor<'t> {
    text: &'t [u8],
    pos: usize,
    line: usize,
}

impl<'t> LineCursor<'t> {
    fn new(text: &'t str) -> Self {
        LineCursor {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record starting at byte `offset`. After CRLF line ends (and blank
    /// lines) the csv crate may put the record's start on a line end before it; a record never
    /// starts with one, so those belong to the lines before.
    fn line_at(&mut self, offset: usize) -> usize {
        let skip = self.text.get(offset..).map_or(0, |t| {
            t.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count()
        });
        let end = offset + skip;
        let end = end.min(self.text.len());
        if end > self.pos {
            self.line += self.text[self.pos..end]
                .iter()
                .filter(|c| **c == b'\n')
                .count();
            self.pos = end;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(number_text(12.6), "12.6");
        assert_eq!(number_text(37.800000000000004), "37.8");
        assert_eq!(number_text(60.0), "60");
        assert_eq!(number_text(-0.25), "-0.25");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
    }

    #[test]
    fn column_letters_count_like_a_sheet() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
    }

    #[test]
    fn csv_lines_and_columns_are_right_with_lf_and_crlf() {
        for text in [
            "unit,a\neast,1\n\nwest,x\n",
            "unit,a\r\neast,1\r\n\r\nwest,x\r\n",
        ] {
            let t = read(text.as_bytes(), None).unwrap();
            let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [1, 2, 4], "{text:?}");
            assert_eq!(t.rows[2].cells[1].column, 6);
            assert_eq!(t.rows[2].source.as_deref(), Some("west,x"));
        }
    }

    #[test]
    fn a_sheet_argument_on_a_csv_is_refused() {
        assert!(read(b"unit,a\n", Some("Sheet1")).is_err());
    }
}
