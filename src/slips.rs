//! Slips a Chinese input method makes in YAML and numbers (full-width `：` and digits, units and
//! `%` typed after a figure, Chinese numerals, a tab or an ideographic space for indentation),
//! found where they are and turned into a help line that shows the corrected text. Pure
//! functions: the callers decide where a slip is an error.

/// A slip found in a line of YAML: where (1-based character column), how long, what, and the
/// line as it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub column: usize,
    pub len: usize,
    pub message: String,
    pub help: String,
}

/// The slips in one line of YAML that make it mean something else than the editor wrote (or
/// fail to parse at a later line): a full-width colon after a key, indentation with a tab or an
/// ideographic space. A full-width colon inside a value (`note: 說明：…`) is text and is fine.
pub fn yaml_line(line: &str) -> Option<Slip> {
    let indent: String = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}'))
        .collect();
    let rest = &line[indent.len()..];
    if rest.is_empty() || rest.starts_with('#') {
        return None;
    }
    if let Some(i) = indent.chars().position(|c| c != ' ') {
        let kind = if indent.contains('\t') {
            "tab"
        } else {
            "full-width"
        };
        // Two spaces per tab or ideographic space: the indentation our files use.
        let fixed = format!("{}{rest}", " ".repeat(indent.chars().count() * 2));
        return Some(Slip {
            column: i + 1,
            len: 1,
            message: crate::tr!("slip-indent-char", kind = kind),
            help: crate::tr!(
                "slip-indent-char-help",
                kind = kind,
                fixed = fixed.trim_end()
            ),
        });
    }
    let item = rest.strip_prefix("- ").unwrap_or(rest);
    let key_end = item
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(item.len(), |(i, _)| i);
    let after = item[key_end..].trim_start_matches([' ', '\u{3000}']);
    if key_end > 0 && after.starts_with('：') {
        let column = line[..line.len() - after.len()].chars().count() + 1;
        let value = after['：'.len_utf8()..].trim_start_matches([' ', '\u{3000}']);
        let prefix = &line[..line.len() - item.len()];
        let key = &item[..key_end];
        let fixed = if value.is_empty() {
            format!("{prefix}{key}:")
        } else {
            format!(
                "{prefix}{key}: {}",
                fix_number(value).unwrap_or_else(|| value.to_owned())
            )
        };
        return Some(Slip {
            column,
            len: 1,
            message: crate::tr!("slip-colon", key = key),
            help: crate::tr!("slip-colon-help", fixed = fixed.trim_start()),
        });
    }
    None
}

/// The slips in a YAML text, with their 1-based line, leaving the text of block scalars
/// (`pledge: |` and the lines indented under it) alone: a tab or a `：` there is prose.
pub fn yaml_text(yaml: &str) -> Vec<(usize, Slip)> {
    let mut found = Vec::new();
    let mut block: Option<usize> = None;
    for (i, line) in yaml.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        // Only spaces indent in YAML: a line of a block that starts with a tab ends the block
        // (and is the slip to report).
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(key_indent) = block {
            if line.trim().is_empty() || indent > key_indent {
                continue;
            }
            block = None;
        }
        if let Some(slip) = yaml_line(line) {
            found.push((i + 1, slip));
        }
        let value = line.split(" #").next().unwrap_or("").trim_end();
        if value.ends_with(['|', '>'])
            || value.ends_with("|-")
            || value.ends_with(">-")
            || value.ends_with("|+")
            || value.ends_with(">+")
        {
            block = Some(indent);
        }
    }
    found
}

