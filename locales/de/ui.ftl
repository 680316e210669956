# Relief auf Deutsch: die Wörter des Fensters. Dieselben Nachrichten mit denselben Variablen wie
# locales/en/ui.ftl.

## The window, navigation, sample data

app-name = Relief
nav-label = Ansichten
nav-log = Eintragen
nav-history = Verlauf
nav-insights = Auswertung
nav-experiment = Experiment
nav-export = Export
nav-settings = Einstellungen
nav-shortcut = { $view } (Alt+{ $n })
sample-banner = Du siehst Beispieldaten in einem eigenen Tagebuch; deines bleibt unberührt.
sample-leave = Zurück zu meinem Tagebuch
try-sample = Mit Beispieldaten ausprobieren
refused-title = Relief kann dein Tagebuch nicht öffnen
refused-help = Es wurde nichts verändert. Stelle unten eine der täglichen Sicherungen wieder her (die beschädigte Datei bleibt ebenfalls erhalten), oder verschiebe die Datei: Dann beginnt Relief ein neues Tagebuch, in das sich ein JSON-Export importieren lässt.
quick-title = Schneller Eintrag
dismiss = Schließen
cancel = Abbrechen
edit = Bearbeiten
delete = Löschen
undo = Rückgängig
key-ctrl = Strg
key-enter = Eingabe
from = Von
to = Bis

## Log

log-title = Wie geht es dir gerade?
log-welcome = Willkommen bei Relief.
log-welcome-how = Trage ein, wie stark deine Schmerzen sind, wann immer es dir einfällt — eine Ziffer und Strg+Eingabe sind ein ganzer Eintrag. Wo, warum und was du versucht hast, kannst du ergänzen, wenn du magst.
log-welcome-after = Bewerte nach einem Mittel etwas später noch einmal: So lernt Relief, was dir wirklich hilft.
log-how-sore = Wie stark sind deine Schmerzen gerade?
log-scale-hint = 0 = keine, 10 = schlimmste vorstellbare · Ziffer tippen
log-scale-label = Schmerzstärke von 0 bis 10
log-when = Wann
log-where = Wo
where-back = Rücken
where-front = Vorne und Gliedmaßen
map-label = Körperkarte: vorne und hinten
log-cause = Vermutete Ursache
log-tried = Was hast du versucht?
peg-summary = Wöchentliche Frage: Wie sehr haben die Schmerzen dich beeinträchtigt? (freiwillig)
peg-enjoyment = Lebensfreude (0–10)
peg-activity = Allgemeine Aktivität (0–10)
log-note = Notiz (freiwillig)
log-save = Eintrag speichern
log-save-changes = Änderungen speichern
log-choose-rating = Wähle zuerst, wie stark deine Schmerzen sind (0–10).
log-bad-time = Die Zeit ist kein gültiges Datum mit Uhrzeit.
log-changes-saved = Änderungen gespeichert.
log-saved = Gespeichert: Schmerzstärke { $rating }/10.
remedy-minutes = Minuten
remedy-how = Wie (freiwillig)
remedy-how-example = z. B. Massageball
remedy-after = Schmerz danach (0–10)
remedy-after-minutes = …Minuten später
remedy-timer = Timer
remedy-holds = Halten je { $seconds } s ×
remedy-timer-then = { $minutes } min; dann „Wie stark jetzt?“
remedy-set-minutes = Minuten eintragen

## History

history-filter = Einträge filtern
history-remedy = Mittel
history-cause = Ursache
history-any = Alle
history-anywhere = Überall
history-edit-title = Eintrag vom { $day }, { $time } bearbeiten
history-empty = Hier gibt es noch keine Einträge.
history-empty-how = Trage einen unter „Eintragen“ (Alt+1) ein: Die Bewertung ist ein Tastendruck, alles andere ist freiwillig. Jeder Eintrag erscheint hier nach Tagen geordnet; hier kannst du ihn korrigieren oder löschen.
history-soreness = Schmerzstärke { $rating } von 10
history-imported = importiert aus { $app } ({ $file })
history-source-csv = einer Tabelle
history-deleted = Eintrag vom { $day }, { $time } gelöscht.
history-restored = Wiederhergestellt.

