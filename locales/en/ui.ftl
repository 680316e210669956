# Relief's window: every word the desktop app shows that the core does not. The core's
# messages (relief.ftl) are read by the window too. docs/languages.md says how to write them.

## The window, navigation, sample data

app-name = Relief
nav-label = Views
nav-log = Log
nav-history = History
nav-insights = Insights
nav-experiment = Experiment
nav-export = Export
nav-settings = Settings
nav-shortcut = { $view } (Alt+{ $n })
sample-banner = You are looking at sample data in a separate journal; yours is untouched.
sample-leave = Back to my journal
try-sample = Try with sample data
refused-title = Relief cannot open your journal
refused-help = Nothing was changed. Restore one of the daily backups below (the damaged file is kept too), or move the file away and Relief starts a new journal, into which a JSON export can be imported.
quick-title = Quick check-in
dismiss = Dismiss
cancel = Cancel
edit = Edit
delete = Delete
undo = Undo
key-ctrl = Ctrl
key-enter = Enter
from = From
to = To

## Log

log-title = How are you now?
log-welcome = Welcome to Relief.
log-welcome-how = Log how sore you are whenever it comes to mind — a digit and Ctrl+Enter is a whole check-in. Add where, why and what you tried when you like.
log-welcome-after = After a remedy, rate again a little later: that is how Relief learns what really helps you.
log-how-sore = How sore are you now?
log-scale-hint = 0 = none, 10 = worst imaginable · type a digit
log-scale-label = Soreness from 0 to 10
log-when = When
log-where = Where
where-back = Back
where-front = Front and limbs
map-label = Body map: front and back
log-cause = Suspected cause
log-tried = What did you try?
peg-summary = Weekly check: how much did soreness get in the way? (optional)
peg-enjoyment = Enjoyment of life (0–10)
peg-activity = General activity (0–10)
log-note = Note (optional)
log-save = Save check-in
log-save-changes = Save changes
log-choose-rating = Choose how sore you are (0–10) first.
log-bad-time = The time is not a valid date and time.
log-changes-saved = Changes saved.
log-saved = Saved: soreness { $rating }/10.
remedy-minutes = Minutes
remedy-how = How (optional)
remedy-how-example = e.g. massage ball
remedy-after = Sore after (0–10)
remedy-after-minutes = …minutes later
remedy-timer = Timer
remedy-holds = Holds of { $seconds } s ×
remedy-timer-then = { $minutes } min; then “How sore now?”
remedy-set-minutes = Set the minutes

## History

history-filter = Filter entries
history-remedy = Remedy
history-cause = Cause
history-any = Any
history-anywhere = Anywhere
history-edit-title = Edit the check-in of { $day }, { $time }
history-empty = No check-ins here yet.
history-empty-how = Log one in Log (Alt+1): a rating takes a keystroke, the rest is optional. Each check-in shows up here by day, where you can correct or delete it.
history-soreness = soreness { $rating } of 10
history-imported = imported from { $app } ({ $file })
history-source-csv = a spreadsheet
history-deleted = Deleted the check-in of { $day }, { $time }.
history-restored = Restored.

## Insights

