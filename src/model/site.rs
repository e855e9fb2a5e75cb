//! site.yaml and categories/*.yaml (SPEC §2, §3).

use super::fields::Reader;
use super::types::*;
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::tree::Mapping;
use crate::load::tree::Node;
use crate::load::{YamlDoc, is_id};

const SITE_KEYS: &[&str] = &[
    "title",
    "office",
    "language",
    "base_url",
    "description",
    "scoring",
    "dimensions",
    "markdown",
    "bulletins",
    "footer",
    "licence",
    "license",
];

/// The five comparisons, five looks (五比五看), named in the site's language.
pub fn default_dimensions(lang: Language) -> Vec<Dimension> {
    let rows: [(&str, [&str; 6]); 5] = [
        (
            "results",
            [
                "比實績",
                "看工作進位爭先",
                "比实绩",
                "看工作进位争先",
                "Results",
                "progress and leadership in the work",
            ],
        ),
        (
            "innovation",
            [
                "比創新",
                "看破解難題力度",
                "比创新",
                "看破解难题力度",
                "Innovation",
                "strength in solving hard problems",
            ],
        ),
        (
            "service",
            [
                "比服務",
                "看群眾認可程度",
                "比服务",
                "看群众认可程度",
                "Service",
                "recognition by the public",
            ],
        ),
        (
            "conduct",
            [
                "比作風",
                "看執行能力高低",
                "比作风",
                "看执行能力高低",
                "Conduct",
                "capacity to carry work through",
            ],
        ),
        (
            "competence",
            [
                "比素質",
                "看社會形象如何",
                "比素质",
                "看社会形象如何",
                "Competence",
                "standing in the community",
            ],
        ),
    ];
    let col = match lang {
        Language::ZhHant => 0,
        Language::ZhHans => 2,
        Language::En => 4,
    };
    rows.iter()
        .map(|(id, names)| Dimension {
            id: DimensionId((*id).into()),
            name: names[col].to_owned(),
            look: names[col + 1].to_owned(),
        })
        .collect()
}

pub fn default_site() -> Site {
    Site {
        title: String::new(),
        office: String::new(),
        language: Language::ZhHans,
        base_url: "/".into(),
        description: None,
        cap: 1.2,
        tolerance: 0.05,
        dimensions: default_dimensions(Language::ZhHans),
        raw_html: RawHtml::Sanitize,
        first_number: 1,
        footer: Footer::default(),
        licence: None,
    }
}

pub fn site(doc: Option<&YamlDoc>, diags: &mut Vec<Diagnostic>) -> Site {
    let mut site = default_site();
    let Some(doc) = doc else {
        diags.push(
            Diagnostic::file("content/site.yaml", crate::tr!("site-missing"))
                .with_help(crate::tr!("site-missing-help")),
        );
        return site;
    };
    let mut r = Reader::new(&doc.file, diags);
    let map = match &doc.root {
        Some(node) => r.mapping(node, "site.yaml"),
        None => None,
    };
    let Some(map) = map else {
        if doc.root.is_none() && !doc.failed {
            let d = r
                .at_top(crate::tr!("site-empty"))
                .with_help(crate::tr!("site-empty-help"));
            r.push(d);
        }
        return site;
    };
    r.known_keys(map, SITE_KEYS, "site.yaml");
    let missing = |r: &Reader, key: &str| r.at_top(crate::tr!("site-needs", key = key));
    let m = missing(&r, "title");
    site.title = r.required_string(map, "title", m).unwrap_or_default();
    let m = missing(&r, "office");
    site.office = r.required_string(map, "office", m).unwrap_or_default();
    let langs = [
        ("zh-Hans", Language::ZhHans),
        ("zh-Hant", Language::ZhHant),
        ("en", Language::En),
    ];
    site.language = r
        .choice(map, "language", &langs)
        .unwrap_or(Language::ZhHans);
    site.dimensions = default_dimensions(site.language);
    if let Some(url) = r.string(map, "base_url") {
        match base_url_problem(&url) {
            Some(help) => {
                let msg = crate::tr!("site-base-url", url = &url);
                let d = value_error(&r, map, "base_url", msg).with_help(help);
                r.push(d);
            }
            None => site.base_url = url,
        }
    }
    site.description = r.string(map, "description");
    site.footer = super::publish::footer(&mut r, map);
    site.licence = super::publish::licence(&mut r, map);
    scoring(&mut r, map, &mut site);
    if let Some(dims) = dimensions(&mut r, map) {
        site.dimensions = dims;
    }
    markdown_and_bulletins(&mut r, map, &mut site);
    site
}

