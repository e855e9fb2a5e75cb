//! The three languages of a site and of what the tool says (zh-Hans, zh-Hant, en), and how to
//! tell which one a user wants from their locale.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Language {
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::ZhHans, Language::ZhHant, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::ZhHans => "zh-Hans",
            Language::ZhHant => "zh-Hant",
            Language::En => "en",
        }
    }

    /// `zh-Hans`, `zh-Hant` or `en` as site.yaml and `--lang` write them (case aside).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language a POSIX locale (`zh_CN.UTF-8`, `zh_TW`, `en_GB`) asks for; None for `C`,
    /// `POSIX` and languages we do not speak, which then leave the choice to the site.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let name = locale.split(['.', '@']).next().unwrap_or("");
        let lower = name.to_ascii_lowercase().replace('-', "_");
        let mut parts = lower.split('_');
        match (parts.next(), parts.next()) {
            (Some("zh"), Some("tw" | "hk" | "mo" | "hant")) => Some(Language::ZhHant),
            (Some("zh"), _) => Some(Language::ZhHans),
            (Some("en"), _) => Some(Language::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn locales() {
        assert_eq!(Language::from_locale("zh_CN.UTF-8"), Some(Language::ZhHans));
        assert_eq!(Language::from_locale("zh_SG"), Some(Language::ZhHans));
        assert_eq!(Language::from_locale("zh_TW.Big5"), Some(Language::ZhHant));
        assert_eq!(Language::from_locale("zh_HK.UTF-8"), Some(Language::ZhHant));
        assert_eq!(Language::from_locale("zh-Hant"), Some(Language::ZhHant));
        assert_eq!(Language::from_locale("en_US.UTF-8"), Some(Language::En));
        assert_eq!(Language::from_locale("C.UTF-8"), None);
        assert_eq!(Language::from_locale("POSIX"), None);
        assert_eq!(Language::from_locale("de_DE"), None);
        assert_eq!(Language::from_code("ZH-hans"), Some(Language::ZhHans));
    }
}
