//! The theme (SPEC §12): a `--theme` that is not there, a theme's interface strings and
//! templates with mistakes, each at its file, line and column in the language of the messages.
//! A `themes/default/` folder in the site is its theme without `--theme`.

use super::{fails, matches_snapshot, minimal_with, snapshot_name};

/// The minimal site is in Traditional Chinese: its theme's strings are `zh-Hant.yaml`.
const STRINGS: &str = "themes/default/i18n/zh-Hant.yaml";

#[test]
fn theme_not_found() {
    let site = minimal_with(&[]);
    let run = site.build(&["--theme", "nosuch"]);
    assert_eq!(
        run.stderr,
        "error: no theme `nosuch`: [ROOT]/themes/nosuch is not a folder; name a folder under themes/, or give the path of a theme folder\n"
    );
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    let name = snapshot_name();
    for lang in ["zh-Hans", "zh-Hant"] {
        let run = site.build_speaking(lang, &["--theme", "nosuch"]);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{lang}");
        matches_snapshot(&format!("{name}.{lang}"), &run.stderr);
    }
}

#[test]
fn theme_strings_not_yaml() {
    fails(
        &[(STRINGS, "home: 首頁\n  units: 單位\n")],
        r#"themes/default/i18n/zh-Hant.yaml:2:8: error: invalid YAML: mapping values are not allowed in this context
  |
2 |   units: 單位
  |        ^
  |
  = help: write each string on a line of its own as `key: text`, from the start of the line, e.g. `home: Home`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn theme_string_not_text() {
    fails(
        &[(STRINGS, "home: 首頁\nunits: [單位]\n")],
        r#"themes/default/i18n/zh-Hant.yaml:2:8: error: each interface string is text
  |
2 | units: [單位]
  |        ^
  |
  = help: write each string on a line of its own as `key: text`, from the start of the line, e.g. `home: Home`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn theme_template_not_utf8() {
    let site = minimal_with(&[]);
    site.write_bytes("themes/default/templates/page.html", b"<p>\xff\xfe</p>\n");
    super::assert_build_fails(
        &site,
        r#"themes/default/templates/page.html:1:1: error: file is not valid UTF-8
  = help: save it as UTF-8
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn theme_template_unknown_filter() {
    fails(
        &[(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}\n{% block content %}{{ page.title | nosuchfilter }}{% endblock %}\n",
        )],
        r#"themes/default/templates/page.html:2:36: error: template error: Unknown filter `nosuchfilter`
  |
2 | {% block content %}{{ page.title | nosuchfilter }}{% endblock %}
  |                                    ^^^^^^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn theme_template_unknown_field() {
    fails(
        &[(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}\n{% block content %}{{ page.nosuch.title }}{% endblock %}\n",
        )],
        r#"themes/default/templates/page.html:2:28: error: template error: Field `nosuch` is not defined. Available fields: body, date, headings, source, title
  |
2 | {% block content %}{{ page.nosuch.title }}{% endblock %}
  |                            ^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// The commonest template mistake: a misspelt field, which Tera reports as a value of the wrong
/// type.
#[test]
fn theme_template_misspelt_field() {
    fails(
        &[(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}\n{% block content %}<h1>{{ page.titel | upper }}</h1>{% endblock content %}\n",
        )],
        r#"themes/default/templates/page.html:2:27: error: template error: Invalid type for the value, expected `string` but got `undefined`
  |
2 | {% block content %}<h1>{{ page.titel | upper }}</h1>{% endblock content %}
  |                           ^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A shortcode's template that fails: the template's error, and the shortcode's where it is used.
#[test]
fn theme_shortcode_template_fails() {
    fails(
        &[
            (
                "themes/default/templates/shortcodes/pair.html",
                "<p>{{ pair.nosuch.name }}</p>\n",
            ),
            (
                "content/bulletins/2026-01.md",
                "---\ndate: 2026-04-08\n---\n{{ pair(unit=\"north\") }}\n",
            ),
        ],
        r#"content/bulletins/2026-01.md:4:1: error: shortcode template shortcodes/pair.html failed
  |
4 | {{ pair(unit="north") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^
themes/default/templates/shortcodes/pair.html:1:12: error: template error: Field `nosuch` is not defined. Available fields: external, internal, missing, month, rows, unit
  |
1 | <p>{{ pair.nosuch.name }}</p>
  |            ^^^^^^
error: 2 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}

/// An interface-strings file that is a link is refused (it could lead to any file the builder
/// can read), as the files of content/ are.
#[cfg(unix)]
#[test]
fn theme_strings_a_link() {
    let site = minimal_with(&[("outside.yaml", "home: 首頁\n")]);
    std::fs::create_dir_all(site.path("themes/default/i18n")).expect("create i18n/");
    std::os::unix::fs::symlink(site.path("outside.yaml"), site.path(STRINGS)).expect("link");
    let run = site.build(&[]);
    assert_eq!(
        run.stderr,
        "error: [ROOT]/themes/default/i18n/zh-Hant.yaml is a symbolic link or not a regular file; a theme's files must be plain files\n"
    );
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    let name = snapshot_name();
    for lang in ["zh-Hans", "zh-Hant"] {
        let run = site.build_speaking(lang, &[]);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{lang}");
        matches_snapshot(&format!("{name}.{lang}"), &run.stderr);
    }
}