/// `scoring:`: the cap and the tolerance, each checked for its range.
fn scoring(r: &mut Reader, map: &Mapping, site: &mut Site) {
    let Some((_, node)) = r.get(map, "scoring") else {
        return;
    };
    let Some(scoring) = r.mapping(node, "`scoring`") else {
        return;
    };
    r.known_keys(scoring, &["cap", "tolerance"], "`scoring`");
    if let Some(cap) = r.number(scoring, "cap") {
        if cap > 0.0 {
            site.cap = cap;
        } else {
            let d = value_error(
                r,
                scoring,
                "cap",
                crate::tr!("site-cap", cap = cap.to_string()),
            );
            r.push(d);
        }
    }
    if let Some(tol) = r.number(scoring, "tolerance") {
        if (0.0..1.0).contains(&tol) {
            site.tolerance = tol;
        } else {
            let d = value_error(
                r,
                scoring,
                "tolerance",
                crate::tr!("site-tolerance", tolerance = tol.to_string()),
            );
            r.push(d);
        }
    }
}

/// `dimensions:`, when given and not empty (an empty list is an error, and the defaults stay).
fn dimensions(r: &mut Reader, map: &Mapping) -> Option<Vec<Dimension>> {
    let (_, node) = r.get(map, "dimensions")?;
    let seq = r.sequence(node, "`dimensions`")?;
    let mut dims: Vec<Dimension> = Vec::new();
    for item in seq.iter() {
        if let Some(d) = dimension(r, item, &dims) {
            dims.push(d);
        }
    }
    if dims.is_empty() {
        let d = r
            .at_node(node, crate::tr!("dimensions-empty"))
            .with_help(crate::tr!("dimensions-empty-help"));
        r.push(d);
        return None;
    }
    Some(dims)
}

/// One item of `dimensions:`, or None when it has errors (reported) or repeats an id of `before`.
fn dimension(r: &mut Reader, item: &Node, before: &[Dimension]) -> Option<Dimension> {
    let dm = r.mapping(item, &crate::tr!("place-each-dimension"))?;
    r.known_keys(
        dm,
        &["id", "name", "look"],
        &crate::tr!("place-a-dimension"),
    );
    let need = r.at_node(item, crate::tr!("dimension-needs"));
    let id = r.required_string(dm, "id", need.clone())?;
    let name = r
        .required_string(dm, "name", need.clone())
        .unwrap_or_default();
    let look = r.required_string(dm, "look", need).unwrap_or_default();
    if !is_id(&id) {
        let d = value_error(r, dm, "id", crate::tr!("dimension-bad-id", id = &id))
            .with_help(crate::tr!("id-help"));
        r.push(d);
        return None;
    }
    if before.iter().any(|d| d.id.as_str() == id) {
        let d = value_error(r, dm, "id", crate::tr!("dimension-twice", id = &id));
        r.push(d);
        return None;
    }
    Some(Dimension {
        id: DimensionId(id.into()),
        name,
        look,
    })
}

/// `markdown: {raw_html}` and `bulletins: {first_number}`.
fn markdown_and_bulletins(r: &mut Reader, map: &Mapping, site: &mut Site) {
    if let Some((_, node)) = r.get(map, "markdown")
        && let Some(md) = r.mapping(node, "`markdown`")
    {
        r.known_keys(md, &["raw_html"], "`markdown`");
        let choices = [
            ("sanitize", RawHtml::Sanitize),
            ("escape", RawHtml::Escape),
            ("allow", RawHtml::Allow),
        ];
        if let Some(v) = r.choice(md, "raw_html", &choices) {
            site.raw_html = v;
        }
    }
    if let Some((_, node)) = r.get(map, "bulletins")
        && let Some(b) = r.mapping(node, "`bulletins`")
    {
        r.known_keys(b, &["first_number"], "`bulletins`");
        if let Some(n) = r.integer(b, "first_number", 1) {
            site.first_number = u32::try_from(n).unwrap_or(u32::MAX);
        }
    }
}