## Insights

range-label = Zeitraum
range-30 = 30 Tage
range-90 = 90 Tage
range-365 = 1 Jahr
range-all = Alles
range-custom = Eigener
insights-empty = Für diesen Zeitraum gibt es noch nichts zu zeigen.
insights-empty-how = Die Auswertung erscheint, sobald du ein paar Einträge hast. Für eine ehrliche Antwort auf „Was hilft mir?“ bewerte deine Schmerzen nach einem Mittel noch einmal (etwa 30 Minuten später) und ab und zu auch, nachdem du gar nichts getan hast — eine Ruhe-Anwendung —, damit Relief echte Linderung von den Schwankungen unterscheiden kann, die ohnehin vorkommen.
insights-summary = { $from } – { $to }: Einträge an { $logged } von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }.
insights-average = Durchschnittliche Schmerzstärke { $mean }, geringste { $least }, stärkste { $worst }.
insights-change = Erste Woche → letzte Woche: { $change }; { $importance }.
insights-what-helped = Was geholfen hat
insights-explain = Linderung heißt hier: wie viel geringer deine Schmerzen nach einer Anwendung waren als davor (positiv = Linderung). „Wahrscheinlich“-Bereiche sind 95-%-Intervalle, verbreitert, weil mehrere Mittel gleichzeitig geprüft werden: Ein Urteil braucht den ganzen Bereich auf einer Seite. „Zu wenige Daten“ heißt nicht „hat nicht geholfen“ — Relief kann es nur noch nicht sagen.
insights-sessions-so-far = { $n ->
        [one] Bisher { $n } Anwendung mit einer Bewertung danach
       *[other] Bisher { $n } Anwendungen mit einer Bewertung danach
    }
insights-per-session = Pro Anwendung: { $relief }, aus { $n ->
        [one] { $n } Anwendung
       *[other] { $n } Anwendungen
    }
insights-clear-drop = { $sentence }; ein deutlicher Rückgang (2+ Punkte oder 30 %) in { $percent } %
insights-next-morning = Am nächsten Morgen:
relief-no-estimate = noch keine Schätzung
relief-less-sore = { $amount } weniger Schmerzen
relief-more-sore = { $amount } mehr Schmerzen
relief-with-range = { $relief } (wahrscheinlich { $low } bis { $high })
table-caption = Was geholfen hat, in Zahlen: Linderung pro Anwendung in Punkten (positiv = weniger Schmerzen)
table-remedy = Mittel
table-sessions = Anwendungen
table-relief = Linderung pro Anwendung
table-range = Wahrscheinlicher Bereich
table-verdict = Urteil
table-likely = { $low } bis { $high }
table-reference = Vergleich (natürliche Schwankung)

## Experiment

experiment-title = Es sicher herausfinden
experiment-yours = Dein Experiment
experiment-now-title = Experiment: { $remedy } gegen { $comparator }
experiment-pair-of = Paar { $pair } von { $pairs }
experiment-waiting = Relief wartet auf deine Bewertung nach der letzten Anwendung: Beantworte „Wie stark jetzt?“.
experiment-this-session = Diese Anwendung: { $arm }, allein — bewerte danach, wie stark deine Schmerzen sind.
experiment-today = Heute: { $arm }. Trage morgen früh ein, wie stark deine Schmerzen sind.
experiment-running = Läuft: { $remedy } gegen { $comparator }
experiment-progress = { $done } von { $pairs } Paaren vollständig{ $void ->
        [0] .
       *[other] , { $void } ungültig (werden am Ende ersetzt).
    }
