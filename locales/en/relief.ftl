# Relief's messages in English. Every language has the same messages with the same variables
# (checked by the tests); docs/languages.md says how to add or change one.
# Numbers arrive formatted for the language ($low, $high, $shown); $n and $missing are the
# numbers the plural forms are chosen by.

## Amounts

# A change in soreness on the 0–10 scale: "1.3 points".
points = { $n ->
    [one] { $shown } point
   *[other] { $shown } points
}

## Verdict sentences: what one remedy did right after a session (docs/stats.md).
## $name is the remedy as the person named it.

session-not-enough = Not enough data yet: { $missing } more { $name } { $missing ->
        [one] session with a rating afterwards is needed
       *[other] sessions with a rating afterwards are needed
    }. This does not mean it didn't help — Relief can't tell yet.
session-helped = After { $name } you were on average { $points } less sore (likely between { $low } and { $high }) — a clear relief.
session-worse = After { $name } you were on average { $points } more sore (likely between { $low } and { $high } points of relief) — it seems to make things worse.
session-small = { $name } seems to help a little: about { $points } less sore (likely between { $low } and { $high }) — real, but under the 1 point most people notice.
session-imprecise = Too uncertain to say yet: the relief after { $name } could be anywhere from { $low } to { $high } points. More sessions with a rating afterwards will narrow it.
session-no-clear = No clear effect: about { $points } of relief after { $name } (likely between { $low } and { $high }), so it made little difference.
session-none = Relief could not estimate an effect for { $name }.
session-raw = This includes natural ups and downs; log a few "rest" sessions (do nothing, then rate again) so Relief can separate them.
rest-sentence = Resting (doing nothing, then rating again) changed soreness by { $points } on its own (likely between { $low } and { $high }). That is the natural ups and downs; other remedies' relief is measured beyond it.

## Verdict sentences: what one remedy did for the next morning.

next-day-not-enough = Not enough days yet to see an effect on the next morning: { $need }. This does not mean it didn't help.
next-day-counted = { $with ->
        [one] { $with } day
       *[other] { $with } days
    } with it and { $without } without are followed by a logged day
next-day-confounded = { $counted }, but on those days it went together with other remedies (or the trend) too closely to tell its effect apart
next-day-needed = { $counted }; { $minWith } with, { $minWithout } without and { $minPairs } in all are needed
next-day-helped = On days with { $name } you woke up { $points } less sore the next morning than on comparable days without it (likely between { $low } and { $high }).
next-day-worse = On days with { $name } you woke up { $points } more sore the next morning than on comparable days without it (likely between { $low } and { $high } points of relief).
next-day-small = A small next-morning benefit: about { $points } less sore after days with { $name } (likely between { $low } and { $high }).
next-day-imprecise = Too uncertain to say what { $name } does for the next morning: anywhere from { $low } to { $high } points of relief.
next-day-no-clear = No clear effect on the next morning: about { $points } (likely between { $low } and { $high }), compared with days without { $name } that started as sore.
next-day-none = Relief could not estimate a next-morning effect for { $name }.

## Verdicts in a word (tables)

verdict-not-enough-data = not enough data
verdict-helped = helped
verdict-worse = worse
verdict-small = small effect
verdict-imprecise = too uncertain
verdict-no-clear = no clear effect
verdict-reference = reference

## The clinician report (docs/report.md). $date, $from, $to are YYYY-MM-DD.

report-title = Soreness journal summary
report-log-title = Soreness journal summary — entry log
report-generated = Generated { $date }
report-range = { $from } – { $to } · logged on { $logged } of { $days } days
report-nothing-title = No check-ins in this range.
report-nothing = Nothing was logged between these dates, so there is nothing to summarise.
report-average = Average (0–10)
report-worst = Worst
report-least = Least
report-first-last = First week → last week
report-change = { $first } → { $last }: { $change }{ $percent }
report-percent = { $percent }%
report-better = a clinically important improvement (≥ 2 points or ≥ 30%)
report-worse = a clinically important worsening (≥ 2 points or ≥ 30%)
report-unchanged = below the clinically important change (≥ 2 points or ≥ 30%)
report-two-weeks = needs at least two weeks in the range
report-peg-change = Weekly PEG (pain, enjoyment, general activity; 0–10): { $first } in the week of { $firstWeek } → { $last } in the week of { $lastWeek } ({ $weeks } weeks recorded)
report-peg-one = Weekly PEG (pain, enjoyment, general activity; 0–10): { $value } in the week of { $week }
report-peg-none = Weekly PEG (pain, enjoyment, general activity): not recorded in this range
report-where = Where it was sore
report-most-often = Most often sore
report-causes = Suspected causes
report-none-noted = none noted
report-what-helped = What helped
report-what-helped-note = relief in points (positive = less sore), 95% intervals adjusted for testing several remedies
report-col-remedy = Remedy
report-col-uses = Uses
report-col-session = Per session [95% CI]
report-col-next = Next morning [95% CI]
report-col-verdict = Verdict
report-more = … and { $count } more combinations (see relief stats)
report-no-remedies = No remedies logged in this range.
report-share = { $percent }% of check-ins, mean { $mean }
report-disclaimer = Self-reported by the patient. Not a diagnosis.
report-method = Relief is soreness before minus soreness after a session on the 0–10 scale (beyond what resting alone gives, when rest sessions were logged); next-morning relief compares mornings after days with and without the remedy that ended equally sore.
report-page = Page { $page } of { $total }
report-brand = Relief — self-reported soreness journal
report-log-day = Day
report-log-time = Time
report-log-where = Where
report-log-causes = Causes
report-log-remedies = Remedies (→ rating after)
report-log-note = Note
report-log-cont = cont.
report-log-rating = 0–10