range-label = Range
range-30 = 30 days
range-90 = 90 days
range-365 = 1 year
range-all = All
range-custom = Custom
insights-empty = Nothing to show for this range yet.
insights-empty-how = Insights appear once you have a few check-ins. For an honest answer to “what helps me?”, rate your soreness again after a remedy (say 30 minutes later), and now and then after doing nothing at all — a rest session — so Relief can tell real relief from the ups and downs that happen anyway.
insights-summary = { $from } – { $to }: logged on { $logged } of { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
insights-average = Average soreness { $mean }, least { $least }, worst { $worst }.
insights-change = First week → last week: { $change }; { $importance }.
insights-what-helped = What helped
insights-explain = Relief is measured as how much less sore you were after a session than before it (positive = relief). “Likely” ranges are 95% intervals, widened because several remedies are tested at once: a verdict needs the whole range on one side. “Not enough data” is not “didn’t help” — it means Relief can’t tell yet.
insights-sessions-so-far = { $n ->
        [one] { $n } session with a rating afterwards so far
       *[other] { $n } sessions with a rating afterwards so far
    }
insights-per-session = Per session: { $relief }, from { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
insights-clear-drop = { $sentence }; a clear drop (2+ points or 30%) in { $percent }%
insights-next-morning = Next morning:
relief-no-estimate = no estimate yet
relief-less-sore = { $amount } less sore
relief-more-sore = { $amount } more sore
relief-with-range = { $relief } (likely { $low } to { $high })
table-caption = What helped, in numbers: relief per session in points (positive = less sore)
table-remedy = Remedy
table-sessions = Sessions
table-relief = Relief per session
table-range = Likely range
table-verdict = Verdict
table-likely = { $low } to { $high }
table-reference = Reference (natural change)

## Experiment

experiment-title = Find out for sure
experiment-yours = Your experiment
experiment-now-title = Experiment: { $remedy } vs { $comparator }
experiment-pair-of = Pair { $pair } of { $pairs }
experiment-waiting = Waiting for your rating after the last session: answer “How sore now?”.
experiment-this-session = This session: { $arm }, on its own — then rate how sore you are after.
experiment-today = Today: { $arm }. Log how sore you are tomorrow morning.
experiment-running = Running: { $remedy } vs { $comparator }
experiment-progress = { $done } of { $pairs } pairs complete{ $void ->
        [0] .
       *[other] , { $void } void (replaced at the end).
    }
experiment-no-peeking = The result shows once it ends — looking earlier would fool you.
experiment-skip = Not this time (skip)
experiment-why-stop = Why stop?
experiment-stop = Stop the experiment
experiment-stopped = Stopped: { $remedy } vs { $comparator }
experiment-finished = Finished: { $remedy } vs { $comparator }
experiment-numbers = The result in numbers
experiment-advantage = Advantage of { $remedy }
experiment-likely = Likely between
experiment-p-value = Chance of a difference this large by luck
experiment-prob-meaningful = Chance the benefit is at least { $delta }
experiment-pairs = Pairs
experiment-pairs-count = { $done } complete of { $planned } planned, { $void } void
experiment-deviations = What did not go as planned ({ $n })
experiment-deviation = Pair { $pair }, slot { $slot }: { $what }
experiment-caveat = Self-reported, not blinded, one person, these weeks: a strong hint for you, not a diagnosis.
experiment-start-title = Start an experiment
experiment-start-how = Relief decides at random, pair by pair, which of two things to do. Follow the schedule for a few weeks and it tells you whether the difference is more than chance.
experiment-test = Test
experiment-against = against
experiment-resting = Resting (doing nothing for the same time)
experiment-days-without = Days without it
experiment-how = How
experiment-design-session = One session at a time
experiment-design-session-help = Do the assigned one on its own, then rate how sore you are after.
experiment-design-tonight = Tonight → tomorrow morning
experiment-design-tonight-help = Each evening the assigned one (or not); rate the next morning.
experiment-design-week = A week at a time
experiment-design-week-help = For slow remedies: a week each, the first 2 days not counted.
experiment-delta = Smallest difference worth having
experiment-delta-unit = { $n ->
        [one] point
       *[other] points
    }
experiment-hint-own = About { $pairs } pairs, about { $days } days, to see a difference of { $delta } (from how your own ratings vary).
experiment-hint-typical = About { $pairs } pairs, about { $days } days, to see a difference of { $delta } (from how ratings typically vary).
experiment-start = Start
experiment-started = Experiment started. Relief drew the schedule at random.
experiment-skipped = Skipped: that pair will be replaced at the end.
experiment-stopped-toast = Experiment stopped.

## Export and import

export-title = Export and import
export-clinician = For your clinician
export-clinician-what = A one-page summary a physiotherapist or doctor can read in a minute — soreness over time, where, suspected causes and what helped, with its uncertainty — followed by the full log.
export-report-name = Name on the report (optional)
export-paper = Paper
export-paper-computer = As this computer
export-paper-a4 = A4
export-paper-letter = US Letter
export-report-lang = Language of the report
export-lang-app = Relief’s language
export-save-report = Save PDF report…
export-fhir = For a clinic system (FHIR)
export-fhir-what = The same range as structured data a clinic’s record system can import (FHIR R4): each rating with its time and where it was sore, each remedy session with the rating after it, the weekly PEG and your notes. Importing it again adds nothing twice.
export-your-name = Your name (optional)
export-save-fhir = Save FHIR bundle…
export-journal = Your journal
export-journal-what = Everything you logged, for a spreadsheet (CSV, one row per remedy use) or a complete, lossless copy (JSON) that Relief can import again.
export-csv = Export CSV…
export-json = Export JSON…
export-chart = A chart
export-chart-kind = Chart
export-chart-trend = Soreness over time
export-chart-causes = Suspected causes
export-format = Format
export-svg = SVG (scalable)
export-save-chart = Save chart…
export-saved-journal = Saved the journal to { $path }
export-saved-chart = Saved the chart to { $path }
export-saved-report = Saved the report to { $path }
export-saved-fhir = Saved the FHIR bundle to { $path }. Like every export it is a plain, unencrypted file.
import-title = Import
import-what = A CSV or JSON export from Relief (or a spreadsheet in the same shape). Nothing is written unless the whole file is valid, and check-ins already in your journal are skipped.
import-button = Import…
import-done = Imported { $added ->
        [one] { $added } check-in
       *[other] { $added } check-ins
    }; { $skipped } were already in the journal.
import-differing = { $differing ->
        [one] { $differing } of them differs from your journal and was left as your journal has it; change it in History.
       *[other] { $differing } of them differ from your journal and were left as your journal has them; change them in History.
    }
import-other-what = Bearable and Flaredown exports, or any CSV (Manage My Pain, Migraine Buddy, Daylio, a spreadsheet) with the columns you choose. You see what each row becomes before anything is written; importing the same file again adds nothing.
import-other-button = Import from another app…
import-other-csv = Another app or a spreadsheet (CSV)
import-file-rows = { $encoding }, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }
import-written-by = Written by
import-severity = Severity on Relief’s 0–10 scale
import-mild = Mild
import-moderate = Moderate
import-severe = Severe
import-extreme = Extreme
import-flaredown-columns = Which columns are your soreness (0–4)? None ticked: those named like a pain.
import-columns = Columns
import-date = Date
import-time = Time (optional)
import-rating = Rating
import-scale-from = Scale from
import-scale-to = to
import-remedies = Remedies (optional)
import-first = The first { $first } of { $checkins } check-ins this file gives
import-first-reading = The first check-ins this file gives (reading the rest…)
import-soreness = Soreness
import-tried = Tried
import-causes = Causes
import-note = Note
import-unusable = { $n ->
        [one] { $n } row cannot be used
       *[other] { $n } rows cannot be used
    }
import-line = Line { $line }: { $reason }
import-leave-out = { $n ->
        [one] Leave out the row that cannot be used
       *[other] Leave out the { $n } rows that cannot be used
    }
import-save-as = Save these choices as (optional)
import-go = { $n ->
        [one] Import { $n } check-in
       *[other] Import { $n } check-ins
    }
import-reading = Reading the whole file…

## Settings

settings-language = Language
settings-language-system = As the system ({ $language })
settings-language-saved = Relief now speaks this language.
settings-remedies = Remedies
catalogue-name-of = Name of { $name }
catalogue-rename = Rename
catalogue-renamed = Renamed.
catalogue-archive = Archive
catalogue-unarchive = Unarchive
catalogue-archived = Archived: hidden from new check-ins, kept on old ones.
catalogue-unarchived = Back in the list.
catalogue-add-own = Add your own
catalogue-add = Add
catalogue-added = Added { $name }.
settings-reminders = Reminders
settings-reminders-what = A desktop notification at these times; clicking it opens the check-in. Missed ones (asleep, Relief closed) come once, later the same day, never piled up.
settings-check-in = Check-in
settings-stretch = Stretch break
settings-time = Time
settings-weekdays = Weekdays
settings-remove = Remove
settings-remove-reminder = Remove this reminder
settings-no-reminders = No reminders yet.
settings-add-check-in = Add a check-in reminder
settings-add-stretch = Add a stretch break
settings-autostart = Start Relief at login, in the tray, so reminders come without opening it
settings-autostart-on = Relief will start at login, in the tray.
settings-autostart-off = Relief will not start at login.
settings-after-remedy = After a remedy
settings-ask = Ask “How sore now?”
settings-never = never
settings-minutes-later = { $minutes } minutes later
settings-follow-up-never = Relief will not ask how sore you are after a remedy.
settings-follow-up-saved = Relief asks how sore you are { $minutes } minutes after a remedy.
settings-timer-note = A remedy logged with a timer is asked about when the timer ends. The answer is how Relief learns what helps you.
settings-journal-day = Journal day
settings-day-starts = A new day starts at
settings-day-start-saved = A journal day now starts at { $time }.
settings-day-note = Check-ins before this hour count toward the day before, so a late-evening check-in at 00:30 closes that evening.
settings-theme = Theme
settings-theme-system = Like the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-journal = Journal
settings-journal-path = Your journal:
settings-journal-note = It never leaves this machine. Relief keeps a daily backup beside it (the last 7 days and 4 weeks); Export → JSON makes a copy you can keep elsewhere.
settings-sample = Look at sample data (a separate journal)
settings-backups = Backups
backups-none = No backups yet. Relief copies your journal once a day, on the first use of the day, into a “backups” folder beside it.
backups-size = { $kilobytes } KB
backups-restore = Restore…
backups-confirm = Replace my journal with this copy
backups-restored = Restored { $name }: { $entries } check-ins. The journal as it was is kept as a backup.

## The "How sore now?" question and timers

follow-up-title = How sore now?
follow-up-after = After { $remedy } — you were at { $rating }/10 when you logged it at { $time }.
follow-up-scale = Soreness now, 0 to 10
follow-up-hint = Type a digit · Esc for not now
follow-up-not-now = Not now
follow-up-coming = Coming up
follow-up-timer = { $remedy } — Relief asks how sore you are when it ends.
follow-up-at = Relief asks how sore you are at { $time } (after { $remedy }).
follow-up-do-not-ask = Do not ask about { $remedy }
follow-up-saved = Saved: { $rating }/10 after { $remedy } (it was { $before }/10).

## A journal protected by a passphrase

unlock-title = Your journal is protected
unlock-what = Give its passphrase to open it. Nothing of it is shown before.
unlock-passphrase = Passphrase
unlock-go = Open
unlock-reminders = While the journal is locked, Relief gives no reminders and asks no "How sore now?": they are kept inside it. They come back once it is open.
protect-title = Passphrase
protect-state-on = Your journal and its backups are protected by a passphrase: without it no one can read them.
protect-state-off = Protect your journal and its backups with a passphrase, so that no one who gets the file (a shared, lent or repaired computer, a backup drive) can read it.
protect-warning = A forgotten passphrase cannot be recovered — not by you, not by anyone. Before you set one, make a copy somewhere safe: Export → JSON.
protect-passphrase = New passphrase (at least 8 characters)
protect-new = New passphrase (at least 8 characters)
protect-again = The same again
protect-differ = The two passphrases differ.
protect-go = Protect with this passphrase
protect-change = Change the passphrase
protect-remove = Remove the protection
protect-remove-confirm = Yes, make the journal readable without a passphrase
protect-exports = Exports (CSV, JSON, FHIR, the PDF report) are ordinary files, readable by anyone who has them.
protect-remember = Remember on this computer
protect-remember-note = Kept in this computer's keyring: whoever can log in as you here opens the journal without the passphrase. Off unless you choose it.
protect-done = Your journal is protected. You will be asked for the passphrase when Relief starts.
protect-changed = The passphrase is changed.
protect-removed = Your journal is no longer protected.

## Red flags and remedy guides (docs/safety.md)
safety-ask-title = Does it come with any of these?
safety-ask-why-first-start = Once, before you start: pain between the shoulder blades is rarely more than soreness, but it can be.
safety-ask-why-severe = You logged a high rating.
safety-ask-why-above-usual = That is well above your usual.
safety-ask-why-injury = You logged an injury.
safety-none = None of these
safety-save-answer = Save the answer
safety-not-now = Not now
safety-emergency-title = Call { $number } now
safety-emergency-tell = Tell them: pain between the shoulder blades, how strong it is (0–10), when it started, and what came with it.
safety-urgent-more = Tell the doctor what came with the pain and since when. If it gets worse or any sign of an emergency appears, call an ambulance.
safety-saved-with = Your check-in is saved, with what you ticked.
safety-close = Close
guide-title = How to do it well
guide-session-hold = Hold { $n } of { $total }: { $seconds } s
guide-session-cue = Lower your arms and breathe
guide-sound = Sound between holds
guide-heat-last-minute = Last minute: take the heat off when the timer ends.
remedy-holds-detail = { $holds } holds of { $seconds } s
guide-own-title = Your how-to
catalogue-how-to = How you do { $name }
catalogue-how-to-save = Save the how-to
catalogue-how-to-saved = How-to saved.