/// Why `url` cannot be a base URL, as a help line, or None when it can. A host name without a
/// scheme (`bxgc.example.gov.cn`) would be taken by every browser as a folder of the current
/// page, breaking every link on the site.
pub fn base_url_problem(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    if url.starts_with('/') || lower.starts_with("https://") || lower.starts_with("http://") {
        return None;
    }
    let host = url.trim_start_matches("//");
    let slash = if host.ends_with('/') { "" } else { "/" };
    Some(crate::tr!(
        "site-base-url-help",
        url = format!("{host}{slash}")
    ))
}

/// A diagnostic at the value of `key` in `map` (which must be present).
pub fn value_error(r: &Reader, map: &Mapping, key: &str, msg: String) -> Diagnostic {
    match map.entry(key) {
        Some((_, v)) => r.at_node(v, msg),
        None => r.at_top(msg),
    }
}

const CATEGORY_KEYS: &[&str] = &["name", "focus", "order", "indicators"];
const INDICATOR_KEYS: &[&str] = &[
    "id",
    "name",
    "dimension",
    "measure",
    "direction",
    "aggregate",
    "weight",
    "decimals",
    "note",
    "from",
    "until",
];

/// A category, always returned so that units naming it find it: a broken file yields what could
/// be read (possibly no name and no indicators) beside its diagnostics.
pub fn category(id: &str, doc: &YamlDoc, site: &Site, diags: &mut Vec<Diagnostic>) -> Category {
    let mut r = Reader::new(&doc.file, diags);
    let Some(map) = doc
        .root
        .as_ref()
        .and_then(|n| r.mapping(n, &crate::tr!("place-category-file")))
    else {
        if doc.root.is_none() && !doc.failed {
            let d = r
                .at_top(crate::tr!("category-empty"))
                .with_help(crate::tr!("category-empty-help"));
            r.push(d);
        }
        return Category {
            id: CategoryId(id.into()),
            name: String::new(),
            focus: None,
            order: 0,
            indicators: Vec::new(),
        };
    };
    r.known_keys(map, CATEGORY_KEYS, &crate::tr!("place-a-category"));
    let need = r.at_top(crate::tr!("category-needs-name"));
    let name = r.required_string(map, "name", need);
    let focus = r.string(map, "focus");
    let order = r.integer(map, "order", i64::MIN).unwrap_or(0);
    let mut indicators: Vec<Indicator> = Vec::new();
    match r.get(map, "indicators") {
        None => {
            let d = r.at_top(crate::tr!("category-no-indicators"));
            r.push(d);
        }
        Some((key, node)) => {
            if let Some(seq) = r.sequence(node, "`indicators`") {
                for item in seq.iter() {
                    if let Some(ind) = indicator(&mut r, item, site, &indicators) {
                        indicators.push(ind);
                    }
                }
                if seq.is_empty() {
                    let d = r.at_scalar(key, crate::tr!("category-no-indicators"));
                    r.push(d);
                }
            }
        }
    }
    Category {
        id: CategoryId(id.into()),
        name: name.unwrap_or_default(),
        focus,
        order,
        indicators,
    }
}

/// Whether `dim` is one of the site's dimensions; an error with the ids (and a suggestion) if not.
fn known_dimension(r: &mut Reader, map: &Mapping, site: &Site, dim: &str) -> bool {
    if site.dimensions.iter().any(|d| d.id.as_str() == dim) {
        return true;
    }
    let ids: Vec<&str> = site.dimensions.iter().map(|d| d.id.as_str()).collect();
    let d = value_error(
        r,
        map,
        "dimension",
        crate::tr!("unknown-dimension", id = dim),
    );
    let d = match did_you_mean(dim, ids.iter().copied()) {
        Some(s) => d.with_help(crate::tr!(
            "unknown-dimension-did-you-mean",
            suggestion = s,
            ids = ids.join(", ")
        )),
        None => d.with_help(crate::tr!("unknown-dimension-help", ids = ids.join(", "))),
    };
    r.push(d);
    false
}