## Charts (docs/charts.md)

chart-trend-daily = Soreness (0–10): daily average and 7-day average
chart-trend-weekly = Soreness (0–10): weekly means, with the middle half of the days
chart-trend-monthly = Soreness (0–10): monthly means, with the middle half of the days
chart-empty-checkins = No check-ins in this range yet.
chart-daily-average = daily average
chart-7-day-average = 7-day average
chart-middle-half = middle half of the days
chart-weekly-mean = weekly mean
chart-monthly-mean = monthly mean
chart-remedy-used = remedy used
chart-visit = therapist or chiropractic visit
chart-remedies-title = What helped: relief per session (points, 95% interval)
chart-remedies-empty = No remedies logged in this range yet.
chart-rest-row = Natural change (rest, n={ $n }) — the reference
chart-remedy-row = { $name } (n={ $n }) — { $verdict }
chart-relief-axis = ← more sore   ·   less sore →
chart-causes-title = Suspected causes: check-ins and mean soreness
chart-causes-empty = No causes noted in this range yet.
chart-checkins-axis = check-ins

## relief stats (the CLI's summary)

stats-empty = No entries in this range yet. Log one with `relief add --rating N`.
stats-range = { $from } – { $to }: { $logged } of { $days } days logged
stats-soreness = Soreness (0–10): average { $mean }, least { $least }, worst { $worst }
stats-first-last = First week { $first } → last week { $last }: { $change }{ $percent }
stats-peg = Latest weekly PEG (pain, enjoyment, activity; 0–10): { $peg }
stats-what-helped = What helped (relief in points: positive = less sore; 95% intervals, adjusted for testing several remedies)
stats-uses = uses
stats-session = session
stats-next-morning = next morning
stats-causes = Suspected causes
stats-where = Where
# $count is $entries right-aligned for the table.
stats-entries-mean = { $count } { $entries ->
        [one] entry
       *[other] entries
    }, mean { $mean }

## Dialogs of the app: file filters, titles, buttons

dialog-filter-csv = CSV file
dialog-filter-json = JSON file
dialog-filter-png = PNG image
dialog-filter-svg = SVG image
dialog-filter-pdf = PDF document
dialog-filter-fhir = FHIR bundle (JSON)
dialog-filter-relief = Relief export
dialog-filter-other = Another app's export (CSV)
dialog-import-other-title = Import from another app
dialog-replace-title = Replace this file?
dialog-replace-question = { $path } { $reason }. Replace it?
dialog-replace = Replace
dialog-cancel = Cancel

## Built-in remedies and causes (until the person renames them), and body regions

catalogue-stretch = Stretching
catalogue-foam-rolling = Foam rolling
catalogue-massage = Massage
catalogue-heat = Heat
catalogue-chiropractic = Chiropractic care
catalogue-rest = Rest (did nothing)
catalogue-posture = Posture
catalogue-tension = Muscle tension
catalogue-injury = Injury
catalogue-other = Other
region-between-shoulder-blades = Between the shoulder blades
region-upper-back-left = Upper back, left
region-upper-back-right = Upper back, right
region-neck = Neck
region-shoulder-left = Shoulder, left
region-shoulder-right = Shoulder, right
region-mid-back = Mid back
region-lower-back = Lower back
region-hip-left = Hip, left
region-hip-right = Hip, right
region-head = Head
region-jaw = Jaw
region-chest = Chest
region-arm-left = Arm, left
region-arm-right = Arm, right
region-hand-left = Hand or wrist, left
region-hand-right = Hand or wrist, right
region-leg-left = Leg, left
region-leg-right = Leg, right

## Charts in words (their text alternative)

chart-text-trend-title = Soreness over time (0–10)
chart-text-trend = From { $from } to { $to }, { $logged } of { $days ->
        [one] { $days } day
       *[other] { $days } days
    } logged; average soreness { $mean }, least { $least }, worst { $worst }.
chart-text-first-last = First week { $first }, last week { $last }.
chart-text-remedy-days = A remedy was used on { $remedyDays ->
        [one] { $remedyDays } day
       *[other] { $remedyDays } days
    }; { $visits ->
        [one] { $visits } day
       *[other] { $visits } days
    } with a therapist or chiropractic visit.
chart-text-interval = { $points } (95% interval { $low } to { $high })
chart-text-no-estimate = no estimate yet
chart-text-reference = natural change, the reference
chart-text-remedy-row = { $name }: { $numbers } from { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }, { $verdict }
chart-text-positive = Positive is less sore. { $rows }.
chart-text-cause-row = { $name }: { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }, mean soreness { $mean }

## Notifications

