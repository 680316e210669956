//! When the app asks about red flags, and what was answered (`docs/safety.md`). The rules are
//! the model's (`relief_model::model::safety`); this module gives them the journal's facts: the
//! check-in, the person's usual (the median of the 30 days before it), and when this computer
//! last asked.

use chrono::Days;

use super::settings::{read, store};
use super::Journal;
use crate::error::Result;
use crate::model::safety::{ask_after_check_in, ask_at_start, median, AskFacts, AskWhy, RedFlag};
use crate::model::{EntryId, Filter};

/// The journal day the checklist was last asked on this computer.
const ASKED: &str = "red_flags_asked";
/// Set once the checklist was answered here (the first start asks until then).
const ANSWERED: &str = "red_flags_answered";

/// The days before a check-in whose ratings make the person's usual.
const USUAL_DAYS: u64 = 30;

impl Journal {
    /// Whether to ask "Does it come with any of these?" after check-in `id` was saved, and why.
    /// Asking is remembered for the day: the same day never asks twice.
    pub fn red_flag_question(&mut self, id: EntryId) -> Result<Option<AskWhy>> {
        let entry = self.entry(id)?;
        let day = entry.journal_day;
        let filter = Filter {
            from: day.checked_sub_days(Days::new(USUAL_DAYS)),
            to: day.checked_sub_days(Days::new(1)),
            ..Filter::default()
        };
        let before: Vec<u8> = self
            .entries(&filter)?
            .iter()
            .map(|e| e.rating.get())
            .collect();
        let today = self.today()?;
        let facts = AskFacts {
            rating: entry.rating.get(),
            usual: median(&before),
            injury: entry.causes.iter().any(|c| c.as_str() == "injury"),
            last_asked: read(&self.conn, ASKED)?.and_then(|d| d.parse().ok()),
            today,
        };
        let why = ask_after_check_in(&facts);
        if why.is_some() {
            self.asked_today(today)?;
        }
        Ok(why)
    }

    /// Whether to ask at start: only until the checklist was first answered. It is not about
    /// a check-in, so it does not stop a check-in of that day from asking.
    pub fn red_flag_question_at_start(&self) -> Result<Option<AskWhy>> {
        Ok(ask_at_start(read(&self.conn, ANSWERED)?.is_some()))
    }

    fn asked_today(&mut self, today: chrono::NaiveDate) -> Result<()> {
        let tx = self.write()?;
        store(&tx, ASKED, &today.to_string())?;
        tx.commit()
    }

    /// The checklist's answer: `flags` join check-in `id`'s (if the question was about one),
    /// and the checklist counts as answered. "None of these" is an empty `flags`.
    pub fn answer_red_flags(&mut self, id: Option<EntryId>, flags: &[RedFlag]) -> Result<()> {
        if let Some(id) = id {
            let entry = self.entry(id)?;
            let mut draft = entry.to_draft();
            for flag in flags {
                if !draft.red_flags.contains(flag) {
                    draft.red_flags.push(*flag);
                }
            }
            if draft != entry.to_draft() {
                self.edit_entry(id, &draft)?;
            }
        }
        let tx = self.write()?;
        store(&tx, ANSWERED, "1")?;
        tx.commit()
    }
}
