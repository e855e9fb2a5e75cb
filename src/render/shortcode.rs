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

/// Why a shortcode cannot be drawn, and how to write it instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub message: String,
    pub help: Option<String>,
}

impl Problem {
    pub fn with_help(message: String, help: String) -> Problem {
        Problem {
            message,
            help: Some(help),
        }
    }

    /// A paragraph that starts with `{{` but is not one shortcode.
    pub fn not_one() -> Problem {
        Problem::with_help(crate::tr!("sc-not-one"), crate::tr!("sc-text-help"))
    }

    /// What to write instead: the shortcode as it should read.
    fn write(message: String, fixed: &str) -> Problem {
        Problem::with_help(message, crate::tr!("sc-write-help", fixed = fixed))
    }
}

impl From<String> for Problem {
    fn from(message: String) -> Problem {
        Problem {
            message,
            help: None,
        }
    }
}

impl Shortcode {
    /// Checks the arguments against the allowed names and the required ones.
    pub fn check_args(&self, allowed: &[&str], required: &[&str]) -> Result<(), String> {
        for (k, _) in &self.args {
            if !allowed.contains(&k.as_str()) {
                let (name, list) = (&self.name, allowed.join(", "));
                return Err(
                    match crate::diag::did_you_mean(k, allowed.iter().copied()) {
                        Some(s) => crate::tr!(
                            "sc-unknown-arg-did-you-mean",
                            arg = k,
                            name = name,
                            suggestion = s,
                            allowed = list
                        ),
                        None => crate::tr!("sc-unknown-arg", arg = k, name = name, allowed = list),
                    },
                );
            }
        }
        for r in required {
            if !self.args.iter().any(|(k, _)| k == r) {
                return Err(crate::tr!("sc-needs-arg", name = &self.name, arg = *r));
            }
        }
        Ok(())
    }

    pub fn text(&self, key: &str) -> Result<Option<&str>, String> {
        match self.args.iter().find(|(k, _)| k == key) {
            None => Ok(None),
            Some((_, Arg::Text(t))) => Ok(Some(t)),
            Some((_, Arg::Number(_))) => Err(crate::tr!("sc-takes-text", arg = key)),
        }
    }

    pub fn number(&self, key: &str) -> Result<Option<f64>, String> {
        match self.args.iter().find(|(k, _)| k == key) {
            None => Ok(None),
            Some((_, Arg::Number(n))) => Ok(Some(*n)),
            Some((_, Arg::Text(_))) => Err(crate::tr!("sc-takes-number", arg = key)),
        }
    }
}

/// None when the text does not start with `{{`; Some(Err) when it does but is not exactly one
/// well-formed shortcode (an author who starts a paragraph with `{{` meant one).
pub fn parse(text: &str) -> Option<Result<Shortcode, Problem>> {
    // `{{ ranking（category=“town”） }}`, as a Chinese input method types it: say so, with the
    // shortcode written out, when that is what it would be.
    if let Some(fixed) = crate::slips::half_width_code(text)
        && fixed.starts_with("{{")
        && let Some(Ok(_)) = parse(&fixed)
    {
        return Some(Err(Problem::write(
            crate::tr!("sc-full-width"),
            fixed.trim(),
        )));
    }
    let rest = text.strip_prefix("{{")?;
    let Some(inner) = rest.strip_suffix("}}").map(str::trim) else {
        return Some(Err(Problem::not_one()));
    };
    let is_name = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    let Some(open) = inner.find('(') else {
        // `{{ ranking category="town" }}`: the arguments without their parentheses.
        let (name, args) = inner.split_once(' ').unwrap_or((inner, ""));
        if is_name(name) {
            let fixed = format!("{{{{ {name}({}) }}}}", args.trim());
            return Some(Err(Problem::write(crate::tr!("sc-parentheses"), &fixed)));
        }
        return Some(Err(Problem::not_one()));
    };
    let name = inner[..open].trim();
    if !is_name(name) {
        let lower = name.to_ascii_lowercase();
        return Some(Err(if is_name(&lower) {
            let fixed = format!("{{{{ {lower}{} }}}}", inner[open..].trim_end());
            Problem::write(crate::tr!("sc-lowercase", name = name), &fixed)
        } else {
            Problem::not_one()
        }));
    }
    let Some(body) = inner[open + 1..].strip_suffix(')') else {
        return Some(Err(crate::tr!("sc-no-closing-paren", name = name).into()));
    };
    Some(
        parse_args(body)
            .map(|args| Shortcode {
                name: name.to_owned(),
                args,
            })
            .map_err(Problem::from),
    )
}

fn parse_args(body: &str) -> Result<Vec<(String, Arg)>, String> {
    let mut args = Vec::new();
    let mut rest = body.trim();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .ok_or_else(|| crate::tr!("sc-expected-key-value", found = rest))?;
        let key = rest[..eq].trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(crate::tr!("sc-bad-arg-name", arg = key));
        }
        if args.iter().any(|(k, _): &(String, Arg)| k == key) {
            return Err(crate::tr!("sc-arg-twice", arg = key));
        }
        rest = rest[eq + 1..].trim_start();
        let (value, after) = if let Some(q) = rest.strip_prefix('"') {
            let close = q
                .find('"')
                .ok_or_else(|| crate::tr!("sc-no-closing-quote", arg = key))?;
            (Arg::Text(q[..close].to_owned()), &q[close + 1..])
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let raw = rest[..end].trim();
            let n = crate::model::parse_number_text(raw)
                .map_err(|_| crate::tr!("sc-text-or-number", arg = key, value = raw))?;
            (Arg::Number(n), &rest[end..])
        };
        args.push((key.to_owned(), value));
        rest = after.trim_start();
        if let Some(r) = rest.strip_prefix(',') {
            rest = r.trim_start();
        } else if !rest.is_empty() {
            return Err(crate::tr!("sc-expected-comma", found = rest));
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
        assert_eq!(
            parse("{{ 這是文字 }}").unwrap().unwrap_err(),
            Problem::not_one()
        );
        let err = |text: &str| parse(text).unwrap().unwrap_err();
        let lower = err("{{ RANKING(category=\"town\") }}");
        assert_eq!(
            lower.message,
            "shortcode names are lowercase, not `RANKING`"
        );
        assert_eq!(
            lower.help.as_deref(),
            Some("write `{{ ranking(category=\"town\") }}`")
        );
        let bare = err("{{ ranking category=\"town\" }}");
        assert_eq!(
            bare.message,
            "the arguments of a shortcode go in parentheses"
        );
        assert_eq!(
            bare.help.as_deref(),
            Some("write `{{ ranking(category=\"town\") }}`")
        );
    }

    #[test]
    fn malformed() {
        assert!(parse("{{ ranking(category=\"town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(category=town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(top=1, top=2) }}").unwrap().is_err());
    }
}