alert-question-title = How sore now?
alert-question = After { $remedy }: you were at { $rating }/10. Click to answer.
alert-experiment-title = Your experiment today: { $arm }
alert-experiment = Tomorrow morning, log how sore you are first thing.
alert-check-in-title = Time for a check-in
alert-check-in = How sore are you right now?
alert-stretch-title = Stretch break
alert-stretch = A few minutes of stretching, then tell Relief how it went.
alert-missed = { $title } (missed at { $time })
quick-window-title = Relief — quick check-in
tray-quick = Quick check-in…
tray-open = Open Relief
tray-quit = Quit Relief

## Personal experiments: the result, its chart and its report page

exp-remedy = { $name }
exp-resting = resting
exp-no = no { $remedy }
exp-days-without = days without { $remedy }
exp-running = Running: { $complete } of { $planned } pairs complete{ $void ->
        [0] {""}
       *[other] , { $void } void
    }. The result shows once the experiment ends — looking earlier would fool you.
exp-stopped-early = Stopped early ({ $reason }). { $sentence }
exp-void = ({ $void } void)
exp-no-pairs = No complete pairs{ $void }: nothing to compare.
exp-likely = (likely { $low } to { $high })
exp-chance-rare = in about 1 of { $n } reshuffles of your schedule
exp-chance-share = in about { $percent }% of reshuffles of your schedule
exp-session-more = soreness after { $a } dropped { $points } more than after { $b }
exp-session-less = soreness after { $a } dropped { $points } less than after { $b }
exp-days-less = mornings after { $a } were { $points } less sore than after { $b }
exp-days-more = mornings after { $a } were { $points } more sore than after { $b }
exp-not-enough = Only { $pairs ->
        [one] { $pairs } complete pair
       *[other] { $pairs } complete pairs
    }{ $void }: not enough to say — at least 6 are needed, with no more than 3 in 10 void.
exp-clear = Across { $pairs } pairs, { $what }{ $likely }. A difference this large would turn up by chance { $chance }.
exp-small-note = It is smaller than the difference you said would matter.
exp-no-clear = Across { $pairs } pairs, { $a } and { $b } did about the same: { $what }{ $likely }, less than would matter.
exp-imprecise = Across { $pairs } pairs, { $what }{ $likely }, but that is not clear yet: a difference this large would turn up by chance { $chance }.
exp-chart-title = Experiment: { $a } vs { $b }
exp-chart-schedule = Schedule: { $a } (A, filled) and { $b } (B, open), slot by slot
exp-chart-slot = slot
exp-chart-differences = Advantage of each complete pair (points) and their mean with its 95% interval
exp-chart-axis = ← { $b } did better   ·   { $a } did better →
exp-chart-too-small = ±{ $delta }: too small to matter
exp-chart-mean = mean { $mean } ({ $low } to { $high })
exp-chart-slots = { $shown } of { $total } slots shown: { $done } done as assigned, { $void } void.
exp-chart-running = No pair differences are shown while the experiment runs.
exp-chart-differences-list = Pair differences (points, positive: { $a } did better): { $list }. { $sentence }
exp-page-title = Personal experiment: { $a } vs { $b }
exp-page-stopped = stopped early { $date } ({ $reason })
exp-page-complete = complete
exp-page-line = Randomized N-of-1 trial, the order within each pair by coin · started { $date } · { $ended }
exp-row-compared = Compared
exp-compared = { $a } (A) with { $b } (B); smallest difference worth having: { $delta }
exp-row-design = Design
exp-design-session = Sessions: the assigned one alone, rated before and after; at least { $hours } h between sessions. Outcome: relief (before − after).
exp-design-days = Periods of { $days ->
        [one] { $days } day
       *[other] { $days } days
    }{ $washout ->
        [0] {""}
       *[other] , the first { $washout } not counted (washout)
    }; outcome: the first rating of the next day, averaged over the period.
exp-row-pairs = Pairs
exp-pairs = { $planned } planned · { $complete } complete · { $void } void (void pairs replaced, up to 30% more)
exp-row-estimate = Estimate
exp-estimate = advantage of { $a } { $points } (95% interval { $low } to { $high }); positive = A did better
exp-row-test = Test
exp-test-exact = p = { $p } (sign-flip randomization test, exact over all { $patterns } sign patterns; smallest possible { $min })
exp-test-sampled = p = { $p } (sign-flip randomization test, 20,000 random sign patterns; smallest possible { $min })
exp-row-benefit = Benefit ≥ δ
exp-benefit = { $percent }% (flat prior)
exp-row-verdict = Verdict
exp-deviations-title = Deviations from the schedule
exp-deviation = Pair { $pair }, slot { $slot }: { $what }
exp-more = … and { $n } more
exp-limits = Limits: self-reported ratings, not blinded, one person, these weeks; a result for this person under these conditions, not a diagnosis. Reported after the CENT 2015 statement for N-of-1 trials.

## Experiments: what did not go as planned