experiment-no-peeking = Das Ergebnis erscheint, wenn es endet — früher hinzusehen würde dich täuschen.
experiment-skip = Diesmal nicht (überspringen)
experiment-why-stop = Warum beenden?
experiment-stop = Experiment beenden
experiment-stopped = Beendet: { $remedy } gegen { $comparator }
experiment-finished = Abgeschlossen: { $remedy } gegen { $comparator }
experiment-numbers = Das Ergebnis in Zahlen
experiment-advantage = Vorteil von { $remedy }
experiment-likely = Wahrscheinlich zwischen
experiment-p-value = Wahrscheinlichkeit eines so großen Unterschieds durch Zufall
experiment-prob-meaningful = Wahrscheinlichkeit, dass der Nutzen mindestens { $delta } beträgt
experiment-pairs = Paare
experiment-pairs-count = { $done } vollständig von { $planned } geplanten, { $void } ungültig
experiment-deviations = Was nicht nach Plan lief ({ $n })
experiment-deviation = Paar { $pair }, Abschnitt { $slot }: { $what }
experiment-caveat = Selbst berichtet, nicht verblindet, eine Person, diese Wochen: ein starker Hinweis für dich, keine Diagnose.
experiment-start-title = Ein Experiment beginnen
experiment-start-how = Relief entscheidet zufällig, Paar für Paar, welche von zwei Möglichkeiten du machst. Folge dem Plan ein paar Wochen, dann sagt es dir, ob der Unterschied mehr als Zufall ist.
experiment-test = Teste
experiment-against = gegen
experiment-resting = Ruhe (gleich lange nichts tun)
experiment-days-without = Tage ohne
experiment-how = Wie
experiment-design-session = Eine Anwendung nach der anderen
experiment-design-session-help = Mach das Zugeteilte allein und bewerte danach, wie stark deine Schmerzen sind.
experiment-design-tonight = Heute Abend → morgen früh
experiment-design-tonight-help = Jeden Abend das Zugeteilte (oder nicht); bewerte am nächsten Morgen.
experiment-design-week = Wochenweise
experiment-design-week-help = Für langsame Mittel: je eine Woche, die ersten 2 Tage zählen nicht.
experiment-delta = Kleinster lohnender Unterschied
experiment-delta-unit = { $n ->
        [one] Punkt
       *[other] Punkte
    }
experiment-hint-own = Etwa { $pairs } Paare, etwa { $days } Tage, um einen Unterschied von { $delta } zu sehen (nach der Streuung deiner eigenen Bewertungen).
experiment-hint-typical = Etwa { $pairs } Paare, etwa { $days } Tage, um einen Unterschied von { $delta } zu sehen (nach der üblichen Streuung von Bewertungen).
experiment-start = Beginnen
experiment-started = Experiment begonnen. Relief hat den Plan zufällig gezogen.
experiment-skipped = Übersprungen: Dieses Paar wird am Ende ersetzt.
experiment-stopped-toast = Experiment beendet.

## Export and import

export-title = Export und Import
export-clinician = Für deine Behandlerin oder deinen Behandler
export-clinician-what = Eine Seite, die Physiotherapie oder Arztpraxis in einer Minute lesen kann — Schmerzverlauf, Stellen, vermutete Ursachen und was geholfen hat, mit seiner Unsicherheit —, gefolgt von allen Einträgen.
export-report-name = Name auf dem Bericht (freiwillig)
export-paper = Papier
export-paper-computer = Wie dieser Computer
export-paper-a4 = A4
export-paper-letter = US Letter
export-report-lang = Sprache des Berichts
export-lang-app = Sprache von Relief
export-save-report = PDF-Bericht speichern…
export-fhir = Für ein Praxissystem (FHIR)
export-fhir-what = Derselbe Zeitraum als strukturierte Daten, die das Aktensystem einer Praxis importieren kann (FHIR R4): jede Bewertung mit Zeit und Stelle, jede Anwendung eines Mittels mit der Bewertung danach, der wöchentliche PEG und deine Notizen. Ein erneuter Import fügt nichts doppelt hinzu.
export-your-name = Dein Name (freiwillig)
export-save-fhir = FHIR-Bundle speichern…
export-journal = Dein Tagebuch
export-journal-what = Alles, was du eingetragen hast: für eine Tabellenkalkulation (CSV, eine Zeile pro Anwendung) oder als vollständige, verlustfreie Kopie (JSON), die Relief wieder importieren kann.
export-csv = CSV exportieren…
export-json = JSON exportieren…
export-chart = Ein Diagramm
export-chart-kind = Diagramm
export-chart-trend = Schmerzen im Verlauf
export-chart-causes = Vermutete Ursachen
export-format = Format
export-svg = SVG (skalierbar)
export-save-chart = Diagramm speichern…
export-saved-journal = Tagebuch gespeichert unter { $path }
export-saved-chart = Diagramm gespeichert unter { $path }
export-saved-report = Bericht gespeichert unter { $path }
export-saved-fhir = FHIR-Bundle gespeichert unter { $path }. Wie jeder Export ist es eine einfache, unverschlüsselte Datei.
import-title = Import
import-what = Ein CSV- oder JSON-Export aus Relief (oder eine Tabelle in derselben Form). Es wird nur geschrieben, wenn die ganze Datei gültig ist; Einträge, die schon in deinem Tagebuch stehen, werden übersprungen.
import-button = Importieren…
import-done = { $added ->
        [one] { $added } Eintrag importiert
       *[other] { $added } Einträge importiert
    }; { $skipped } standen schon im Tagebuch.
