//! The link: what the page's address says (its query and its fragment) as
//! one type, read by `Link::parse` and written by the functions below. The
//! fragment (`#year=2026&wage=200&paid=18`) holds the calculator, the view
//! and the language, so a reload or a link restores them; it is never sent
//! to a server. The query (`?embed=1&parts=calculator`) is the embedding
//! host's (`embed.rs`). Every key either carries is defined here, in `key`;
//! loader.js reads a few of them, and `tests/shell/` checks its keys
//! against these.

use crate::core::income::form::{CalculatorForm, Field, LedighedsydelseLevel};
use crate::core::text::clean::join;
use crate::core::text::number::{read_decimal, NumberStyle};
use crate::i18n::Lang;

use super::embed::{readable_accent, EmbedConfig, Parts};

/// Every key of the page's address.
pub mod key {
    /// `view=aftale`: the agreement's side of the page.
    pub const VIEW: &str = "view";
    /// `lang=en`: the interface in English; anything else is Danish.
    pub const LANG: &str = "lang";
    /// `more=1`: the calculator's "more settings" open.
    pub const MORE: &str = "more";
    /// A shared agreement (`io::to_fragment`).
    pub const AGREEMENT: &str = "agreement";
    /// What the reading build handed a link over for (`Then`).
    pub const OPEN: &str = "open";
    /// The calculator's rate year, municipality (number or name), church
    /// membership, single parent and ledighedsydelse level. Its number
    /// fields go by their own names (`Field::key`: `wage`, `paid`, …).
    pub const YEAR: &str = "year";
    pub const KOMMUNE: &str = "kommune";
    pub const CHURCH: &str = "church";
    pub const SINGLE_PARENT: &str = "single_parent";
    pub const LEDIGHEDSYDELSE_LEVEL: &str = "ledighedsydelse_level";
    /// The embedding host's query (docs/embedding.md).
    pub const EMBED: &str = "embed";
    pub const PARTS: &str = "parts";
    pub const ACCENT: &str = "accent";
    pub const COMPACT: &str = "compact";
    pub const HIDE: &str = "hide";
    /// `offline=0`: no service worker (read by loader.js alone).
    pub const OFFLINE: &str = "offline";

    /// All of them.
    pub const ALL: [&str; 16] = [
        VIEW,
        LANG,
        MORE,
        AGREEMENT,
        OPEN,
        YEAR,
        KOMMUNE,
        CHURCH,
        SINGLE_PARENT,
        LEDIGHEDSYDELSE_LEVEL,
        EMBED,
        PARTS,
        ACCENT,
        COMPACT,
        HIDE,
        OFFLINE,
    ];
}

/// The values of `key::VIEW` and `key::LANG` that ask for something.
pub const AGREEMENT_VIEW: &str = "aftale";
pub const ENGLISH: &str = "en";

/// Query keys that also set the calculator's starting values; the fragment,
/// when present, has the last word.
pub const CALCULATOR_QUERY_KEYS: [&str; 4] = [key::LANG, key::YEAR, key::KOMMUNE, key::CHURCH];

/// The page share links open, beside the app's own page: the same page, but
/// its preload hints fetch the reading build instead of the calculator
/// build, so a link downloads the reader alone (docs/performance.md).
pub const AGREEMENT_PAGE: &str = "aftale.html";

/// The page whose preload hints fetch the full app: where the reader hands a
/// link over to be edited, and what an embedding of the agreement alone opens.
pub const EDITOR_PAGE: &str = "aftale-rediger.html";

/// What the reader asked the full app to do with a link's agreement (`open=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// "Redigér aftalen": the editor.
    Edit,
    /// "Start opfølgning": the editor on a new record.
    FollowUp,
}

impl Then {
    pub fn key(self) -> &'static str {
        match self {
            Then::Edit => "edit",
            Then::FollowUp => "follow-up",
        }
    }

    pub fn from_key(key: &str) -> Option<Then> {
        [Then::Edit, Then::FollowUp].into_iter().find(|t| t.key() == key)
    }
}