/// The first line whose indentation fits no level of the lines above it, for when the parser
/// has failed (it reports where it gave up, often a line later, with advice about quoting).
/// Keys of one mapping start in one column; a line may go deeper only under a `key:` that opens
/// a block, or inside a `- ` item.
/// Lines are counted from the YAML's first line; `offset` is the file lines before it (the front
/// matter's `---`), for the "like line N" in the help.
pub fn indentation(yaml: &str, offset: usize) -> Option<(usize, Slip)> {
    let mut levels: Vec<(usize, usize)> = vec![(0, 0)]; // (indent, line that set it)
    let mut opens = false;
    let mut block: Option<usize> = None;
    let mut depth = 0i32;
    for (i, raw) in yaml.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let text = line.trim_start_matches(' ');
        let indent = line.len() - text.len();
        if text.is_empty() || text.starts_with('#') || depth > 0 {
            depth += bracket_depth(text);
            continue;
        }
        if let Some(k) = block {
            if indent > k {
                continue;
            }
            block = None;
        }
        let top = levels.last().map_or(0, |l| l.0);
        if indent > top && !opens {
            let (_, above) = levels.last().copied().unwrap_or((0, 0));
            return Some((i + 1, indent_slip(indent, top, above + offset, text)));
        }
        if indent > top {
            levels.push((indent, i + 1));
        } else if let Some(at) = levels.iter().position(|l| l.0 == indent) {
            levels.truncate(at + 1);
        } else {
            let (want, like) = levels
                .iter()
                .copied()
                .find(|l| l.0 > indent)
                .unwrap_or((top, 0));
            let like = if like > 0 { like + offset } else { 0 };
            return Some((i + 1, indent_slip(indent, want, like, text)));
        }
        let value = text.split(" #").next().unwrap_or("").trim_end();
        if text.starts_with("- ") {
            // The item's own keys continue two columns in.
            levels.push((indent + 2, i + 1));
        }
        opens = value.ends_with(':');
        if value.ends_with(['|', '>']) || value.ends_with("|-") || value.ends_with(">-") {
            block = Some(indent);
            opens = false;
        }
        depth += bracket_depth(value);
    }
    None
}

fn indent_slip(indent: usize, want: usize, like: usize, text: &str) -> Slip {
    let fixed = format!("{}{}", " ".repeat(want), text.trim_end());
    let help = if like > 0 {
        crate::tr!(
            "slip-indent-like-help",
            want = want.to_string(),
            line = like.to_string(),
            fixed = fixed
        )
    } else {
        crate::tr!("slip-indent-help", want = want.to_string(), fixed = fixed)
    };
    Slip {
        column: 1,
        len: indent.max(1),
        message: crate::tr!("slip-indent", indent = indent),
        help,
    }
}

/// How many `[`/`{` a line leaves open (flow collections spanning lines are skipped).
fn bracket_depth(text: &str) -> i32 {
    text.chars()
        .map(|c| match c {
            '[' | '{' => 1,
            ']' | '}' => -1,
            _ => 0,
        })
        .sum()
}

/// `text` with the full-width punctuation an input method types in code (brackets, quotes,
/// `＝`, `，`, the ideographic space) made half-width; None when there is none.
pub fn half_width_code(text: &str) -> Option<String> {
    let fixed: String = text
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '“' | '”' | '＂' | '「' | '」' => '"',
            '＝' => '=',
            '，' => ',',
            '｛' => '{',
            '｝' => '}',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    (fixed != text).then_some(fixed)
}

/// The number the editor meant by `text` (`４.１`, `4.1亿元`, `95.1%`, `1，200`, `四点一`), or
/// None when it is not a slip we recognise.
pub fn fix_number(text: &str) -> Option<String> {
    let t = text.trim_matches([' ', '\u{3000}']);
    let half: String = t.chars().map(half_width).collect();
    // Commas only as thousands separators (`1,200`, `12,345,678`): in `9,7` the comma may be a
    // decimal point or a slip, and guessing either would put a wrong figure in the help.
    if half.contains(',') && !thousands_grouped(&half) {
        return None;
    }
    let half = half.replace(',', "");
    let end = half
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || (i == 0 && matches!(c, '-' | '+'))))
        .map_or(half.len(), |(i, _)| i);
    let (number, tail) = half.split_at(end);
    let tail = tail.trim();
    if !number.is_empty()
        && number.chars().any(|c| c.is_ascii_digit())
        && number.parse::<f64>().is_ok()
        && (tail.is_empty() || is_unit(tail))
    {
        return (number != t).then(|| number.to_owned());
    }
    chinese_numeral(t).map(|n| n.to_string())
}