import-differing = { $differing ->
        [one] { $differing } davon weicht von deinem Tagebuch ab und blieb, wie dein Tagebuch ihn hat; ändere ihn im Verlauf.
       *[other] { $differing } davon weichen von deinem Tagebuch ab und blieben, wie dein Tagebuch sie hat; ändere sie im Verlauf.
    }
import-other-what = Exporte aus Bearable und Flaredown oder jede CSV-Datei (Manage My Pain, Migraine Buddy, Daylio, eine Tabelle) mit den Spalten deiner Wahl. Du siehst, was aus jeder Zeile wird, bevor etwas geschrieben wird; ein erneuter Import derselben Datei fügt nichts hinzu.
import-other-button = Aus einer anderen App importieren…
import-other-csv = Eine andere App oder eine Tabelle (CSV)
import-file-rows = { $encoding }, { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }
import-written-by = Erstellt mit
import-severity = Stärke auf der Skala von Relief (0–10)
import-mild = Leicht
import-moderate = Mittel
import-severe = Stark
import-extreme = Extrem
import-flaredown-columns = Welche Spalten sind deine Schmerzen (0–4)? Keine angehakt: die, die nach Schmerz benannt sind.
import-columns = Spalten
import-date = Datum
import-time = Uhrzeit (freiwillig)
import-rating = Bewertung
import-scale-from = Skala von
import-scale-to = bis
import-remedies = Mittel (freiwillig)
import-first = Die ersten { $first } von { $checkins } Einträgen aus dieser Datei
import-first-reading = Die ersten Einträge aus dieser Datei (der Rest wird gelesen…)
import-soreness = Schmerz
import-tried = Versucht
import-causes = Ursachen
import-note = Notiz
import-unusable = { $n ->
        [one] { $n } Zeile ist nicht verwendbar
       *[other] { $n } Zeilen sind nicht verwendbar
    }
import-line = Zeile { $line }: { $reason }
import-leave-out = { $n ->
        [one] Die nicht verwendbare Zeile auslassen
       *[other] Die { $n } nicht verwendbaren Zeilen auslassen
    }
import-save-as = Diese Auswahl speichern als (freiwillig)
import-go = { $n ->
        [one] { $n } Eintrag importieren
       *[other] { $n } Einträge importieren
    }
import-reading = Die ganze Datei wird gelesen…

## Settings

