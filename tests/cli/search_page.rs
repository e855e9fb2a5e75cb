//! The search page's own form (`/search/`): a labelled submit button beside the box, sending a GET
//! to `/search/?q=…` as the header's search does, so it works by keyboard, by mouse and without
//! scripts (search.js reads `q` from the address).

use crate::site::html::{Tag, tags};
use crate::support::TestSite;

/// The tags from `<form class="search"` to its `</form>`.
fn search_form(html: &str) -> Vec<Tag> {
    let start = html
        .find("<form class=\"search\"")
        .expect("the search page's form");
    let end = start + html[start..].find("</form>").expect("the form's end");
    tags(&html[start..end])
}

#[test]
fn the_search_page_has_a_submit_button() {
    let site = TestSite::fixture("minimal");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{yaml}base_url: /bxgc/\n"));
    site.build(&[]).success();
    let html = site.read("output/search/index.html");
    let form = search_form(&html);
    let open = &form[0];
    assert_eq!(open.attr("action"), Some("/bxgc/search/"));
    assert_eq!(open.attr("method"), Some("get"));
    assert_eq!(open.attr("onsubmit"), None, "the form must submit");
    let input = form.iter().find(|t| t.name == "input").expect("an input");
    assert_eq!(input.attr("name"), Some("q"));
    let button = form.iter().find(|t| t.name == "button").expect("a button");
    assert_eq!(button.attr("type"), Some("submit"));
    // Labelled by its visible text, the same word as the header's button.
    let start = html.find("<form class=\"search\"").unwrap_or(0);
    let form_html = &html[start..];
    let text = form_html
        .split_once("<button type=\"submit\">")
        .and_then(|(_, rest)| rest.split_once("</button>"))
        .map(|(text, _)| text)
        .expect("the button's text");
    assert_eq!(text, "搜尋");
    let header = html
        .find("class=\"site-search\"")
        .expect("the header's search");
    assert!(html[header..].contains("<button type=\"submit\">搜尋</button>"));
}