dev-other-remedies = with other remedies at the same check-in: not counted
dev-too-soon = within { $gap } of the previous experiment session: not counted
dev-instead = { $done } was done instead of { $assigned }
dev-no-rating-after = no rating after the session
dev-skipped = skipped
dev-wrong-days = { $other } on { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of a period of { $period }
dev-not-followed = followed and rated the next morning on { $rated } of { $days } days
dev-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
dev-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
dev-seconds = { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }

## The command line's own words (keys, ids and files stay as they are)

cli-no-entries = No entries. Log one with `relief add --rating N`.
cli-peg = PEG enjoyment { $enjoyment }, activity { $activity }
cli-archived = archived
cli-archived-item = archived { $key }
cli-unarchived-item = unarchived { $key }
cli-restored-journal = restored { $journal } ({ $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }); the previous journal was kept in { $kept }
cli-restored-kept-protected = the copy was plain; it is protected now with the journal's passphrase, as the journal was
cli-restored-protected = the journal is protected by a passphrase
use-minutes = { $minutes } min
use-after = → { $rating }
use-after-minutes = → { $rating } after { $minutes } min
cli-deleted = deleted { $id } (`relief undo` brings it back)
cli-restored-entry = restored { $id }
cli-wrote = wrote { $file } ({ $kilobytes } KB)
cli-new-items = new in your catalogues: { $remedies ->
        [one] { $remedies } remedy
       *[other] { $remedies } remedies
    }, { $causes ->
        [one] { $causes } cause
       *[other] { $causes } causes
    }
cli-imported = imported { $added ->
        [one] { $added } entry
       *[other] { $added } entries
    }; skipped { $skipped } already in the journal
cli-import-differing = { $differing ->
        [one] { $differing } of them differs from the journal and was left as the journal has it
       *[other] { $differing } of them differ from the journal and were left as the journal has them
    } (an import never changes a check-in the journal has; change it in the journal)
cli-sample-added = added { $added } sample entries over { $days } days
cli-backed-up = backed up to { $file }
cli-no-backups = No backups yet. Relief makes one a day beside the journal.
cli-exp-skipped = skipped slot { $slot }; its pair is void and will be replaced at the end
cli-exp-stopped = stopped { $id }; `relief experiment result` shows what it found
cli-exp-hint-own = about { $pairs } pairs, about { $days } days, to see a difference of { $delta } (your own spread of { $sd })
cli-exp-hint-typical = about { $pairs } pairs, about { $days } days, to see a difference of { $delta } (a typical spread of { $sd })
cli-exp-complete = the experiment is complete: `relief experiment result`
cli-exp-was-stopped = the experiment was stopped: `relief experiment result`
cli-exp-waiting = waiting for the rating after the last session (answer “How sore now?”)
cli-exp-now = now: { $arm }, alone, then rate how sore you are after (slot { $slot }, pair { $pair })
cli-exp-today-without = today: no { $remedy }; log how sore you are tomorrow morning
cli-exp-today = today: { $arm }; log how sore you are tomorrow morning
cli-exp-status = { $remedy } vs { $comparator } ({ $design }): { $state } — { $complete } of { $planned } pairs complete, { $void } void
cli-exp-state-running = running
cli-exp-state-complete = complete
cli-exp-state-stopped = stopped
cli-exp-verdict = verdict: { $verdict } — { $complete } of { $planned } pairs complete, { $void } void; p = { $p }
cli-exp-none = no experiments yet: `relief experiment start --help`
cli-dry-run = dry run: nothing was written
cli-imported-from = imported { $added ->
        [one] { $added } check-in
       *[other] { $added } check-ins
    } from { $app }; skipped { $skipped } already in the journal{ $unusable ->
        [0] {""}
        [one] ; left out { $unusable } unusable row
       *[other] ; left out { $unusable } unusable rows
    }

## The body map (the report and the window)

map-front = Front
map-back = Back

## The command line's preview of an import (--dry-run)

cli-preview = { $app } export, { $encoding }, separated by { $separator }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } → { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    }, { $unusable } unusable
cli-preview-note = note: { $note }
cli-preview-tried = tried: { $list }
cli-preview-causes = causes: { $list }
cli-preview-note-of = note: { $note }
cli-preview-unusable = unusable: line { $line }: { $reason }

## Errors

error-too-new = { $path }: this journal was written by a newer Relief (schema version { $found }; this Relief reads up to { $supported }); update Relief to open it — the file was not changed
error-not-a-journal = { $path }: not a Relief journal ({ $reason }); the file was not changed — if it was your journal, restore it from a backup
error-damaged = { $path }: the journal file is damaged ({ $detail }); it was not changed — restore it from a backup
error-locked = { $path }: this journal is protected by a passphrase; give the passphrase to open it — the file was not changed
error-wrong-passphrase = { $path }: wrong passphrase; the journal was not opened — the file was not changed
error-in-use = { $path }: the journal is open in another program (the Relief app?); close it and try again — nothing was changed
error-replaced = { $path }: the journal was replaced while it was open here (protected, unprotected or restored elsewhere); nothing was saved — open it again
error-entry-not-found = no entry with id { $id }
error-no-follow-up = no "How sore now?" is waiting for { $remedy } on entry { $entry }
error-ambiguous-id = entry id '{ $prefix }' is ambiguous: it starts { $count } entries' ids; give more characters
error-unknown-item = unknown { $kind } '{ $key }' (known: { $known }); add your own with `relief { $kind } add NAME`
error-archived-item = { $kind } '{ $key }' is archived; unarchive it with `relief { $kind } unarchive { $key }` to use it again
error-duplicate-item = there is already a { $kind } named '{ $label }' (key { $key })
error-nothing-to-undo = nothing to undo: no entry has been deleted
error-experiment-running = an experiment is already running ({ $remedy } vs { $comparator }); one runs at a time — stop it first with `relief experiment stop --reason TEXT`
error-no-experiment = no experiment is running; start one with `relief experiment start --remedy KEY --vs KEY --design session|days`
error-nothing-to-skip = nothing to skip: the experiment is waiting for a rating after, not for a session
error-import = { $location }: { $message }; nothing was imported
error-output = { $path }: Relief will not write this file: it { $reason }
error-needs-confirmation = { $path }: it { $reason }; it was not replaced — give --force to replace it
error-read-only = { $path }: the journal is read-only ({ $reason }); it can be read but not changed — nothing was saved
error-internal = { $what } failed inside Relief: { $detail }
error-database = journal database error: { $detail }
error-upgrade = journal upgrade failed: { $detail }
error-invalid = { $field }: { $rule }
error-io = { $path }: { $detail }
error-disk = { $path }: { $reason }
disk-full = the disk is full; nothing was saved — free some space and try again
disk-failed = reading or writing the journal failed ({ $detail }); nothing was saved
disk-cannot-open = the journal cannot be opened ({ $detail })
app-no-journal = no journal is open
app-no-backup = no backup named { $name }
app-no-home-folder = no home folder to keep the autostart entry in
app-no-program = where Relief runs from is unknown: { $detail }
app-sample-not-protected = the sample journal is not protected; switch back to your own journal to protect it
app-no-keyring = this computer's keyring did not keep the passphrase ({ $detail }); it is not remembered
# Text from outside Relief (a parser's words, a field's name), quoted as it is.
plain = { $text }

