//! Relief in the person's language (`docs/languages.md`): one set of Fluent messages per
//! language in `locales/<lang>/relief.ftl` — the same files the UI reads — built into the
//! binary, with each language's plural rules (Fluent's) and its decimal separator (ICU4X's
//! CLDR data). The language comes from the system (`LANG`, `LC_MESSAGES`, `LC_ALL`), negotiated
//! against the four Relief speaks; a message missing in a language falls back to English.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use unic_langid::LanguageIdentifier;

/// A language Relief speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Lang {
    En,
    De,
    Es,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Fr];

    /// `en`, `de`, `es`, `fr`: the BCP 47 language and the folder of its messages.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// The messages' source text.
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../../locales/en/relief.ftl"),
            Lang::De => include_str!("../../../locales/de/relief.ftl"),
            Lang::Es => include_str!("../../../locales/es/relief.ftl"),
            Lang::Fr => include_str!("../../../locales/fr/relief.ftl"),
        }
    }

    /// The locale chrono names months and weekdays in.
    pub fn chrono_locale(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_US,
            Lang::De => chrono::Locale::de_DE,
            Lang::Es => chrono::Locale::es_ES,
            Lang::Fr => chrono::Locale::fr_FR,
        }
    }

    fn id(self) -> LanguageIdentifier {
        // The four codes are valid identifiers; the default is English.
        self.code().parse().unwrap_or_default()
    }

    /// A language asked for by name (`--lang`): `de`, `de-AT`, `es_ES.UTF-8`.
    /// Refused with the rule it breaks, as words (`model::ValueError` holds them).
    pub fn parse(text: &str) -> Result<Lang, Said> {
        let wanted = posix_to_bcp47(text);
        Lang::ALL
            .into_iter()
            .find(|l| wanted.language.as_str() == l.code())
            .ok_or_else(|| Said::new("rule-language").with("got", format!("{text:?}")))
    }

    /// The best of Relief's languages for a system's locale settings, most important first
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG` for the CLI; the system locale for the app), each a
    /// POSIX locale (`de_DE.UTF-8`) or a BCP 47 tag; English when none fits.
    pub fn negotiate<'a>(locales: impl IntoIterator<Item = &'a str>) -> Lang {
        let requested: Vec<LanguageIdentifier> = locales
            .into_iter()
            .map(str::trim)
            // "C" and "POSIX" ask for no language in particular.
            .filter(|l| !l.is_empty() && *l != "C" && *l != "POSIX")
            .map(posix_to_bcp47)
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.id()).collect();
        let default = Lang::En.id();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::ALL.into_iter().find(|l| l.id() == **id))
            .unwrap_or(Lang::En)
    }
}

/// The locale to write dates and numbers by when speaking `lang` on a system set to `system`
/// (`en_GB.UTF-8` → `en-GB`): the system's own when it is that language, else the language.
pub fn locale_tag(lang: Lang, system: &str) -> String {
    let id = posix_to_bcp47(system);
    if id.language.as_str() == lang.code() {
        id.to_string()
    } else {
        lang.code().to_owned()
    }
}

/// `de_DE.UTF-8@euro` → `de-DE`; a BCP 47 tag stays as it is. Unreadable text is no language.
fn posix_to_bcp47(text: &str) -> LanguageIdentifier {
    let base = text
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    base.parse().unwrap_or_default()
}

/// One language's messages, with English behind them, and its number format.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
    decimals: Option<DecimalFormatter>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.id()]);
    // Plain text for terminals, PDFs and notifications: no bidi isolation marks around values.
    bundle.set_use_isolating(false);
    // A message that does not parse is left out (and the test of the files fails); the rest
    // are still there.
    let resource = FluentResource::try_new(lang.ftl().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let locale = icu_locale_core::Locale::try_from_str(lang.code()).ok();
        Messages {
            lang,
            bundle: bundle(lang),
            english: (lang != Lang::En).then(|| bundle(Lang::En)),
            decimals: locale
                .and_then(|l| DecimalFormatter::try_new((&l).into(), Default::default()).ok()),
        }
    }

    /// English transformed into a pseudo-language — letters accented, vowels doubled, about a
    /// third longer — so text that does not come from the messages, and boxes too small for
    /// longer words, stand out (`docs/languages.md`). Numbers stay as English writes them.
    pub fn pseudo() -> Messages {
        let mut messages = Messages::english();
        messages.bundle.set_transform(Some(pseudo_text));
        messages
    }

    /// The messages in English: what `--json`, files and logs say whatever the language.
    pub fn english() -> Messages {
        Messages::new(Lang::En)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with `args`; English if this language lacks it, the id itself if
    /// English does too (a test makes sure neither happens).
    pub fn get(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue<'_> = match value {
                Value::Text(t) => FluentValue::String(Cow::Borrowed(t)),
                Value::Count(n) => FluentValue::from(*n),
                Value::Decimal(x) => {
                    // Plural forms by the number as shown: "1.0 points", "1,0 point" (fr).
                    let shown = (x * 10.0).round() / 10.0;
                    let mut number = fluent_bundle::types::FluentNumber::from(shown);
                    number.options.minimum_fraction_digits = Some(1);
                    FluentValue::Number(number)
                }
            };
            fluent.set(*name, value);
        }
        for bundle in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// `x` with one decimal as this language writes it: "1.3", "1,3"; never "-0.0".
    pub fn one(&self, x: f64) -> String {
        let tenths = (x * 10.0).round() as i64;
        let mut decimal = Decimal::from(tenths);
        decimal.multiply_pow10(-1);
        decimal.absolute.pad_end(-1);
        match &self.decimals {
            Some(f) => f.format(&decimal).to_string(),
            None => one_decimal(x),
        }
    }

    /// An interval as this language can read it: "[0.2, 1.6]", or "[0,2; 1,6]" where the
    /// decimal comma would make a comma between the bounds ambiguous; "–" for a missing bound.
    pub fn interval(&self, low: Option<f64>, high: Option<f64>) -> String {
        let bound = |x: Option<f64>| x.map(|x| self.one(x)).unwrap_or_else(|| "–".into());
        let between = if self.one(0.5).contains(',') {
            "; "
        } else {
            ", "
        };
        format!("[{}{between}{}]", bound(low), bound(high))
    }

    /// "1.3 points", "1,3 Punkte".
    pub fn points(&self, x: f64) -> String {
        self.get(
            "points",
            &[
                ("n", Value::Decimal(x)),
                ("shown", Value::Text(&self.one(x))),
            ],
        )
    }

    /// A remedy's name inside a sentence: lower case where the language writes common nouns
    /// so ("after heat"), as named where it does not (German: „Wärme“).
    pub fn in_sentence(&self, name: &str) -> String {
        match self.lang {
            Lang::De => name.to_owned(),
            Lang::En | Lang::Es | Lang::Fr => name.to_lowercase(),
        }
    }
}

const PLAIN: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ACCENTED: &str = "ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ";

/// The pseudo-language of a message's text (the UI's `pseudo` in `ui/src/lib/i18n` does the
/// same): each ASCII letter accented, each vowel twice.
pub fn pseudo_text(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 3);
    for c in text.chars() {
        match PLAIN.find(c) {
            Some(i) => {
                // PLAIN is ASCII, so the byte index is the letter's place.
                let accented = ACCENTED.chars().nth(i).unwrap_or(c);
                out.push(accented);
                if "AEIOUaeiou".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Words to be said later, in whichever language is asked for: a message's id and its values.
/// Refusals carry these instead of finished English sentences (a value's rule, a file's reason,
/// an import's row), so the CLI and the window can say them in the person's language;
/// `Display` says them in English, the language of `--json`, logs and tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value inside [`Said`]: text as it is, a whole number (which picks plural forms), or more
/// words said in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(i64),
    Said(Box<Said>),
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// The same words with the variable `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Said {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The words in `m`'s language.
    pub fn in_(&self, m: &Messages) -> String {
        let nested: Vec<(&str, String)> = self
            .args
            .iter()
            .filter_map(|(name, arg)| match arg {
                Arg::Said(s) => Some((*name, s.in_(m))),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(t) => Value::Text(t),
                    Arg::Count(n) => Value::Count(*n),
                    Arg::Said(_) => Value::Text(
                        nested
                            .iter()
                            .find(|(n, _)| n == name)
                            .map(|(_, t)| t.as_str())
                            .unwrap_or(""),
                    ),
                };
                (*name, value)
            })
            .collect();
        m.get(self.id, &args)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_(&Messages::english()))
    }
}

