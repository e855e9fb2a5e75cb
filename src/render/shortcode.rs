//! Shortcode syntax (SPEC §9): a paragraph that is exactly `{{ name(key="text", key=3) }}`.

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shortcode {
    pub name: String,
    pub args: Vec<(String, Arg)>,
}

impl Shortcode {
    /// Checks the arguments against the allowed names and the required ones.
    pub fn check_args(&self, allowed: &[&str], required: &[&str]) -> Result<(), String> {
        for (k, _) in &self.args {
            if !allowed.contains(&k.as_str()) {
                let hint = crate::diag::did_you_mean(k, allowed.iter().copied())
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "unknown argument `{k}` to `{}`{hint}; it takes {}",
                    self.name,
                    allowed.join(", ")
                ));
            }
        }
        for r in required {
            if !self.args.iter().any(|(k, _)| k == r) {
                return Err(format!("`{}` needs the argument `{r}`", self.name));
            }
        }
        Ok(())
    }

    pub fn text(&self, key: &str) -> Result<Option<&str>, String> {
        match self.args.iter().find(|(k, _)| k == key) {
            None => Ok(None),
            Some((_, Arg::Text(t))) => Ok(Some(t)),
            Some((_, Arg::Number(_))) => {
                Err(format!("`{key}` takes text in quotes, e.g. {key}=\"…\""))
            }
        }
    }

    pub fn number(&self, key: &str) -> Result<Option<f64>, String> {
        match self.args.iter().find(|(k, _)| k == key) {
            None => Ok(None),
            Some((_, Arg::Number(n))) => Ok(Some(*n)),
            Some((_, Arg::Text(_))) => Err(format!("`{key}` takes a number without quotes")),
        }
    }
}

/// The error for a paragraph that starts with `{{` but is not one shortcode.
pub const NOT_ONE: &str =
    "a paragraph that starts with `{{` must be exactly one shortcode, `{{ name(key=\"text\") }}`";
/// How to write braces as text instead.
pub const TEXT_HELP: &str = "to show `{{` as text, write `\\{{`";

/// None when the text does not start with `{{`; Some(Err) when it does but is not exactly one
/// well-formed shortcode (an author who starts a paragraph with `{{` meant one).
pub fn parse(text: &str) -> Option<Result<Shortcode, String>> {
    // `{{ ranking（category=“town”） }}`, as a Chinese input method types it: say so, with the
    // shortcode written out, when that is what it would be.
    if let Some(fixed) = crate::slips::half_width_code(text)
        && fixed.starts_with("{{")
        && let Some(Ok(_)) = parse(&fixed)
    {
        return Some(Err(format!(
            "the shortcode is written with full-width brackets or quotes: write `{}`",
            fixed.trim()
        )));
    }
    let rest = text.strip_prefix("{{")?;
    let Some(inner) = rest.strip_suffix("}}").map(str::trim) else {
        return Some(Err(NOT_ONE.to_owned()));
    };
    let is_name = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    let Some(open) = inner.find('(') else {
        // `{{ ranking category="town" }}`: the arguments without their parentheses.
        let (name, args) = inner.split_once(' ').unwrap_or((inner, ""));
        if is_name(name) {
            return Some(Err(format!(
                "the arguments of a shortcode go in parentheses: `{{{{ {name}({}) }}}}`",
                args.trim()
            )));
        }
        return Some(Err(NOT_ONE.to_owned()));
    };
    let name = inner[..open].trim();
    if !is_name(name) {
        let lower = name.to_ascii_lowercase();
        return Some(Err(if is_name(&lower) {
            format!("shortcode names are lowercase: `{lower}`, not `{name}`")
        } else {
            NOT_ONE.to_owned()
        }));
    }
    let Some(body) = inner[open + 1..].strip_suffix(')') else {
        return Some(Err(format!(
            "shortcode `{name}` is missing its closing `)`"
        )));
    };
    Some(parse_args(body).map(|args| Shortcode {
        name: name.to_owned(),
        args,
    }))
}

fn parse_args(body: &str) -> Result<Vec<(String, Arg)>, String> {
    let mut args = Vec::new();
    let mut rest = body.trim();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .ok_or_else(|| format!("expected `key=value`, found `{rest}`"))?;
        let key = rest[..eq].trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(format!("`{key}` is not an argument name"));
        }
        if args.iter().any(|(k, _): &(String, Arg)| k == key) {
            return Err(format!("argument `{key}` is given twice"));
        }
        rest = rest[eq + 1..].trim_start();
        let (value, after) = if let Some(q) = rest.strip_prefix('"') {
            let close = q
                .find('"')
                .ok_or_else(|| format!("the text of `{key}` has no closing `\"`"))?;
            (Arg::Text(q[..close].to_owned()), &q[close + 1..])
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let raw = rest[..end].trim();
            let n = crate::model::parse_number_text(raw)
                .map_err(|_| format!("`{key}` takes \"text\" or a number, not `{raw}`"))?;
            (Arg::Number(n), &rest[end..])
        };
        args.push((key.to_owned(), value));
        rest = after.trim_start();
        if let Some(r) = rest.strip_prefix(',') {
            rest = r.trim_start();
        } else if !rest.is_empty() {
            return Err(format!("expected `,` between arguments, found `{rest}`"));
        }
    }
    Ok(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_text_and_numbers() {
        let sc = parse("{{ ranking(category=\"town\", period=\"2026-03\", top=10) }}")
            .unwrap()
            .unwrap();
        assert_eq!(sc.name, "ranking");
        assert_eq!(sc.args[0], ("category".into(), Arg::Text("town".into())));
        assert_eq!(sc.args[2], ("top".into(), Arg::Number(10.0)));
        assert_eq!(parse("{{ behind() }}").unwrap().unwrap().args, vec![]);
    }

    #[test]
    fn not_shortcodes() {
        assert!(parse("text {{ ranking() }}").is_none());
        assert_eq!(parse("{{ 這是文字 }}").unwrap().unwrap_err(), NOT_ONE);
        assert_eq!(
            parse("{{ RANKING(category=\"town\") }}")
                .unwrap()
                .unwrap_err(),
            "shortcode names are lowercase: `ranking`, not `RANKING`"
        );
        assert_eq!(
            parse("{{ ranking category=\"town\" }}")
                .unwrap()
                .unwrap_err(),
            "the arguments of a shortcode go in parentheses: `{{ ranking(category=\"town\") }}`"
        );
    }

    #[test]
    fn malformed() {
        assert!(parse("{{ ranking(category=\"town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(category=town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(top=1, top=2) }}").unwrap().is_err());
    }
}