## What a file is, when it is not a regular file

file-kind-folder = a folder
file-kind-device = a device
file-kind-pipe = a pipe
file-kind-socket = a socket
file-kind-other = not a regular file

## Why Relief will not open or write a file (inside the errors above)

reason-no-file-name = no file name given
reason-dangling-link = is a symbolic link to a file that does not exist
reason-not-regular = is { $kind }; Relief writes only regular files
reason-journal-or-backup = is the journal itself or one of its backups; choose another file
reason-backups-folder = is in the journal's backups folder, which only Relief's own backups may use
reason-journal-file = is the journal itself or one of its files; choose another file
reason-symlink = is a symbolic link to { $target }; the file it points to would be replaced
reason-read-only-file = is a read-only file
reason-is-kind = it is { $kind }
reason-not-journal-or-backup = it is not a Relief journal or backup
reason-other-database = it is an SQLite database of another program
reason-not-sqlite = it is not an SQLite database
reason-disk-read-only = its disk is mounted read-only
reason-file-not-writable = the file does not allow writing
reason-folder-not-writable = its folder does not allow writing
reason-read-only-needs-upgrade = { $reason }, and this Relief must first upgrade it
reason-write-refused = the system refused to write it

## The rules a value must keep (after the field's name: "rating: must be …")

rule-rating = must be a whole number from 0 to 10, got { $got }
rule-minutes = must be a whole number of minutes from 0 to 1440, got { $got }
rule-day-start-hour = must be an hour from 0 to 12, got { $got }
rule-follow-up-minutes = must be minutes from 0 (never ask) to 240, got { $got }
rule-region = unknown body region '{ $got }' (known: { $known })
rule-entry-id = '{ $got }' is not an entry id (a UUID)
rule-entry-id-prefix = '{ $got }' is not an entry id (a UUID, or its first 4 or more characters)
rule-listed-twice = '{ $got }' is listed twice
rule-after-without-rating = has after_minutes but no rating_after
rule-design = the design must be session or days, got { $got }
rule-same-arms = the remedy and what it is compared with must differ, got { $got } for both
rule-session-vs-none = a session is compared with another remedy or rest, not none (none is for the days design)
rule-pairs = pairs must be { $min } to { $max } (fewer than { $min } can never show an effect), got { $got }
rule-delta = delta must be above 0 and at most { $max } points, got { $got }
rule-period = the period must be 1 to { $max } days, got { $got }
rule-gap = the gap between sessions must be at most a day, got { $got } seconds
rule-washout = the washout must be shorter than the period ({ $period } days), got { $got }
rule-control-character = contains the control character U+{ $code }
rule-too-long = is { $count } characters long; the limit is { $limit }
rule-empty-or-null = is empty; leave it out or use null
rule-empty = is empty
rule-invisible-character = contains an invisible character (U+{ $code }); type the name without it
rule-key = '{ $got }' is not a valid key (lowercase letters, digits and _, starting with a letter, at most { $max })
rule-timer = must be from 1 second to { $hours } hours, got { $got } seconds
rule-reminders = at most { $max } reminders, got { $got }
rule-reminder-repeats = { $a } repeats { $b }: a reminder of the same kind at the same time on the same day
rule-theme = must be system, light or dark, got '{ $got }'
rule-timestamp = '{ $got }' is not a date and time with a UTC offset, e.g. 2026-11-24T08:30:00+01:00
rule-date = '{ $got }' is not a date of the form YYYY-MM-DD
rule-reminder-kind = '{ $got }' is not a reminder kind: check-in or stretch
rule-weekday = '{ $got }' is not a weekday like mon or sun
rule-clock = { $got } is not a time of day
rule-clock-text = '{ $got }' is not a time of day like 07:30
rule-reminder-no-days = the reminder at { $time } has no weekdays
rule-reminder-day-twice = the reminder at { $time } names a weekday twice
rule-reminder = '{ $got }' is not a reminder like stretch@10:30 or check-in@20:00:mon,tue,wed
rule-language = { $got } is not a language Relief speaks (en, de, es, fr)
rule-language-choice = { $got } is not a language Relief speaks (system, en, de, es, fr)
rule-from-after-to = { $from } is after { $to }
rule-no-data-folder = this system has no data folder; give one with --db PATH
rule-nothing-to-change = nothing to change; give the fields to change, e.g. --rating 4
rule-chart-file = { $file } must end in .svg or .png
rule-chart-size = must be from 200 to 4000 pixels, got { $got }
rule-export-format = give --format csv, json or fhir
rule-fhir-only = is for --format fhir; csv and json hold the whole journal
rule-sample-not-empty = { $file } already has { $count } entries; sample data goes into a journal of its own (use --db sample.db)
rule-last-days = must be from 1 to { $max } days, got { $got }
rule-sample-days = must be from 1 to { $max }, got { $got }
rule-mapping-unknown = { $got } is neither a saved mapping ({ $saved }) nor a TOML file
rule-mapping-unknown-none-saved = { $got } is neither a saved mapping (none saved yet) nor a TOML file
rule-mapping-name = a mapping's name is 1 to 100 characters
rule-future = { $at } is in the future; a check-in records what has happened
rule-backup-is-journal = { $file } is the journal itself; choose one of its backups
rule-stop-reason = say in 1 to { $max } characters why the experiment stops
rule-slots = must hold { $slots } slots in pairs of one A and one B
rule-passphrase-empty = is empty; a passphrase has at least one character
rule-passphrase-short = is too short; a new passphrase has at least { $min } characters
rule-passphrase-missing-line = standard input ended before the passphrase
rule-passphrase-differ = the two passphrases typed differ; nothing was changed
rule-passphrase-no-terminal = there is no terminal to ask for the new passphrase on; give it with --new-passphrase-file FILE or --passphrase-stdin
rule-passphrase-locked = { $path } is protected by a passphrase, and there is no terminal to ask for it on; give it with --passphrase-file FILE or --passphrase-stdin
rule-passphrase-none = this journal has no passphrase to change; protect it with `relief protect`