/// What a page's address opens; `Default` is an empty address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    /// The calculator's pairs: the query's starting values, then the fragment's.
    calculator: Vec<(String, String)>,
    /// `view=aftale`.
    pub agreement_view: bool,
    /// The language, if the address names one (the fragment's, else the query's).
    pub lang: Option<Lang>,
    /// "More settings" open.
    pub more: bool,
    /// A shared agreement, as the link carries it.
    pub agreement: Option<String>,
    /// What the reading build handed the link over for.
    pub then: Option<Then>,
    /// The embedding host's settings, from the query.
    pub embed: EmbedConfig,
}

impl Link {
    /// Read a page's address: its query (`location.search`) and fragment
    /// (`location.hash`), each with or without its leading `?` or `#`.
    /// Nothing here fails: unknown keys are ignored, a mangled value degrades.
    pub fn parse(query: &str, fragment: &str) -> Link {
        let query = decode(query.trim_start_matches('?'));
        let pairs: Vec<(String, String)> = query
            .iter()
            .filter(|(k, _)| CALCULATOR_QUERY_KEYS.contains(&k.as_str()))
            .cloned()
            .chain(decode(fragment))
            .collect();
        let value = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        Link {
            agreement_view: value(key::VIEW) == Some(AGREEMENT_VIEW),
            lang: value(key::LANG).map(lang_of),
            more: value(key::MORE) == Some("1"),
            agreement: value(key::AGREEMENT).map(str::to_string),
            then: value(key::OPEN).and_then(Then::from_key),
            embed: embed_config(&query),
            calculator: pairs.iter().filter(|(k, _)| is_calculators(k)).cloned().collect(),
        }
    }

    /// The page as it is, as a link: the calculator, the view, the language
    /// (English only: Danish is the default) and "more settings".
    pub fn of(form: &CalculatorForm, agreement_view: bool, lang: Lang, more: bool) -> Link {
        Link {
            calculator: form_pairs(form).into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            agreement_view,
            lang: (lang == Lang::En).then_some(Lang::En),
            more,
            ..Link::default()
        }
    }

    /// A share link's: an agreement (`io::to_fragment`) to read.
    pub fn sharing(agreement: String) -> Link {
        Link { agreement_view: true, agreement: Some(agreement), ..Link::default() }
    }

    /// The fragment that reads back as this link (`parse`). The embedding's
    /// settings are the host's query, never the fragment's.
    pub fn encode(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = self.calculator.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        if self.agreement_view {
            pairs.push((key::VIEW, AGREEMENT_VIEW));
        }
        if let Some(l) = self.lang {
            pairs.push((key::LANG, l.tag()));
        }
        if self.more {
            pairs.push((key::MORE, "1"));
        }
        if let Some(a) = &self.agreement {
            pairs.push((key::AGREEMENT, a));
        }
        if let Some(then) = self.then {
            pairs.push((key::OPEN, then.key()));
        }
        encode(&pairs)
    }

    /// The calculator form the address opens, for the year on the clock;
    /// its numbers are read in the link's language.
    pub fn form(&self, current_year: u16) -> CalculatorForm {
        let lang = (self.lang == Some(Lang::En)).then_some((key::LANG, ENGLISH));
        form_from_pairs(current_year, self.calculator.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain(lang))
    }
}

/// Whether `key` is one of the calculator's: its year, municipality, flags,
/// level, and number fields.
fn is_calculators(key: &str) -> bool {
    [key::YEAR, key::KOMMUNE, key::CHURCH, key::SINGLE_PARENT, key::LEDIGHEDSYDELSE_LEVEL].contains(&key)
        || Field::from_key(key).is_some()
}

