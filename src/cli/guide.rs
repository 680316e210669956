//! `relief guide`: when to get help (the red flags, `docs/safety.md`) and how to do each
//! remedy well. Read without a journal (what it says is the same for everyone), except the
//! how-to a person wrote for a remedy of their own.

use std::io::Write;

use relief::i18n::Messages;
use relief::i18n::Value::Text;
use relief::model::safety::{self, RedFlag, Tier};
use relief::model::{CatalogueKind, ValueError};
use relief::{system, Error, Journal};
use serde::Serialize;

use super::args::GuideArgs;
use super::{print, Outcome};

/// One red flag as `relief guide red-flags --json` lists it.
#[derive(Serialize)]
struct FlagJson {
    key: &'static str,
    tier: Tier,
    text: String,
}

pub(super) fn run(
    args: GuideArgs,
    journal: impl FnOnce() -> Result<Journal, Error>,
    out: &mut dyn Write,
) -> Outcome {
    let m = system::messages();
    match args.name.as_deref().map(str::trim) {
        None => list(&m, out),
        Some("red-flags" | "red_flags") => red_flags(&m, args.json, out),
        Some(name) => {
            let found = safety::GUIDES.iter().find(|g| {
                g.remedy == name
                    || g.remedy == name.replace('-', "_")
                    || m.get(g.name, &[]).eq_ignore_ascii_case(name)
            });
            let Some(guide) = found else {
                return own(&m, name, journal()?, out);
            };
            writeln!(out, "{}\n", m.get(guide.name, &[]))?;
            for id in [guide.how, safety::STOP, guide.safety] {
                writeln!(out, "{}", m.get(id, &[]))?;
            }
            writeln!(out, "\n{}", m.get("guide-red-flags-hint", &[]))?;
            Ok(())
        }
    }
}

/// A remedy of the person's own: the how-to they wrote, the stop line every guide has, and
/// where to find when to get help.
fn own(m: &Messages, name: &str, journal: Journal, out: &mut dyn Write) -> Outcome {
    let Ok(item) = journal.find_item(CatalogueKind::Remedy, name) else {
        let known: Vec<&str> = std::iter::once("red-flags")
            .chain(safety::GUIDES.iter().map(|g| g.remedy))
            .collect();
        return Err(Error::invalid(
            "guide",
            ValueError::new("rule-guide")
                .with("got", name.escape_debug().to_string())
                .with("known", known.join(", ")),
        )
        .into());
    };
    writeln!(out, "{}\n", item.label)?;
    match &item.how_to {
        Some(how_to) => writeln!(out, "{}", how_to.as_str())?,
        None => {
            let (label, key) = (item.label.to_string(), item.key.to_string());
            writeln!(
                out,
                "{}",
                m.get(
                    "guide-own-none",
                    &[("name", Text(&label)), ("key", Text(&key))]
                )
            )?;
        }
    }
    writeln!(out, "{}", m.get(safety::STOP, &[]))?;
    writeln!(out, "\n{}", m.get("guide-red-flags-hint", &[]))?;
    Ok(())
}

fn list(m: &Messages, out: &mut dyn Write) -> Outcome {
    writeln!(out, "{}", m.get("guide-list-title", &[]))?;
    writeln!(
        out,
        "  {:<14}{}",
        "red-flags",
        m.get("safety-page-title", &[])
    )?;
    for g in &safety::GUIDES {
        writeln!(out, "  {:<14}{}", g.remedy, m.get(g.name, &[]))?;
    }
    Ok(())
}

fn red_flags(m: &Messages, json: bool, out: &mut dyn Write) -> Outcome {
    let flags: Vec<FlagJson> = RedFlag::ALL
        .iter()
        .map(|f| FlagJson {
            key: f.key(),
            tier: f.tier(),
            text: m.get(f.message(), &[]),
        })
        .collect();
    let (number, others) = system::emergency_numbers();
    print(out, json, &flags, |out, flags| {
        writeln!(out, "{}\n", m.get("safety-page-title", &[]))?;
        writeln!(out, "{}\n", m.get("safety-page-intro", &[]))?;
        for (tier, heading) in [
            (Tier::Emergency, "safety-page-emergency"),
            (Tier::Urgent, "safety-page-urgent"),
        ] {
            writeln!(out, "{}", m.get(heading, &[("number", Text(number))]))?;
            for f in flags.iter().filter(|f| f.tier == tier) {
                writeln!(out, "  - {}", f.text)?;
            }
            writeln!(out)?;
        }
        writeln!(
            out,
            "{}",
            m.get(
                "safety-emergency-others",
                &[("others", Text(&others.join(", ")))]
            )
        )?;
        writeln!(out, "{}", m.get("safety-page-source", &[]))
    })
}