fn indicator(r: &mut Reader, item: &Node, site: &Site, seen: &[Indicator]) -> Option<Indicator> {
    let map = r.mapping(item, &crate::tr!("place-each-indicator"))?;
    r.known_keys(map, INDICATOR_KEYS, &crate::tr!("place-an-indicator"));
    let need = |r: &Reader, key: &str| r.at_node(item, crate::tr!("indicator-needs", key = key));
    let m = need(r, "id");
    let id = r.required_string(map, "id", m);
    let m = need(r, "name");
    let name = r.required_string(map, "name", m);
    let m = need(r, "dimension");
    let dimension = r.required_string(map, "dimension", m);
    let mut ok = true;
    if let Some(id) = &id {
        if !is_id(id) {
            let d = value_error(r, map, "id", crate::tr!("indicator-bad-id", id = id))
                .with_help(crate::tr!("id-start-help"));
            r.push(d);
            ok = false;
        } else if seen.iter().any(|i| i.id.as_str() == id) {
            let d = value_error(r, map, "id", crate::tr!("indicator-twice", id = id));
            r.push(d);
            ok = false;
        }
    }
    if let Some(dim) = &dimension
        && !known_dimension(r, map, site, dim)
    {
        ok = false;
    }
    let measure = r.string(map, "measure");
    let direction = r
        .choice(
            map,
            "direction",
            &[("up", Direction::Up), ("down", Direction::Down)],
        )
        .unwrap_or(Direction::Up);
    let aggregates = [
        ("sum", Aggregate::Sum),
        ("cumulative", Aggregate::Cumulative),
        ("level", Aggregate::Level),
        ("mean", Aggregate::Mean),
    ];
    let aggregate = r
        .choice(map, "aggregate", &aggregates)
        .unwrap_or(Aggregate::Sum);
    let weight = match r.number(map, "weight") {
        Some(w) if w > 0.0 => w,
        Some(w) => {
            let d = value_error(
                r,
                map,
                "weight",
                crate::tr!("indicator-weight", weight = w.to_string()),
            );
            r.push(d);
            ok = false;
            1.0
        }
        None => 1.0,
    };
    let decimals = match r.integer(map, "decimals", 0) {
        Some(n) if n <= 10 => n as u32,
        Some(n) => {
            let d = value_error(
                r,
                map,
                "decimals",
                crate::tr!("indicator-decimals", decimals = n.to_string()),
            );
            r.push(d);
            1
        }
        None => 1,
    };
    let note = markdown_value(r, map, "note");
    let (from, until) = in_force_years(r, map)?;
    if !ok {
        return None;
    }
    Some(Indicator {
        id: IndicatorId(id?.into()),
        name: name?,
        dimension: DimensionId(dimension?.into()),
        measure,
        direction,
        aggregate,
        weight,
        decimals,
        note,
        from,
        until,
    })
}

/// An indicator's `from` and `until` (SPEC §17); None when `until` is before `from`.
fn in_force_years(r: &mut Reader, map: &Mapping) -> Option<(Option<i32>, Option<i32>)> {
    let (from, until, ok) = super::years::from_until(r, map, crate::tr!("indicator-until-help"));
    // An indicator with `until` before `from` is left out altogether.
    ok.then_some((from, until))
}

/// An optional Markdown text value, remembering where it starts.
pub fn markdown_value(r: &mut Reader, map: &Mapping, key: &str) -> Option<Markdown> {
    let (_, node) = r.get(map, key)?;
    let text = r.scalar_text(node, key)?;
    let line = node.span().line() + r.file.yaml_line_offset;
    Some(Markdown {
        text,
        path: r.file.path.clone(),
        line,
    })
}