## Reading files to import: where, and what is wrong

read-at-line = line { $line }
read-at-line-column = line { $line }, column { $column }
read-at-line-entry = line { $line } (entry { $id })
read-at-line-path = line { $line }, { $path }
read-at-column = column { $column }
read-at-file = file
read-at-mapping = mapping
read-columns = { $count ->
    [one] column { $names }
   *[other] columns { $names }
}
read-too-big = the file is { $size } MB; imports are limited to { $limit } MB
read-not-a-file = it is { $kind }; import reads a CSV or JSON file
read-not-utf8 = the file is not valid UTF-8 (byte { $byte }); choose its encoding (latin-1, utf-16le …)
read-empty = the file is empty
read-no-header = the file has no header row
read-id-twice = entry id { $id } appears twice (first at { $first })
read-json-not-object = this is not a Relief journal export (expected a JSON object with "format" and "version")
read-json-no-header = this is not a Relief journal export (expected an object with "format" and "version")
read-json-invalid = not valid JSON: { $detail }
read-json-wrong-format = this is not a Relief journal export (format is { $found }, expected "{ $expected }")
read-json-no-format = this is not a Relief journal export (no "format": "{ $expected }")
read-json-version = version { $found } is not supported (this Relief reads version { $reads }); a newer Relief may read it
read-json-no-version = the file has no "version"
read-csv-no-remedy = has a value but the row names no remedy
read-csv-header-not-utf8 = the header is not UTF-8 text
read-csv-unknown-column = unknown column '{ $name }' (the columns are: { $columns })
read-csv-column-twice = column '{ $name }' appears twice
read-csv-missing-column = missing column '{ $name }'
read-csv-unreadable = not readable as CSV: { $detail }
read-csv-fields = expected { $expected } fields, found { $found } (a broken or cut-off line?)
read-csv-cell-not-utf8 = is not UTF-8 text (save the file as UTF-8)
read-csv-entry-differs = entry { $id } has a different value here than on line { $first }
read-other-app = this looks like a { $found } export, not { $chosen }; choose { $found } (or csv with a mapping)
read-not-app = this is not a { $chosen } export (its header is: { $header }); choose csv with a mapping
read-no-column = no column { $name } for { $what } (columns: { $columns })
read-for-date = the date
read-for-time = the time
read-for-rating = the rating
read-for-remedies = remedies
read-for-causes = causes
read-for-regions = regions
read-for-note = the note
read-for-soreness = soreness
read-need-date-and-rating = say which column holds the date and which the rating (columns: { $columns })
read-no-date-format = no date format reads every value
read-no-date-format-of = no date format reads every value (formats read: { $formats })
read-no-soreness-column = no soreness column: choose which condition or symptom columns are the soreness (columns: { $columns })
read-not-a-number = { $value } is not a number
read-outside-scale = { $value } is outside the scale { $min } to { $max }
mapping-scale = the scale's minimum ({ $min }) must be below its maximum ({ $max })
mapping-severity = severity { $word } maps to { $level }, above 10
mapping-timezone = timezone { $got } is not an offset like +01:00 or local
read-unusable = { $reason } ({ $count } row(s) cannot be used)
cli-import-unusable = { $reason } ({ $count } row(s) cannot be used; see them with --dry-run, or leave them out with --skip-unusable)
cli-plain-copy = note: { $file } is an ordinary file: unlike the protected journal, anyone who has it can read it
cli-passphrase-prompt = Passphrase for { $path }:{" "}
cli-new-passphrase = New passphrase:{" "}
cli-new-passphrase-again = The same again:{" "}
cli-protected = { $path } is protected by a passphrase now, and so { $backups ->
    [one] is its backup
   *[other] are its { $backups } backups
}. Without the passphrase no one can read them, you included: keep it safe. Exports (CSV, JSON, FHIR, PDF) are plain files.
cli-unprotected = { $path } is a plain journal again, and so { $backups ->
    [one] is its backup
   *[other] are its { $backups } backups
}.
cli-passphrase-changed = The passphrase of { $path } is changed, and so { $backups ->
    [one] is its backup's
   *[other] are its { $backups } backups'
}.