/// Whether every comma in `s` starts a group of exactly three digits after a first group of one
/// to three.
fn thousands_grouped(s: &str) -> bool {
    let digits = s.trim_start_matches(['-', '+']);
    let int = digits.split('.').next().unwrap_or("");
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        && !digits.split('.').nth(1).is_some_and(|f| f.contains(','))
}

/// A help line for a value that is not a number, showing the fix, when it is a slip.
pub fn number_help(text: &str) -> Option<String> {
    let fixed = fix_number(text)?;
    let t = text.trim();
    Some(
        if t.chars().any(|c| ('０'..='９').contains(&c) || c == '．') {
            crate::tr!("slip-number-width", fixed = fixed)
        } else if t.contains(['%', '％']) {
            crate::tr!("slip-number-percent", fixed = fixed)
        } else if t.contains([',', '，']) {
            crate::tr!("slip-number-thousands", fixed = fixed)
        } else if chinese_numeral(t).is_some() {
            crate::tr!("slip-number-numeral", fixed = fixed)
        } else {
            let unit =
                t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
            crate::tr!("slip-number-unit", fixed = fixed, unit = unit.trim())
        },
    )
}

/// Units and signs typed after a figure: the indicator's measure, a percent sign.
fn is_unit(tail: &str) -> bool {
    const UNITS: &[&str] = &[
        "%", "億元", "亿元", "萬元", "万元", "元", "億", "亿", "萬", "万", "件", "個", "个", "天",
        "人", "戶", "户", "家", "項", "项", "次", "小時", "小时", "分", "畝", "亩", "噸", "吨",
    ];
    UNITS.contains(&tail)
}

fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' | '。' => '.',
        '－' | '—' => '-',
        '＋' => '+',
        '，' => ',',
        '％' => '%',
        _ => c,
    }
}

