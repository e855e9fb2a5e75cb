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

/// None when the text is not shortcode-shaped at all; Some(Err) when it is but is malformed.
pub fn parse(text: &str) -> Option<Result<Shortcode, String>> {
    let inner = text.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let open = inner.find('(')?;
    let name = inner[..open].trim();
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return None;
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
        assert!(parse("{{ just text }}").is_none());
        assert!(parse("text {{ ranking() }}").is_none());
    }

    #[test]
    fn malformed() {
        assert!(parse("{{ ranking(category=\"town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(category=town) }}").unwrap().is_err());
        assert!(parse("{{ ranking(top=1, top=2) }}").unwrap().is_err());
    }
}