## Usage errors of the CLI (what clap found wrong)

cli-usage = relief: { $message } (see `relief --help`)
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-usage-possible-values = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-unknown-command = unrecognized subcommand '{ $name }'

## Rows an import cannot use, and what a reader assumed

read-row-ragged = { $cells } cells where the header has { $header }
read-row-not-date = { $value } is not a date
read-row-not-date-like = column { $column }: { $value } is not a date like { $example }
read-row-not-time = column { $column }: { $value } is not a time like 08:30
read-row-time-of-day = time of day { $value } is neither pre, am, mid, pm, all day nor HH:MM
read-row-no-such-time = the time does not exist in the time zone
read-row-column = column { $column }: { $reason }
read-row-not-level = { $value } is not a level 0–4
read-row-severity = severity { $value } of { $name } is not in the severity table ({ $table })
read-row-no-rating = { $date } { $time }: medications or factors but no pain, ache or soreness symptom, and a check-in needs a rating
read-row-no-soreness = { $date }: no soreness rated that day
read-row-note = { $columns }: the note: { $reason }
read-note-month-first = Every date in { $column } reads both month-first and day-first: read month-first (03/04/2020 is 4 March 2020). Choose day-first in the mapping if that is wrong.
read-note-other-categories = { $count } date(s) and time(s) held only other categories (mood, energy, sleep …) and no soreness: nothing to import there.
read-note-soreness-from = Soreness from: { $columns }.

## Sync (docs/sync.md)

error-sync-deletes-most = this sync round would delete { $deleted } of the journal's { $total } check-ins; nothing was applied — if that is what you want, run `relief sync --yes`
error-sync-folder = { $path }: { $reason }
error-sync-not-set-up = this journal does not sync; set it up with `relief sync setup FOLDER`, or join another computer's with `relief sync join FOLDER`
reason-sync-state = its sync settings are damaged ({ $what })
rule-sync-value = another computer sent a value Relief cannot read ({ $detail })
sync-reason-missing = the sync folder is not there (an unplugged drive?); nothing was changed — your changes wait in the journal for the next round
sync-reason-read-only = the sync folder cannot be written; nothing was lost — your changes wait in the journal for the next round
sync-reason-full = the disk of the sync folder is full; nothing was lost — your changes wait in the journal for the next round
sync-reason-io = the sync folder failed ({ $detail }); nothing was lost
sync-reason-bad-header = its relief-sync.json is not one Relief wrote; nothing was changed
sync-reason-newer = it was written by a newer Relief (sync format { $found }); update Relief on this computer — nothing was changed
sync-reason-wrong-passphrase = wrong sync passphrase for this folder; nothing was changed
sync-reason-in-use = it is already a Relief sync folder; join it with `relief sync join` — nothing was changed
sync-reason-not-set-up = it is not a Relief sync folder; set sync up on the first computer with `relief sync setup` — nothing was changed
sync-reason-has-entries = this journal already has { $count ->
        [one] a check-in
       *[other] { $count } check-ins
    } of its own; add --merge to bring both journals' check-ins together — nothing was changed
sync-reason-other-journal = it syncs another journal (or its passphrase was changed); nothing was changed
sync-aside-unreadable = it cannot be read ({ $detail })
sync-aside-unsealed = it does not open whole (cut short, still arriving, or changed); tried again next round
sync-aside-newer = it was written by a newer Relief; update Relief on this computer
sync-aside-other-journal = it belongs to another journal
sync-aside-ahead = its changes are dated { $hours } hours ahead of this computer's clock; they wait until the clocks agree
sync-experiment-stopped = started on another computer while an experiment started earlier was running there; the earlier start stands
cli-sync-passphrase = Sync passphrase: 
cli-sync-passphrase-again = Sync passphrase again: 
cli-sync-set-up = syncing through { $folder }; this computer is { $computer }. Set up the other computers with `relief sync join` and the same passphrase.
cli-sync-joined = joined { $folder }: the journal here has { $entries ->
        [one] { $entries } check-in
       *[other] { $entries } check-ins
    }