/// A number written in Chinese numerals: 十二, 一百二十, 两千, 四点一, 負三.
pub fn chinese_numeral(text: &str) -> Option<f64> {
    let (neg, t) = match text.strip_prefix(['负', '負']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = match t.split_once(['点', '點']) {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    let mut value = integer_numeral(int)?;
    if let Some(f) = frac {
        let digits: Option<String> = f
            .chars()
            .map(|c| digit(c).map(|d| (b'0' + d) as char))
            .collect();
        let digits = digits.filter(|d| !d.is_empty())?;
        value += format!("0.{digits}").parse::<f64>().ok()?;
    }
    Some(if neg { -value } else { value })
}

fn digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '貳' | '贰' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陸' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn integer_numeral(t: &str) -> Option<f64> {
    if t.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let mut section = 0.0;
    let mut current: Option<f64> = None;
    for c in t.chars() {
        if let Some(d) = digit(c) {
            current = Some(current.unwrap_or(0.0) * 10.0 + f64::from(d));
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10.0,
            '百' | '佰' => 100.0,
            '千' | '仟' => 1000.0,
            '万' | '萬' => 10_000.0,
            '亿' | '億' => 100_000_000.0,
            _ => return None,
        };
        if unit >= 10_000.0 {
            total = (total + section + current.unwrap_or(0.0)) * unit;
            section = 0.0;
        } else {
            section += current.unwrap_or(1.0) * unit;
        }
        current = None;
    }
    Some(total + section + current.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_typed_with_an_input_method() {
        assert_eq!(fix_number("４.１").as_deref(), Some("4.1"));
        assert_eq!(fix_number("４．１").as_deref(), Some("4.1"));
        assert_eq!(fix_number("4.1亿元").as_deref(), Some("4.1"));
        assert_eq!(fix_number("4.1 億元").as_deref(), Some("4.1"));
        assert_eq!(fix_number("95.1%").as_deref(), Some("95.1"));
        assert_eq!(fix_number("95.1％").as_deref(), Some("95.1"));
        assert_eq!(fix_number("1，200").as_deref(), Some("1200"));
        assert_eq!(fix_number("1,200").as_deref(), Some("1200"));
        assert_eq!(fix_number("12,345,678.5").as_deref(), Some("12345678.5"));
        assert_eq!(fix_number("9,7"), None);
        assert_eq!(fix_number("1,20"), None);
        assert_eq!(fix_number("四点一").as_deref(), Some("4.1"));
        assert_eq!(fix_number("十二").as_deref(), Some("12"));
        assert_eq!(fix_number("一百二十").as_deref(), Some("120"));
        assert_eq!(fix_number("两千零五").as_deref(), Some("2005"));
        assert_eq!(fix_number("三万五千").as_deref(), Some("35000"));
        assert_eq!(fix_number("負三").as_deref(), Some("-3"));
        // Not slips: plain numbers need no fix; words are not numbers.
        assert_eq!(fix_number("4.1"), None);
        assert_eq!(fix_number("待定"), None);
        assert_eq!(fix_number("4.1 億元左右"), None);
    }

    #[test]
    fn help_says_what_was_wrong() {
        let help = |t: &str| number_help(t).unwrap_or_default();
        assert_eq!(help("４.１"), "write `4.1`, with half-width digits");
        assert_eq!(help("95.1%"), "write `95.1`, without `%`");
        assert_eq!(
            help("4.1亿元"),
            "write `4.1` alone; the unit `亿元` belongs in the indicator's `measure`"
        );
        assert_eq!(help("四点一"), "write `4.1`, in digits");
        assert_eq!(help("1,200"), "write `1200`, without thousands separators");
    }

    #[test]
    fn full_width_colon_after_a_key() {
        let s = yaml_line("  output：4.1").expect("a slip");
        assert_eq!((s.column, s.len), (9, 1));
        assert_eq!(s.message, "full-width colon `：` after `output`");
        assert_eq!(
            s.help,
            "write a half-width colon and a space: `output: 4.1`"
        );
        let s = yaml_line("  output： ４.１").expect("a slip");
        assert_eq!(
            s.help,
            "write a half-width colon and a space: `output: 4.1`"
        );
        let s = yaml_line("values：").expect("a slip");
        assert_eq!(s.help, "write a half-width colon and a space: `values:`");
        // A full-width colon inside a value is text.
        assert_eq!(yaml_line("note: 說明：按月報送"), None);
        assert_eq!(yaml_line("title: 烏鎮：經驗"), None);
    }

    #[test]
    fn indentation_that_fits_no_level() {
        let (line, s) = indentation("values:\n  output: 14\n complaints: 5\n", 0).expect("a slip");
        assert_eq!(line, 3);
        assert_eq!(
            s.help,
            "indent it by 2 spaces, like line 2: `  complaints: 5`"
        );
        let (line, s) =
            indentation("values:\n  output: 14\n    complaints: 5\n", 1).expect("a slip");
        assert_eq!(line, 3);
        assert_eq!(
            s.help,
            "indent it by 2 spaces, like line 3: `  complaints: 5`"
        );
        let ok = "a:\n  b: 1\n  c:\n    - id: x\n      name: y\n    - id: z\nd: |\n  text\n    more\ne: [1,\n   2]\n";
        assert_eq!(indentation(ok, 0), None);
    }

    #[test]
    fn block_scalars_are_prose() {
        let yaml = "pledge: |\n  目標：\n  \t全年突破\nleader：張三\n\tmore\n";
        let found = yaml_text(yaml);
        let lines: Vec<usize> = found.iter().map(|f| f.0).collect();
        assert_eq!(lines, [4, 5], "{found:?}");
    }

    #[test]
    fn indentation_with_tabs_or_ideographic_spaces() {
        let s = yaml_line("\toutput: 4.1").expect("a slip");
        assert_eq!(s.column, 1);
        assert_eq!(s.message, "the line is indented with a tab");
        assert_eq!(
            s.help,
            "YAML indents with spaces only; replace the tab with spaces: `  output: 4.1`"
        );
        let s = yaml_line("\u{3000}output: 4.1").expect("a slip");
        assert_eq!(s.message, "the line is indented with a full-width space");
        assert_eq!(yaml_line("  output: 4.1"), None);
        assert_eq!(yaml_line("  # a comment\twith a tab"), None);
    }
}