settings-language = Sprache
settings-language-system = Wie das System ({ $language })
settings-language-saved = Relief spricht jetzt diese Sprache.
settings-remedies = Mittel
catalogue-name-of = Name von { $name }
catalogue-rename = Umbenennen
catalogue-renamed = Umbenannt.
catalogue-archive = Archivieren
catalogue-unarchive = Zurückholen
catalogue-archived = Archiviert: bei neuen Einträgen ausgeblendet, bei alten erhalten.
catalogue-unarchived = Wieder in der Liste.
catalogue-add-own = Eigenes hinzufügen
catalogue-add = Hinzufügen
catalogue-added = { $name } hinzugefügt.
settings-reminders = Erinnerungen
settings-reminders-what = Eine Desktop-Benachrichtigung zu diesen Zeiten; ein Klick öffnet den Eintrag. Verpasste (Schlaf, Relief geschlossen) kommen einmal, später am selben Tag, nie gehäuft.
settings-check-in = Eintrag
settings-stretch = Dehnpause
settings-time = Uhrzeit
settings-weekdays = Wochentage
settings-remove = Entfernen
settings-remove-reminder = Diese Erinnerung entfernen
settings-no-reminders = Noch keine Erinnerungen.
settings-add-check-in = Erinnerung zum Eintragen hinzufügen
settings-add-stretch = Dehnpause hinzufügen
settings-autostart = Relief bei der Anmeldung im Infobereich starten, damit Erinnerungen kommen, ohne es zu öffnen
settings-autostart-on = Relief startet bei der Anmeldung im Infobereich.
settings-autostart-off = Relief startet nicht bei der Anmeldung.
settings-after-remedy = Nach einem Mittel
settings-ask = „Wie stark jetzt?“ fragen
settings-never = nie
settings-minutes-later = { $minutes } Minuten später
settings-follow-up-never = Relief fragt nach einem Mittel nicht, wie stark deine Schmerzen sind.
settings-follow-up-saved = Relief fragt { $minutes } Minuten nach einem Mittel, wie stark deine Schmerzen sind.
settings-timer-note = Nach einem Mittel mit Timer fragt Relief, wenn der Timer abläuft. Deine Antwort ist, woraus Relief lernt, was dir hilft.
settings-journal-day = Tagebuchtag
settings-day-starts = Ein neuer Tag beginnt um
settings-day-start-saved = Ein Tagebuchtag beginnt jetzt um { $time }.
settings-day-note = Einträge vor dieser Uhrzeit zählen zum Vortag, sodass ein später Eintrag um 00:30 noch zu jenem Abend gehört.
settings-theme = Erscheinungsbild
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-journal = Tagebuch
settings-journal-path = Dein Tagebuch:
settings-journal-note = Es verlässt diesen Computer nie. Relief legt daneben täglich eine Sicherung ab (die letzten 7 Tage und 4 Wochen); Export → JSON macht eine Kopie, die du anderswo aufbewahren kannst.
settings-sample = Beispieldaten ansehen (ein eigenes Tagebuch)
settings-backups = Sicherungen
backups-none = Noch keine Sicherungen. Relief kopiert dein Tagebuch einmal am Tag, beim ersten Öffnen des Tages, in einen Ordner „backups“ daneben.
backups-size = { $kilobytes } KB
backups-restore = Wiederherstellen…
backups-confirm = Mein Tagebuch durch diese Kopie ersetzen
backups-restored = { $name } wiederhergestellt: { $entries } Einträge. Das Tagebuch, wie es war, bleibt als Sicherung erhalten.

## The "How sore now?" question and timers

follow-up-title = Wie stark jetzt?
follow-up-after = Nach „{ $remedy }“ — du warst bei { $rating }/10, als du es um { $time } eingetragen hast.
follow-up-scale = Schmerzstärke jetzt, 0 bis 10
follow-up-hint = Ziffer tippen · Esc für später
follow-up-not-now = Jetzt nicht
follow-up-coming = Als Nächstes
follow-up-timer = { $remedy } — Relief fragt nach deinen Schmerzen, wenn es endet.
follow-up-at = Relief fragt um { $time } nach deinen Schmerzen (nach „{ $remedy }“).
follow-up-do-not-ask = Nicht nach { $remedy } fragen
follow-up-saved = Gespeichert: { $rating }/10 nach „{ $remedy }“ (vorher { $before }/10).

## A journal protected by a passphrase