cli-sync-round = sync: { $sent } file(s) written, { $received } received, { $entries } check-in(s) changed here
cli-sync-aside = set aside: { $file }: { $reason }
cli-sync-left = this computer no longer syncs; the folder and the other computers go on
cli-sync-status = syncing through { $folder } as computer { $computer }
cli-sync-status-unreachable = the folder cannot be reached now; changes wait in the journal
cli-sync-status-computer = { $name } ({ $id }): last change { $when }
cli-sync-status-waiting = waiting to go out: { $out }; waiting to come in: { $in }

## Settings → Sync (docs/sync.md)

sync-title = Sync with your other computers
sync-intro = Keep this journal the same on every computer you use, through a folder that Syncthing, Nextcloud, Dropbox or a USB stick already keeps the same. Everything Relief puts there is sealed with a sync passphrase.
sync-how = This computer
sync-mode-setup = is the first: set sync up in a folder
sync-mode-join = joins a folder another computer set up
sync-passphrase = Sync passphrase
sync-again = Again
sync-merge = This journal has check-ins of its own: bring both journals together
sync-passphrase-note = Use the same sync passphrase on every computer. Without it, nobody can read the folder — not even you: it cannot be recovered.
sync-setup-go = Choose the folder and set up…
sync-join-go = Choose the folder and join…
sync-set-up = Sync is set up. Join from your other computers with the same passphrase.
sync-joined = Joined: the journal is here now.
sync-state-on = Syncing through { $folder }.
sync-no-computers = No other computer has joined yet.
sync-computer = { $name }: last change { $when }
sync-waiting = Waiting to go out: { $out }. Waiting to come in: { $in }.
sync-aside = Set aside: { $file }: { $reason }
sync-now = Sync now
sync-done = Synced.
sync-apply-anyway = Apply it anyway
sync-leave = Stop syncing on this computer…
sync-leave-confirm = Stop syncing here (the folder and the other computers go on)
sync-left = This computer no longer syncs.
sync-sample-refused = The sample journal never syncs; go back to your journal first.
dialog-sync-folder-title = The folder your sync program keeps the same

## Red flags and remedy guides (docs/safety.md)
rule-red-flag = unknown red flag '{ $got }' (known: { $known })
rule-guide = no guide named '{ $got }' (guides: { $known })
safety-tier-emergency = This can be an emergency. Call an ambulance now: { $number }. Do not wait to see whether a remedy helps.
safety-tier-urgent = See a doctor today, or as soon as you can.
safety-page-title = When to get help
safety-page-intro = Pain between the shoulder blades is usually posture or muscle tension. Rarely, it is how a heart attack, a tear of the aorta or a blood clot in the lung shows itself, sometimes without chest pain.
safety-page-emergency = Call an ambulance now ({ $number }) if the pain comes with:
safety-page-urgent = See a doctor today or soon if:
safety-emergency-others = Other emergency numbers: { $others }.
safety-page-source = From NHS advice on back pain, chest pain, aortic dissection and blood clots in the lung.
safety-reported = Red flags reported
red-flag-chest-pain = chest pain or pressure
red-flag-breathless = shortness of breath, or finding it hard to breathe
red-flag-spreading = pain spreading to the arm, jaw or neck
red-flag-sweating-sick = sweating, or feeling or being sick, with the pain
red-flag-tearing = sudden, severe pain that feels like tearing or ripping
red-flag-coughing-blood = coughing up blood
red-flag-both-legs = pain, tingling, weakness or numbness in both legs
red-flag-bladder-bowel = loss of bladder or bowel control, or numbness around the genitals or buttocks
red-flag-serious-accident = it started after a serious fall or accident
red-flag-fever = a high temperature, or feeling unwell
red-flag-weight-loss = losing weight without trying
red-flag-night-rest = worse at night, or does not ease with rest
red-flag-cancer = you have had cancer
red-flag-worsening = it keeps getting worse over weeks
red-flag-new-after-50 = a new pain like this after the age of 50
guide-list-title = Guides (relief guide NAME):
guide-red-flags-hint = When it is more than soreness: relief guide red-flags
guide-stop = Stop if the pain gets sharper or spreads, or if you feel numb or dizzy.
guide-stretch-how = Lie on your back and slowly raise your arms above your head. Hold for 10 seconds, then lower them. Repeat a few times, several times a day.
guide-stretch-safety = Move slowly: it should feel like a stretch, never like pain.
guide-foam-rolling-how = Lie with a foam roller or a massage ball under your back and roll slowly over the sore area for a few minutes.
guide-foam-rolling-safety = Roll over muscle only: not over the bones of your spine, and not over your neck.
guide-massage-how = By hand, with a ball or by a therapist: press on the sore spots for a few minutes at a time.
guide-massage-safety = Press on muscle, not on the bones of your spine.
guide-heat-how = A heating pad, a warm compress or a hot water bottle on the sore area for 10 to 15 minutes.
guide-heat-safety = Not on numb or broken skin, and not when you might fall asleep. Wrap a hot water bottle in a cover and never fill it with boiling water.
guide-chiropractic-how = How often to go is for your chiropractor to say.
guide-chiropractic-safety = With any of the red flags, see a doctor first.
report-red-flag-on = { $date }: { $flags }
rule-how-to-builtin = '{ $got }' has Relief's own guide (relief guide { $got }); a how-to of your own is for remedies you added
rule-how-to-cause = only remedies have a how-to
guide-own-none = No how-to yet for '{ $name }': relief remedy how-to { $key } "…" writes yours.
