//! What a path under content/ is, judged from its name alone (SPEC §1): a stray name is a
//! diagnostic with a hint, never silently ignored.

use chrono::NaiveDate;

/// What a path under content/ is, judged from its name alone.
#[derive(Clone)]
pub(super) enum Kind {
    Site,
    Category(String),
    Unit(String),
    Report(String, i32, u32),
    Quarterly(String, i32, u32),
    Visit(NaiveDate, String),
    Review(String),
    Bulletin(i32, u32),
    Page(String),
    Static(String),
}

impl Kind {
    /// A YAML file (the others are Markdown with front matter).
    pub(super) fn is_yaml(&self) -> bool {
        matches!(
            self,
            Kind::Site | Kind::Category(_) | Kind::Unit(_) | Kind::Review(_)
        )
    }
}

/// Ids of categories, units, indicators and pages: `^[a-z0-9][a-z0-9-]{0,63}$`.
pub fn is_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// What an id may hold, for the help lines about file names.
fn id_help() -> String {
    crate::tr!("id-rules")
}

/// Judges a path under content/ by its name; Err is the hint for a stray file.
pub(super) fn classify(inner: &str) -> Result<Kind, String> {
    let parts: Vec<&str> = inner.split('/').collect();
    let stem_of = |name: &str, ext: &str| name.strip_suffix(ext).map(str::to_owned);
    match parts.as_slice() {
        ["site.yaml"] => Ok(Kind::Site),
        ["static", rest @ ..] if !rest.is_empty() => Ok(Kind::Static(rest.join("/"))),
        ["categories", name] => match stem_of(name, ".yaml") {
            Some(id) if is_id(&id) => Ok(Kind::Category(id)),
            Some(_) => Err(crate::tr!("name-category", rules = id_help())),
            None => Err(crate::tr!("name-categories-folder")),
        },
        ["units", unit, name] => {
            if !is_id(unit) {
                return Err(crate::tr!("name-unit-folder", rules = id_help()));
            }
            let unit = (*unit).to_owned();
            if *name == "unit.yaml" {
                return Ok(Kind::Unit(unit));
            }
            let stem = stem_of(name, ".md").ok_or_else(|| unit_help(name))?;
            if let Some((y, m)) = parse_month(&stem) {
                return Ok(Kind::Report(unit, y, m));
            }
            if let Some((y, q)) = parse_quarter(&stem) {
                return Ok(Kind::Quarterly(unit, y, q));
            }
            Err(unit_help(name))
        }
        ["visits", name] => {
            let stem = stem_of(name, ".md").ok_or_else(visit_help)?;
            if stem.len() < 12 || !stem.is_char_boundary(10) || stem.as_bytes()[10] != b'-' {
                return Err(visit_help());
            }
            let date = parse_date(&stem[..10]).ok_or_else(|| {
                crate::tr!("name-visit-date", date = &stem[..10], visits = visit_help())
            })?;
            let slug = &stem[11..];
            if !is_id(slug) {
                return Err(crate::tr!("name-visit-slug", rules = id_help()));
            }
            Ok(Kind::Visit(date, slug.to_owned()))
        }
        ["reviews", name] => match stem_of(name, ".yaml") {
            Some(p) if parse_review_period(&p) => Ok(Kind::Review(p)),
            _ => Err(crate::tr!("name-reviews")),
        },
        ["bulletins", name] => {
            let parsed = stem_of(name, ".md").and_then(|s| {
                let (y, n) = s.split_once('-')?;
                let year = parse_year(y)?;
                if n.len() != 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let issue: u32 = n.parse().ok()?;
                (issue >= 1).then_some((year, issue))
            });
            parsed
                .map(|(y, n)| Kind::Bulletin(y, n))
                .ok_or_else(|| crate::tr!("name-bulletins"))
        }
        ["pages", name] => match stem_of(name, ".md") {
            Some(slug) if is_id(&slug) => Ok(Kind::Page(slug)),
            Some(_) => Err(crate::tr!("name-page", rules = id_help())),
            None => Err(crate::tr!("name-pages-folder")),
        },
        _ => Err(crate::tr!("name-content")),
    }
}

fn unit_help(name: &str) -> String {
    let mut help = crate::tr!("name-unit-files");
    if let Some(stem) = name.strip_suffix(".md")
        && let Some((y, m)) = stem.split_once('-')
        && let (Some(y), Ok(m)) = (parse_year(y), m.parse::<u32>())
        && (1..=12).contains(&m)
    {
        help = crate::tr!("name-monthly", name = format!("{y}-{m:02}.md"));
    }
    help
}

fn visit_help() -> String {
    crate::tr!("name-visits")
}

/// A year `YYYY` from 1000 on: `0226` would be written back as `226` (a name then refused).
fn parse_year(s: &str) -> Option<i32> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0') {
        s.parse().ok()
    } else {
        None
    }
}

/// `YYYY-MM` with a month 01–12.
pub fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let year = parse_year(y)?;
    if m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month: u32 = m.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

fn parse_quarter(s: &str) -> Option<(i32, u32)> {
    let (y, q) = s.split_once("-Q")?;
    let year = parse_year(y)?;
    let quarter = match q {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        _ => return None,
    };
    Some((year, quarter))
}

/// `YYYY-MM-DD`, a real date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || b[0] == b'0' {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A review period: `YYYY-Q1`…`YYYY-Q4`, `YYYY-H1`, `YYYY-H2` or `YYYY`.
fn parse_review_period(s: &str) -> bool {
    match s.split_once('-') {
        None => parse_year(s).is_some(),
        Some((y, p)) => {
            parse_year(y).is_some() && matches!(p, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2")
        }
    }
}