unlock-title = Dein Tagebuch ist geschützt
unlock-what = Gib seine Passphrase ein, um es zu öffnen. Vorher wird nichts daraus gezeigt.
unlock-passphrase = Passphrase
unlock-go = Öffnen
unlock-reminders = Solange das Tagebuch gesperrt ist, gibt Relief keine Erinnerungen und fragt nicht „Wie stark jetzt?“: Sie stehen im Tagebuch. Sobald es offen ist, kommen sie wieder.
protect-title = Passphrase
protect-state-on = Dein Tagebuch und seine Sicherungen sind mit einer Passphrase geschützt: Ohne sie kann niemand sie lesen.
protect-state-off = Schütze dein Tagebuch und seine Sicherungen mit einer Passphrase, damit niemand sie lesen kann, der an die Datei kommt (ein geteilter, verliehener oder reparierter Computer, ein Sicherungslaufwerk).
protect-warning = Eine vergessene Passphrase lässt sich nicht wiederherstellen — nicht von dir und von niemandem sonst. Bevor du eine festlegst, lege eine Kopie an einem sicheren Ort ab: Export → JSON.
protect-passphrase = Neue Passphrase (mindestens 8 Zeichen)
protect-new = Neue Passphrase (mindestens 8 Zeichen)
protect-again = Noch einmal dieselbe
protect-differ = Die beiden Passphrasen unterscheiden sich.
protect-go = Mit dieser Passphrase schützen
protect-change = Passphrase ändern
protect-remove = Schutz entfernen
protect-remove-confirm = Ja, das Tagebuch ohne Passphrase lesbar machen
protect-exports = Exporte (CSV, JSON, FHIR, der PDF-Bericht) sind gewöhnliche Dateien, die jeder lesen kann, der sie hat.
protect-remember = Auf diesem Computer merken
protect-remember-note = Im Schlüsselbund dieses Computers: Wer sich hier als du anmelden kann, öffnet das Tagebuch ohne Passphrase. Aus, solange du es nicht wählst.
protect-done = Dein Tagebuch ist geschützt. Beim Start fragt Relief nach der Passphrase.
protect-changed = Die Passphrase ist geändert.
protect-removed = Dein Tagebuch ist nicht mehr geschützt.

## Warnzeichen und Anleitungen (docs/safety.md)
safety-ask-title = Kommt etwas davon dazu?
safety-ask-why-first-start = Einmal vor dem Start: Schmerz zwischen den Schulterblättern ist selten mehr als Verspannung, aber er kann es sein.
safety-ask-why-severe = Sie haben einen hohen Wert eingetragen.
safety-ask-why-above-usual = Das liegt deutlich über Ihrem üblichen Wert.
safety-ask-why-injury = Sie haben eine Verletzung eingetragen.
safety-none = Nichts davon
safety-save-answer = Antwort speichern
safety-not-now = Nicht jetzt
safety-emergency-title = Rufen Sie jetzt { $number } an
safety-emergency-tell = Sagen Sie: Schmerz zwischen den Schulterblättern, wie stark (0–10), seit wann, und was dazukam.
safety-urgent-more = Sagen Sie der Ärztin oder dem Arzt, was mit dem Schmerz kam und seit wann. Wird es schlimmer oder zeigt sich ein Notfallzeichen, rufen Sie den Rettungsdienst.
safety-saved-with = Ihr Eintrag ist gespeichert, mit dem, was Sie angekreuzt haben.
safety-close = Schließen
guide-title = So gelingt es
guide-session-hold = Halten { $n } von { $total }: { $seconds } s
guide-session-cue = Arme senken und atmen
guide-sound = Ton zwischen den Dehnungen
guide-heat-last-minute = Letzte Minute: Nehmen Sie die Wärme ab, wenn der Timer endet.
remedy-holds-detail = { $holds } × { $seconds } s gehalten
guide-own-title = Ihre Anleitung
catalogue-how-to = So machen Sie { $name }
catalogue-how-to-save = Anleitung speichern
catalogue-how-to-saved = Anleitung gespeichert.