/// Read the embedding's settings from decoded query pairs.
fn embed_config(query: &[(String, String)]) -> EmbedConfig {
    let value = |key: &str| query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let hidden = |what: &str| value(key::HIDE).is_some_and(|list| list.split(',').any(|w| w.trim() == what));
    EmbedConfig {
        embedded: matches!(value(key::EMBED), Some("1" | "true")),
        parts: match value(key::PARTS) {
            Some(v) if Parts::CALCULATOR_ONLY.contains(&v) => Parts::CalculatorOnly,
            Some(v) if Parts::AGREEMENT_ONLY.contains(&v) => Parts::AgreementOnly,
            _ => Parts::Both,
        },
        accent: value(key::ACCENT).and_then(readable_accent),
        compact: matches!(value(key::COMPACT), Some("1" | "true")),
        hide_language: hidden("lang"),
        hide_delete: hidden("delete"),
    }
}

/// A language in the address: `en` is English, anything else Danish.
fn lang_of(value: &str) -> Lang {
    if value.trim() == ENGLISH {
        Lang::En
    } else {
        Lang::Da
    }
}

/// A share link: the agreement page beside the page at `origin` + `path`,
/// with the agreement (`io::to_fragment`) in the fragment.
pub fn share_link(origin: &str, path: &str, agreement: String) -> String {
    format!("{origin}{}#{}", agreement_page(path), Link::sharing(agreement).encode())
}

/// The fragment with `then` for the full app, in place of any earlier one.
pub fn hand_over(fragment: &str, then: Then) -> String {
    with_pair(&decode(fragment), key::OPEN, Some(then.key()))
}

/// The fragment with the language set: `lang=en` for English, none for Danish.
pub fn with_lang(fragment: &str, lang: Lang) -> String {
    with_pair(&decode(fragment), key::LANG, (lang == Lang::En).then_some(ENGLISH))
}

/// The fragment `pairs` with `key` set to `value` at the end, in place of
/// any earlier value, or left out when `value` is `None`.
fn with_pair(pairs: &[(String, String)], key: &str, value: Option<&str>) -> String {
    let mut kept: Vec<(&str, &str)> =
        pairs.iter().filter(|(k, _)| k != key).map(|(k, v)| (k.as_str(), v.as_str())).collect();
    kept.extend(value.map(|v| (key, v)));
    encode(&kept)
}

/// The agreement page's path for the app's page at `path` (a URL's path:
/// `/`, `/index.html`, `/fleksjob/aftale.html`).
fn agreement_page(path: &str) -> String {
    beside(path, AGREEMENT_PAGE)
}

/// The editor page's path, beside the page at `path`.
pub fn editor_page(path: &str) -> String {
    beside(path, EDITOR_PAGE)
}

fn beside(path: &str, page: &str) -> String {
    let folder = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{folder}{page}")
}

/// The form as the fragment's pairs, in a stable order. Numbers are
/// written in one canonical form whatever the language ("1250.5"), so a
/// link reads back the same in Danish and English; text that is not a
/// number is kept as typed, so a reload loses nothing.
pub fn form_pairs(form: &CalculatorForm) -> Vec<(&'static str, String)> {
    let mut pairs = vec![(key::YEAR, form.year.to_string())];
    if let Some(number) = form.municipality {
        pairs.push((key::KOMMUNE, number.to_string()));
    }
    if form.church {
        pairs.push((key::CHURCH, "1".to_string()));
    }
    if form.single_parent {
        pairs.push((key::SINGLE_PARENT, "1".to_string()));
    }
    if let Some(level) = form.ledighedsydelse_level {
        pairs.push((key::LEDIGHEDSYDELSE_LEVEL, level.key().to_string()));
    }
    for field in Field::ALL {
        let text = form.text(field);
        if !text.is_empty() {
            let value = read_decimal(text, form.number_style).map(|d| d.canonical());
            pairs.push((field.key(), value.unwrap_or_else(|_| text.to_string())));
        }
    }
    pairs
}