/// Text from outside Relief (a parser's message, a field's name) carried as it is, in every
/// language (the `plain` message).
impl From<String> for Said {
    fn from(text: String) -> Said {
        Said::new("plain").with("text", text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Said {
        Said::from(text.to_owned())
    }
}

impl From<&String> for Said {
    fn from(text: &String) -> Said {
        Said::from(text.clone())
    }
}

/// `--json` and files say it in English.
impl serde::Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(t.clone())
    }
}

impl From<Said> for Arg {
    fn from(s: Said) -> Arg {
        Arg::Said(Box::new(s))
    }
}

macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_arg!(i64, i32, u8, u16, u32, u64, usize);

/// A value for a message's variable.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    /// Text as it is: a name, or a number already formatted.
    Text(&'a str),
    /// A whole number that also picks the plural form.
    Count(i64),
    /// A number shown with one decimal; it picks the plural form as shown.
    Decimal(f64),
}

/// A number with one decimal and never "-0.0", without a language's separators: `1.25` →
/// "1.3", `-0.04` → "0.0". What [`Messages::one`] falls back on.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    format!("{:.1}", if r == 0.0 { 0.0 } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_locale_picks_the_language() {
        assert_eq!(Lang::negotiate(["de_DE.UTF-8"]), Lang::De);
        assert_eq!(
            Lang::negotiate(["", "es_MX.UTF-8", "en_US.UTF-8"]),
            Lang::Es
        );
        assert_eq!(Lang::negotiate(["fr_CA"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["C", "de-AT"]), Lang::De);
        assert_eq!(Lang::negotiate(["pt_BR.UTF-8"]), Lang::En);
        assert_eq!(Lang::negotiate(["C.UTF-8"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
        assert_eq!(Lang::parse("es").unwrap(), Lang::Es);
        assert_eq!(one_decimal(1.25), "1.3");
        assert_eq!(one_decimal(-0.04), "0.0");
        assert_eq!(one_decimal(2.0), "2.0");
        assert!(Lang::parse("klingon").is_err());
    }

    #[test]
    fn the_pseudo_language_changes_every_letter_of_the_text_and_none_of_the_values() {
        let m = Messages::pseudo();
        let text = m.get("verdict-helped", &[]);
        assert!(!text.is_empty());
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert!(text.chars().count() > "Helped".len());
        // Values keep their letters: a remedy's name is the person's own text.
        let sentence = m.get("chart-remedy-row", &[("name", Value::Text("Heat"))]);
        assert!(sentence.contains("Heat"), "{sentence}");
    }

    #[test]
    fn the_locale_tag_keeps_the_systems_region_only_for_its_language() {
        assert_eq!(locale_tag(Lang::En, "en_GB.UTF-8"), "en-GB");
        assert_eq!(locale_tag(Lang::De, "de_AT.UTF-8@euro"), "de-AT");
        assert_eq!(locale_tag(Lang::De, "en_GB.UTF-8"), "de");
        assert_eq!(locale_tag(Lang::Fr, ""), "fr");
    }

    #[test]
    fn numbers_and_plurals_follow_the_language() {
        let en = Messages::new(Lang::En);
        assert_eq!(en.one(1.25), "1.3");
        assert_eq!(en.one(-0.04), "0.0");
        assert_eq!(en.points(2.46), "2.5 points");
        assert_eq!(en.points(1.0), "1.0 points");
        let de = Messages::new(Lang::De);
        assert_eq!(de.one(1.25), "1,3");
        assert_eq!(de.points(2.46), "2,5 Punkte");
        let fr = Messages::new(Lang::Fr);
        assert_eq!(fr.points(1.5), "1,5 point");
        assert_eq!(fr.points(2.0), "2,0 points");
        let es = Messages::new(Lang::Es);
        assert_eq!(es.points(0.5), "0,5 puntos");
    }
}
