//! The publishing conventions of SPEC §18 in content: site.yaml's `footer:` and `licence:`, a
//! page's `date:` and `source:`, a bulletin's distribution (報、送、發, 共印N份).

use super::fields::Reader;
use super::records::{body, front};
use super::site::value_error;
use super::types::{Distribution, Footer, Page};
use crate::diag::Diagnostic;
use crate::load::tree::Mapping;
use crate::load::tree::Node;
use crate::load::{MdDoc, parse_date};

const FOOTER_KEYS: &[&str] = &["organizer", "contact", "icp", "site_code"];
pub const DISTRIBUTION_KEYS: &[&str] = &["report_to", "send_to", "issue_to", "copies"];

/// site.yaml's `footer:`, when given.
pub fn footer(r: &mut Reader, map: &Mapping) -> Footer {
    let Some((_, node)) = r.get(map, "footer") else {
        return Footer::default();
    };
    let Some(f) = r.mapping(node, "`footer`") else {
        return Footer::default();
    };
    r.known_keys(f, FOOTER_KEYS, "`footer`");
    Footer {
        organizer: r.string(f, "organizer"),
        contact: r.string(f, "contact"),
        icp: r.string(f, "icp"),
        site_code: r.string(f, "site_code"),
    }
}

/// site.yaml's `licence:`, also spelt `license:` (one of the two).
pub fn licence(r: &mut Reader, map: &Mapping) -> Option<String> {
    let british = r.string(map, "licence");
    let american = r.string(map, "license");
    if british.is_some() && american.is_some() {
        let d = value_error(r, map, "license", crate::tr!("licence-twice"))
            .with_help(crate::tr!("licence-twice-help"));
        r.push(d);
    }
    british.or(american)
}

/// A bulletin's `report_to`, `send_to`, `issue_to` and `copies`.
pub fn distribution(r: &mut Reader, map: &Mapping) -> Distribution {
    Distribution {
        report_to: r.string(map, "report_to"),
        send_to: r.string(map, "send_to"),
        issue_to: r.string(map, "issue_to"),
        copies: r
            .integer(map, "copies", 1)
            .map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
    }
}

pub fn page(slug: &str, doc: &MdDoc, diags: &mut Vec<Diagnostic>) -> Option<Page> {
    let mut r = Reader::new(&doc.file, diags);
    let map = front(&mut r, doc, Some("`title:`"))?;
    r.known_keys(
        map,
        &["title", "weight", "date", "source", "draft"],
        &crate::tr!("place-page"),
    );
    let need = r.at_top(crate::tr!("page-needs-title"));
    // Not `?` yet: the other keys are checked too, so every error shows in one run.
    let title = r.required_string(map, "title", need);
    let weight = r.get(map, "weight").and_then(|(_, v)| match v {
        Node::Scalar(s) if s.may_coerce() => s.as_str().parse::<i64>().ok(),
        _ => None,
    });
    if weight.is_none() && r.get(map, "weight").is_some() {
        let d = value_error(
            &r,
            map,
            "weight",
            crate::tr!("field-takes-whole", key = "weight"),
        );
        r.push(d);
    }
    let date = r.string(map, "date").and_then(|t| {
        let d = parse_date(&t);
        if d.is_none() {
            let e = value_error(&r, map, "date", crate::tr!("not-a-date-value", value = &t))
                .with_help(crate::tr!("page-date-help"));
            r.push(e);
        }
        d
    });
    let source = r.string(map, "source");
    let draft = r.boolean(map, "draft").unwrap_or(false);
    Some(Page {
        slug: slug.to_owned(),
        title: title?,
        weight: weight.unwrap_or(0),
        date,
        source,
        draft,
        body: body(doc),
    })
}