/// The opening form with the fragment's pairs applied. Unknown keys and
/// unsupported years are ignored: an old or hand-edited link still opens.
/// Numbers are read in the link's language (`lang=en`: links made before
/// the canonical form held English grouping) and shown in its style.
pub fn form_from_pairs<'a>(current_year: u16, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> CalculatorForm {
    let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
    let mut form = CalculatorForm::new(current_year);
    if pairs.iter().any(|(k, v)| *k == key::LANG && lang_of(v) == Lang::En) {
        form.number_style = NumberStyle::English;
    }
    for (k, value) in pairs {
        match k {
            key::YEAR => {
                if let Ok(y) = value.trim().parse() {
                    form.set_year(y);
                }
            }
            key::KOMMUNE => form.set_municipality(value),
            key::CHURCH => form.church = is_yes(value),
            key::SINGLE_PARENT => form.single_parent = is_yes(value),
            key::LEDIGHEDSYDELSE_LEVEL => form.ledighedsydelse_level = LedighedsydelseLevel::from_key(value),
            _ => {
                if let Some(field) = Field::from_key(k) {
                    let shown = read_decimal(value, form.number_style).map(|d| field.shown(&d, form.number_style));
                    form.set_text(field, shown.unwrap_or_else(|_| value.to_string()));
                }
            }
        }
    }
    form
}

/// A flag in a link: "1", "true", "ja" or "yes".
fn is_yes(value: &str) -> bool {
    matches!(value.trim(), "1" | "true" | "ja" | "yes")
}

/// `key=value` pairs joined by `&`, values percent-encoded where needed.
pub fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    join(pairs.iter().map(|(k, v)| format!("{}={}", escape(k.as_ref()), escape(v.as_ref()))), '&')
}

/// Split a fragment or query (with or without its leading `#`) into decoded
/// pairs. Malformed escapes are kept literally: a mangled link degrades,
/// never fails.
pub fn decode(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (unescape(k), unescape(v))
        })
        .collect()
}

/// Keep letters, digits and the few marks a number needs readable in the
/// link ("12,5"); percent-encode the rest as UTF-8.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.,~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_keep_number_marks_and_encode_the_rest() {
        assert_eq!(escape("12,5 kr."), "12,5%20kr.");
        assert_eq!(unescape("%C3%A6%2"), "æ%2");
        assert_eq!(unescape("a+b"), "a b");
    }

    #[test]
    fn the_language_is_english_only_for_en() {
        assert_eq!(lang_of("en"), Lang::En);
        assert_eq!(lang_of(" en "), Lang::En);
        for other in ["da", "", "EN", "english"] {
            assert_eq!(lang_of(other), Lang::Da, "{other}");
        }
    }

    #[test]
    fn share_links_open_the_agreement_page_beside_the_app() {
        for (app, page) in [
            ("/", "/aftale.html"),
            ("/index.html", "/aftale.html"),
            ("/aftale.html", "/aftale.html"),
            ("/fleksjob/", "/fleksjob/aftale.html"),
            ("/fleksjob/index.html", "/fleksjob/aftale.html"),
            ("", "/aftale.html"),
        ] {
            assert_eq!(agreement_page(app), page, "from {app:?}");
        }
    }

    /// The reader's language switch: `lang` set once, at the end, or left out.
    #[test]
    fn a_pair_is_set_once_or_left_out() {
        let pairs = decode("#view=aftale&lang=en&agreement=eyJ9&lang=da");
        assert_eq!(with_pair(&pairs, "lang", Some("en")), "view=aftale&agreement=eyJ9&lang=en");
        assert_eq!(with_pair(&pairs, "lang", None), "view=aftale&agreement=eyJ9");
        let fragment = "view=aftale&lang=en&agreement=eyJ9&lang=da";
        assert_eq!(with_lang(fragment, Lang::En), "view=aftale&agreement=eyJ9&lang=en");
        assert_eq!(with_lang(fragment, Lang::Da), "view=aftale&agreement=eyJ9");
    }
}
