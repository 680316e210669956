//! Reading one argument's text into a model value; the error is the rule it broke, in the
//! system's language, for clap to quote.

use chrono::{Local, NaiveDate, NaiveDateTime};

use relief::analysis::Range;
use relief::i18n::Lang;
use relief::model::{
    parse_date, DayStartHour, Detail, FollowUpMinutes, LocalTime, Minutes, Rating, RedFlag, Region,
    RegionRating, Reminder, Theme, Timestamp, ValueError,
};
use relief::{system, Error};

/// A language chosen for the app, or none: follow the system.
#[derive(Clone, Copy, Debug)]
pub(super) struct LanguageChoice(pub(super) Option<Lang>);

#[derive(Clone, Debug)]
pub(super) struct RemedySpec {
    pub(super) remedy: String,
    pub(super) minutes: Option<Minutes>,
    pub(super) rating_after: Option<Rating>,
    pub(super) after_minutes: Option<Minutes>,
    pub(super) detail: Option<Detail>,
}

pub(super) fn parse_app(text: &str) -> Result<relief::imports::App, String> {
    relief::imports::App::parse(text)
}

pub(super) fn parse_language(text: &str) -> Result<LanguageChoice, String> {
    match text.trim() {
        "system" => Ok(LanguageChoice(None)),
        other => Lang::parse(other)
            .map(|l| LanguageChoice(Some(l)))
            .map_err(|_| {
                said(ValueError::new("rule-language-choice").with("got", format!("{other:?}")))
            }),
    }
}

pub(super) fn with_field<T>(field: &str, r: Result<T, ValueError>) -> Result<T, String> {
    r.map_err(|e| format!("{field} {}", said(e)))
}

/// A value's rule in the system's language, for clap to quote after its own words.
pub(super) fn said(e: ValueError) -> String {
    e.0.in_(&system::messages())
}

pub(super) fn parse_rating(text: &str) -> Result<Rating, String> {
    Rating::parse(text).map_err(said)
}

pub(super) fn parse_day(text: &str) -> Result<NaiveDate, String> {
    parse_date(text).map_err(said)
}

/// One of `all`, written as the core names it (`a4`, `trend`); clap lists the names in the
/// help and in its error for any other word.
pub(super) fn one_of<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    let names = all.iter().map(|&t| name(t));
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(names).try_map(move |text| {
        all.iter()
            .copied()
            .find(|&t| name(t) == text)
            .ok_or("unknown")
    })
}

pub(super) fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).map_err(|e| said(ValueError(e)))
}

pub(super) fn parse_day_start(text: &str) -> Result<DayStartHour, String> {
    DayStartHour::parse(text).map_err(said)
}

pub(super) fn parse_theme(text: &str) -> Result<Theme, String> {
    Theme::parse(text.trim()).map_err(said)
}

pub(super) fn parse_reminder(text: &str) -> Result<Reminder, String> {
    text.parse::<Reminder>().map_err(said)
}

pub(super) fn parse_follow_up(text: &str) -> Result<FollowUpMinutes, String> {
    FollowUpMinutes::parse(text).map_err(said)
}

pub(super) fn parse_region_key(text: &str) -> Result<Region, String> {
    Region::from_key(text).map_err(said)
}

pub(super) fn parse_red_flag(text: &str) -> Result<RedFlag, String> {
    RedFlag::from_key(text).map_err(said)
}

pub(super) fn parse_region(text: &str) -> Result<RegionRating, String> {
    let (key, rating) = match text.split_once(':') {
        Some((k, r)) => (k, Some(with_field("region rating", Rating::parse(r))?)),
        None => (text, None),
    };
    Ok(RegionRating {
        region: parse_region_key(key)?,
        rating,
    })
}

/// Local time without an offset takes this machine's offset at that moment.
pub(super) fn parse_time(text: &str) -> Result<Timestamp, String> {
    if let Ok(t) = Timestamp::parse(text) {
        return Ok(t);
    }
    let trimmed = text.trim();
    let naive = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(trimmed, f).ok())
    .ok_or_else(|| {
        format!(
            "'{}' is not a time; use 2026-11-24T08:30:00+01:00 or 2026-11-24 08:30",
            trimmed.escape_debug()
        )
    })?;
    // The journal's one reading of a local time (`LocalTime`); typed by hand at a terminal, a
    // time that happens twice or not at all is asked about rather than guessed.
    let with = |t: chrono::DateTime<chrono::FixedOffset>| t.format("%Y-%m-%dT%H:%M:%S%:z");
    match LocalTime::of(naive, &Local) {
        LocalTime::Once(at) => Ok(Timestamp::new(at)),
        LocalTime::Twice { first, second } => Err(format!(
            "{trimmed} happens twice here (the clocks go back): give the offset, {} (the first) or {} (the second)",
            with(first),
            with(second)
        )),
        LocalTime::Skipped { offset_before, .. } => Err(format!(
            "{trimmed} does not exist in local time (the clocks go forward); give the offset, e.g. {}{offset_before}",
            naive.format("%Y-%m-%dT%H:%M:%S")
        )),
        LocalTime::Never => Err(format!("{trimmed} does not exist in local time")),
    }
}

pub(super) fn parse_remedy_spec(text: &str) -> Result<RemedySpec, String> {
    let mut parts = text.splitn(5, ':');
    let remedy = parts.next().unwrap_or_default().trim().to_owned();
    if remedy.is_empty() {
        return Err("names no remedy; use KEY[:MINUTES[:AFTER[:AFTER_MINUTES[:DETAIL]]]]".into());
    }
    let mut next = || parts.next().map(str::trim).filter(|p| !p.is_empty());
    let minutes = next()
        .map(|p| with_field("minutes", Minutes::parse(p)))
        .transpose()?;
    let rating_after = next()
        .map(|p| with_field("after-rating", Rating::parse(p)))
        .transpose()?;
    let after_minutes = next()
        .map(|p| with_field("after-minutes", Minutes::parse(p)))
        .transpose()?;
    let detail = with_field("detail", Detail::new(parts.next().unwrap_or_default()))?;
    Ok(RemedySpec {
        remedy,
        minutes,
        rating_after,
        after_minutes,
        detail,
    })
}

/// The days from `--from` to `--to`, by the model's one rule.
pub(super) fn check_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Range, Error> {
    Range::new(from, to).map_err(|e| Error::invalid("--from", e))
}
