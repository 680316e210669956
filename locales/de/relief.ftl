# Relief auf Deutsch. Dieselben Nachrichten mit denselben Variablen wie locales/en/relief.ftl.

## Amounts

points = { $n ->
    [one] { $shown } Punkt
   *[other] { $shown } Punkte
}

## Verdict sentences: session

session-not-enough = Noch nicht genug Daten: Es { $missing ->
        [one] fehlt noch { $missing } Anwendung
       *[other] fehlen noch { $missing } Anwendungen
    } von „{ $name }“ mit einer Bewertung danach. Das heißt nicht, dass es nicht geholfen hat – Relief kann es nur noch nicht sagen.
session-helped = Nach „{ $name }“ waren deine Schmerzen im Mittel um { $points } geringer (wahrscheinlich zwischen { $low } und { $high }) – eine deutliche Linderung.
session-worse = Nach „{ $name }“ waren deine Schmerzen im Mittel um { $points } stärker (wahrscheinlich zwischen { $low } und { $high } Punkten Linderung) – es scheint die Beschwerden zu verschlimmern.
session-small = „{ $name }“ scheint ein wenig zu helfen: Die Schmerzen waren etwa um { $points } geringer (wahrscheinlich zwischen { $low } und { $high }) – ein echter Effekt, aber unter dem 1 Punkt, den die meisten Menschen bemerken.
session-imprecise = Noch zu unsicher: Die Linderung nach „{ $name }“ kann irgendwo zwischen { $low } und { $high } Punkten liegen. Weitere Anwendungen mit einer Bewertung danach machen das genauer.
session-no-clear = Keine klare Wirkung: etwa { $points } Linderung nach „{ $name }“ (wahrscheinlich zwischen { $low } und { $high }) – es hat also kaum einen Unterschied gemacht.
session-none = Relief konnte für „{ $name }“ keine Wirkung schätzen.
session-raw = Darin stecken auch die natürlichen Schwankungen; trage ein paar Ruhe-Einträge ein (nichts tun, dann erneut bewerten), damit Relief sie herausrechnen kann.
rest-sentence = Ruhe (nichts tun, dann erneut bewerten) hat die Schmerzen von selbst um { $points } verändert (wahrscheinlich zwischen { $low } und { $high }). Das sind die natürlichen Schwankungen; die Linderung anderer Mittel wird darüber hinaus gemessen.

## Verdict sentences: next morning

next-day-not-enough = Noch nicht genug Tage, um eine Wirkung auf den nächsten Morgen zu sehen: { $need }. Das heißt nicht, dass es nicht geholfen hat.
next-day-counted = Auf { $with ->
        [one] { $with } Tag
       *[other] { $with } Tage
    } mit diesem Mittel und { $without } ohne folgt ein Tag mit Einträgen
next-day-confounded = { $counted }, aber an diesen Tagen kam es zu eng mit anderen Mitteln (oder dem Verlauf) zusammen, um seine Wirkung zu trennen
next-day-needed = { $counted }; nötig sind { $minWith } mit, { $minWithout } ohne und { $minPairs } insgesamt
next-day-helped = An Tagen mit „{ $name }“ waren deine Schmerzen am nächsten Morgen um { $points } geringer als an vergleichbaren Tagen ohne (wahrscheinlich zwischen { $low } und { $high }).
next-day-worse = An Tagen mit „{ $name }“ waren deine Schmerzen am nächsten Morgen um { $points } stärker als an vergleichbaren Tagen ohne (wahrscheinlich zwischen { $low } und { $high } Punkten Linderung).
next-day-small = Ein kleiner Nutzen am nächsten Morgen: etwa um { $points } geringere Schmerzen nach Tagen mit „{ $name }“ (wahrscheinlich zwischen { $low } und { $high }).
next-day-imprecise = Noch zu unsicher, was „{ $name }“ für den nächsten Morgen bewirkt: irgendwo zwischen { $low } und { $high } Punkten Linderung.
next-day-no-clear = Keine klare Wirkung auf den nächsten Morgen: etwa { $points } (wahrscheinlich zwischen { $low } und { $high }), verglichen mit Tagen ohne „{ $name }“, die ähnlich schmerzhaft begannen.
next-day-none = Relief konnte für „{ $name }“ keine Wirkung auf den nächsten Morgen schätzen.

## Verdicts in a word (tables)

verdict-not-enough-data = zu wenige Daten
verdict-helped = hat geholfen
verdict-worse = schlechter
verdict-small = kleine Wirkung
verdict-imprecise = zu unsicher
verdict-no-clear = keine klare Wirkung
verdict-reference = Vergleich

## The clinician report

report-title = Zusammenfassung des Schmerztagebuchs
report-log-title = Zusammenfassung des Schmerztagebuchs — Einträge
report-generated = Erstellt am { $date }
report-range = { $from } – { $to } · Einträge an { $logged } von { $days } Tagen
report-nothing-title = Keine Einträge in diesem Zeitraum.
report-nothing = Zwischen diesen Daten wurde nichts eingetragen, daher gibt es nichts zusammenzufassen.
report-average = Durchschnitt (0–10)
report-worst = Stärkster
report-least = Geringster
report-first-last = Erste Woche → letzte Woche
report-change = { $first } → { $last }: { $change }{ $percent }
report-percent = { $percent } %
report-better = eine klinisch bedeutsame Besserung (≥ 2 Punkte oder ≥ 30 %)
report-worse = eine klinisch bedeutsame Verschlechterung (≥ 2 Punkte oder ≥ 30 %)
report-unchanged = keine klinisch bedeutsame Veränderung (≥ 2 Punkte oder ≥ 30 %)
report-two-weeks = braucht mindestens zwei Wochen im Zeitraum
report-peg-change = Wöchentlicher PEG (Schmerz, Lebensfreude, allgemeine Aktivität; 0–10): { $first } in der Woche vom { $firstWeek } → { $last } in der Woche vom { $lastWeek } ({ $weeks } Wochen erfasst)
report-peg-one = Wöchentlicher PEG (Schmerz, Lebensfreude, allgemeine Aktivität; 0–10): { $value } in der Woche vom { $week }
report-peg-none = Wöchentlicher PEG (Schmerz, Lebensfreude, allgemeine Aktivität): in diesem Zeitraum nicht erfasst
report-where = Wo es schmerzte
report-most-often = Am häufigsten betroffen
report-causes = Vermutete Ursachen
report-none-noted = keine notiert
report-what-helped = Was geholfen hat
report-what-helped-note = Linderung in Punkten (positiv = weniger Schmerzen), 95-%-Intervalle, angepasst für den Test mehrerer Mittel
report-col-remedy = Mittel
report-col-uses = Anw.
report-col-session = Je Anwendung [95-%-KI]
report-col-next = Folgemorgen [95-%-KI]
report-col-verdict = Ergebnis
report-more = … und { $count } weitere Kombinationen (siehe relief stats)
report-no-remedies = In diesem Zeitraum wurden keine Mittel eingetragen.
report-share = { $percent } % der Einträge, Mittel { $mean }
report-disclaimer = Selbstauskunft der behandelten Person. Keine Diagnose.
report-method = Linderung ist der Schmerz vor minus der Schmerz nach einer Anwendung auf der Skala 0–10 (über das hinaus, was Ruhe allein bewirkt, wenn Ruhe-Einträge vorliegen); die Linderung am nächsten Morgen vergleicht Morgen nach Tagen mit und ohne das Mittel, die ähnlich schmerzhaft endeten.
report-page = Seite { $page } von { $total }
report-brand = Relief — selbst geführtes Schmerztagebuch
report-log-day = Tag
report-log-time = Zeit
report-log-where = Wo
report-log-causes = Ursachen
report-log-remedies = Mittel (→ danach)
report-log-note = Notiz
report-log-cont = Forts.
report-log-rating = 0–10

## Charts

chart-trend-daily = Schmerzen (0–10): Tagesmittel und 7-Tage-Mittel
chart-trend-weekly = Schmerzen (0–10): Wochenmittel, mit der mittleren Hälfte der Tage
chart-trend-monthly = Schmerzen (0–10): Monatsmittel, mit der mittleren Hälfte der Tage
chart-empty-checkins = Noch keine Einträge in diesem Zeitraum.
chart-daily-average = Tagesmittel
chart-7-day-average = 7-Tage-Mittel
chart-middle-half = mittlere Hälfte der Tage
chart-weekly-mean = Wochenmittel
chart-monthly-mean = Monatsmittel
chart-remedy-used = Mittel angewendet
chart-visit = Therapie- oder Chiropraktik-Termin
chart-remedies-title = Was geholfen hat: Linderung je Anwendung (Punkte, 95-%-Intervall)
chart-remedies-empty = Noch keine Mittel in diesem Zeitraum eingetragen.
chart-rest-row = Natürliche Veränderung (Ruhe, n={ $n }) — der Vergleich
chart-remedy-row = { $name } (n={ $n }) — { $verdict }
chart-relief-axis = ← mehr Schmerzen   ·   weniger Schmerzen →
chart-causes-title = Vermutete Ursachen: Einträge und mittlere Schmerzen
chart-causes-empty = Noch keine Ursachen in diesem Zeitraum notiert.
chart-checkins-axis = Einträge

## relief stats

stats-empty = Noch keine Einträge in diesem Zeitraum. Trage einen ein mit `relief add --rating N`.
stats-range = { $from } – { $to }: Einträge an { $logged } von { $days } Tagen
stats-soreness = Schmerzen (0–10): Durchschnitt { $mean }, geringster Wert { $least }, stärkster { $worst }
stats-first-last = Erste Woche { $first } → letzte Woche { $last }: { $change }{ $percent }
stats-peg = Letzter wöchentlicher PEG (Schmerz, Lebensfreude, Aktivität; 0–10): { $peg }
stats-what-helped = Was geholfen hat (Linderung in Punkten: positiv = weniger Schmerzen; 95-%-Intervalle, angepasst für den Test mehrerer Mittel)
stats-uses = Anw.
stats-session = je Anwendung
stats-next-morning = nächster Morgen
stats-causes = Vermutete Ursachen
stats-where = Wo
stats-entries-mean = { $count } { $entries ->
        [one] Eintrag
       *[other] Einträge
    }, Mittel { $mean }

## Dialogs of the app: file filters, titles, buttons

dialog-filter-csv = CSV-Datei
dialog-filter-json = JSON-Datei
dialog-filter-png = PNG-Bild
dialog-filter-svg = SVG-Bild
dialog-filter-pdf = PDF-Dokument
dialog-filter-fhir = FHIR-Bundle (JSON)
dialog-filter-relief = Relief-Export
dialog-filter-other = Export einer anderen App (CSV)
dialog-import-other-title = Aus einer anderen App importieren
dialog-replace-title = Diese Datei ersetzen?
dialog-replace-question = { $path }: { $reason }. Ersetzen?
dialog-replace = Ersetzen
dialog-cancel = Abbrechen

## Built-in remedies and causes (until the person renames them), and body regions

catalogue-stretch = Dehnen
catalogue-foam-rolling = Faszienrolle
catalogue-massage = Massage
catalogue-heat = Wärme
catalogue-chiropractic = Chiropraktik
catalogue-rest = Ruhe (nichts getan)
catalogue-posture = Haltung
catalogue-tension = Muskelverspannung
catalogue-injury = Verletzung
catalogue-other = Sonstiges
region-between-shoulder-blades = Zwischen den Schulterblättern
region-upper-back-left = Oberer Rücken, links
region-upper-back-right = Oberer Rücken, rechts
region-neck = Nacken
region-shoulder-left = Schulter, links
region-shoulder-right = Schulter, rechts
region-mid-back = Mittlerer Rücken
region-lower-back = Unterer Rücken
region-hip-left = Hüfte, links
region-hip-right = Hüfte, rechts
region-head = Kopf
region-jaw = Kiefer
region-chest = Brust
region-arm-left = Arm, links
region-arm-right = Arm, rechts
region-hand-left = Hand oder Handgelenk, links
region-hand-right = Hand oder Handgelenk, rechts
region-leg-left = Bein, links
region-leg-right = Bein, rechts

## Charts in words (their text alternative)

chart-text-trend-title = Schmerzen im Verlauf (0–10)
chart-text-trend = Von { $from } bis { $to }, Einträge an { $logged } von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }; durchschnittliche Schmerzstärke { $mean }, geringste { $least }, stärkste { $worst }.
chart-text-first-last = Erste Woche { $first }, letzte Woche { $last }.
chart-text-remedy-days = An { $remedyDays ->
        [one] { $remedyDays } Tag
       *[other] { $remedyDays } Tagen
    } wurde ein Mittel angewendet; an { $visits ->
        [one] { $visits } Tag
       *[other] { $visits } Tagen
    } gab es einen Besuch in Physiotherapie oder Chiropraktik.
chart-text-interval = { $points } (95-%-Intervall { $low } bis { $high })
chart-text-no-estimate = noch keine Schätzung
chart-text-reference = natürliche Schwankung, der Vergleich
chart-text-remedy-row = { $name }: { $numbers } aus { $n ->
        [one] { $n } Anwendung
       *[other] { $n } Anwendungen
    }, { $verdict }
chart-text-positive = Positiv heißt weniger Schmerzen. { $rows }.
chart-text-cause-row = { $name }: { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }, mittlere Schmerzstärke { $mean }

## Notifications

alert-question-title = Wie stark jetzt?
alert-question = Nach „{ $remedy }“: Du warst bei { $rating }/10. Zum Antworten klicken.
alert-experiment-title = Dein Experiment heute: { $arm }
alert-experiment = Trage morgen früh als Erstes ein, wie stark deine Schmerzen sind.
alert-check-in-title = Zeit für einen Eintrag
alert-check-in = Wie stark sind deine Schmerzen gerade?
alert-stretch-title = Dehnpause
alert-stretch = Ein paar Minuten dehnen, dann Relief sagen, wie es war.
alert-missed = { $title } (verpasst um { $time })
quick-window-title = Relief — schneller Eintrag
tray-quick = Schneller Eintrag…
tray-open = Relief öffnen
tray-quit = Relief beenden

## Personal experiments: the result, its chart and its report page

exp-remedy = „{ $name }“
exp-resting = Ruhe
exp-no = ohne { $remedy }
exp-days-without = Tage ohne { $remedy }
exp-running = Läuft: { $complete } von { $planned } Paaren vollständig{ $void ->
        [0] {""}
       *[other] , { $void } ungültig
    }. Das Ergebnis erscheint, wenn das Experiment endet — früher hinzusehen würde dich täuschen.
exp-stopped-early = Vorzeitig beendet ({ $reason }). { $sentence }
exp-void = ({ $void } ungültig)
exp-no-pairs = Keine vollständigen Paare{ $void }: nichts zu vergleichen.
exp-likely = (wahrscheinlich { $low } bis { $high })
exp-chance-rare = in etwa 1 von { $n } Neuverteilungen deines Plans
exp-chance-share = in etwa { $percent } % der Neuverteilungen deines Plans
exp-session-more = Nach { $a } gingen die Schmerzen um { $points } stärker zurück als nach { $b }
exp-session-less = Nach { $a } gingen die Schmerzen um { $points } weniger zurück als nach { $b }
exp-days-less = Die Morgen nach { $a } waren um { $points } weniger schmerzhaft als in der Vergleichsbedingung ({ $b })
exp-days-more = Die Morgen nach { $a } waren um { $points } schmerzhafter als in der Vergleichsbedingung ({ $b })
exp-not-enough = Erst { $pairs ->
        [one] { $pairs } vollständiges Paar
       *[other] { $pairs } vollständige Paare
    }{ $void }: zu wenig für eine Aussage — nötig sind mindestens 6, und höchstens 3 von 10 dürfen ungültig sein.
exp-clear = Über { $pairs } Paare: { $what }{ $likely }. Ein so großer Unterschied käme durch Zufall { $chance } vor.
exp-small-note = Er ist kleiner als der Unterschied, der dir nach deiner Angabe wichtig wäre.
exp-no-clear = Über { $pairs } Paare wirkten { $a } und { $b } etwa gleich: { $what }{ $likely }, weniger als wichtig wäre.
exp-imprecise = Über { $pairs } Paare: { $what }{ $likely }, aber das ist noch nicht klar: Ein so großer Unterschied käme durch Zufall { $chance } vor.
exp-chart-title = Experiment: { $a } gegen { $b }
exp-chart-schedule = Plan: { $a } (A, gefüllt) und { $b } (B, offen), Abschnitt für Abschnitt
exp-chart-slot = Abschnitt
exp-chart-differences = Vorteil in jedem vollständigen Paar (Punkte) und ihr Mittel mit 95-%-Intervall
exp-chart-axis = ← { $b } besser   ·   { $a } besser →
exp-chart-too-small = ±{ $delta }: zu klein, um wichtig zu sein
exp-chart-mean = Mittel { $mean } ({ $low } bis { $high })
exp-chart-slots = { $shown } von { $total } Abschnitten gezeigt: { $done } wie zugeteilt gemacht, { $void } ungültig.
exp-chart-running = Solange das Experiment läuft, werden keine Unterschiede gezeigt.
exp-chart-differences-list = Unterschiede der Paare (Punkte, positiv: { $a } besser): { $list }. { $sentence }
exp-page-title = Persönliches Experiment: { $a } gegen { $b }
exp-page-stopped = vorzeitig beendet am { $date } ({ $reason })
exp-page-complete = abgeschlossen
exp-page-line = Randomisierte N-of-1-Studie, die Reihenfolge in jedem Paar per Münzwurf · begonnen am { $date } · { $ended }
exp-row-compared = Vergleich
exp-compared = { $a } (A) mit { $b } (B); kleinster lohnender Unterschied: { $delta }
exp-row-design = Ablauf
exp-design-session = Anwendungen: die zugeteilte allein, bewertet davor und danach; mindestens { $hours } h zwischen Anwendungen. Messgröße: Linderung (davor − danach).
exp-design-days = Zeiträume von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }{ $washout ->
        [0] {""}
       *[other] , die ersten { $washout } nicht gezählt (Auswaschphase)
    }; Messgröße: die erste Bewertung des nächsten Tages, gemittelt über den Zeitraum.
exp-row-pairs = Paare
exp-pairs = { $planned } geplant · { $complete } vollständig · { $void } ungültig (ungültige Paare werden ersetzt, bis zu 30 % mehr)
exp-row-estimate = Schätzung
exp-estimate = Vorteil von { $a } { $points } (95-%-Intervall { $low } bis { $high }); positiv = A war besser
exp-row-test = Test
exp-test-exact = p = { $p } (Vorzeichen-Randomisierungstest, exakt über alle { $patterns } Vorzeichenmuster; kleinstmöglich { $min })
exp-test-sampled = p = { $p } (Vorzeichen-Randomisierungstest, 20.000 zufällige Vorzeichenmuster; kleinstmöglich { $min })
exp-row-benefit = Nutzen ≥ δ
exp-benefit = { $percent } % (flache A-priori-Verteilung)
exp-row-verdict = Urteil
exp-deviations-title = Abweichungen vom Plan
exp-deviation = Paar { $pair }, Abschnitt { $slot }: { $what }
exp-more = … und { $n } weitere
exp-limits = Grenzen: selbst berichtete Bewertungen, nicht verblindet, eine Person, diese Wochen; ein Ergebnis für diese Person unter diesen Bedingungen, keine Diagnose. Berichtet nach dem CENT-2015-Statement für N-of-1-Studien.

## Experiments: what did not go as planned

dev-other-remedies = mit anderen Mitteln im selben Eintrag: nicht gezählt
dev-too-soon = innerhalb von { $gap } nach der vorigen Anwendung im Experiment: nicht gezählt
dev-instead = { $done } statt { $assigned } gemacht
dev-no-rating-after = keine Bewertung nach der Anwendung
dev-skipped = übersprungen
dev-wrong-days = { $other } an { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } eines Zeitraums mit { $period }
dev-not-followed = befolgt und am nächsten Morgen bewertet an { $rated } von { $days } Tagen
dev-hours = { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
dev-minutes = { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
dev-seconds = { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    }

## The command line's own words (keys, ids and files stay as they are)

cli-no-entries = Keine Einträge. Trage einen ein mit `relief add --rating N`.
cli-peg = PEG Lebensfreude { $enjoyment }, Aktivität { $activity }
cli-archived = archiviert
cli-archived-item = { $key } archiviert
cli-unarchived-item = { $key } zurückgeholt
cli-restored-journal = { $journal } wiederhergestellt ({ $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }); das vorige Tagebuch liegt in { $kept }
cli-restored-kept-protected = die Kopie war ungeschützt; sie ist jetzt mit der Passphrase des Tagebuchs geschützt, wie das Tagebuch es war
cli-restored-protected = das Tagebuch ist mit einer Passphrase geschützt
use-minutes = { $minutes } min
use-after = → { $rating }
use-after-minutes = → { $rating } nach { $minutes } min
cli-deleted = { $id } gelöscht (`relief undo` holt ihn zurück)
cli-restored-entry = { $id } wiederhergestellt
cli-wrote = { $file } geschrieben ({ $kilobytes } KB)
cli-new-items = neu in deinen Listen: { $remedies ->
        [one] { $remedies } Mittel
       *[other] { $remedies } Mittel
    }, { $causes ->
        [one] { $causes } Ursache
       *[other] { $causes } Ursachen
    }
cli-imported = { $added ->
        [one] { $added } Eintrag importiert
       *[other] { $added } Einträge importiert
    }; { $skipped } standen schon im Tagebuch
cli-import-differing = { $differing ->
        [one] { $differing } davon weicht vom Tagebuch ab und blieb, wie das Tagebuch ihn hat
       *[other] { $differing } davon weichen vom Tagebuch ab und blieben, wie das Tagebuch sie hat
    } (ein Import ändert nie einen Eintrag, den das Tagebuch schon hat; ändere ihn im Tagebuch)
cli-sample-added = { $added } Beispieleinträge über { $days } Tage hinzugefügt
cli-backed-up = gesichert nach { $file }
cli-no-backups = Noch keine Sicherungen. Relief legt täglich eine neben dem Tagebuch an.
cli-exp-skipped = Abschnitt { $slot } übersprungen; sein Paar ist ungültig und wird am Ende ersetzt
cli-exp-stopped = { $id } beendet; `relief experiment result` zeigt, was es ergeben hat
cli-exp-hint-own = etwa { $pairs } Paare, etwa { $days } Tage, um einen Unterschied von { $delta } zu sehen (deine eigene Streuung von { $sd })
cli-exp-hint-typical = etwa { $pairs } Paare, etwa { $days } Tage, um einen Unterschied von { $delta } zu sehen (eine übliche Streuung von { $sd })
cli-exp-complete = das Experiment ist abgeschlossen: `relief experiment result`
cli-exp-was-stopped = das Experiment wurde beendet: `relief experiment result`
cli-exp-waiting = wartet auf die Bewertung nach der letzten Anwendung (beantworte „Wie stark jetzt?“)
cli-exp-now = jetzt: { $arm }, allein, dann bewerten, wie stark die Schmerzen danach sind (Abschnitt { $slot }, Paar { $pair })
cli-exp-today-without = heute: ohne { $remedy }; trage morgen früh ein, wie stark deine Schmerzen sind
cli-exp-today = heute: { $arm }; trage morgen früh ein, wie stark deine Schmerzen sind
cli-exp-status = { $remedy } gegen { $comparator } ({ $design }): { $state } — { $complete } von { $planned } Paaren vollständig, { $void } ungültig
cli-exp-state-running = läuft
cli-exp-state-complete = abgeschlossen
cli-exp-state-stopped = beendet
cli-exp-verdict = Urteil: { $verdict } — { $complete } von { $planned } Paaren vollständig, { $void } ungültig; p = { $p }
cli-exp-none = noch keine Experimente: `relief experiment start --help`
cli-dry-run = Probelauf: nichts wurde geschrieben
cli-imported-from = { $added ->
        [one] { $added } Eintrag
       *[other] { $added } Einträge
    } aus { $app } importiert; { $skipped } standen schon im Tagebuch{ $unusable ->
        [0] {""}
        [one] ; { $unusable } unbrauchbare Zeile ausgelassen
       *[other] ; { $unusable } unbrauchbare Zeilen ausgelassen
    }

## The body map (the report and the window)

map-front = Vorne
map-back = Hinten

## The command line's preview of an import (--dry-run)

cli-preview = Export aus { $app }, { $encoding }, getrennt durch { $separator }: { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } → { $checkins ->
        [one] { $checkins } Eintrag
       *[other] { $checkins } Einträge
    }, { $unusable } unbrauchbar
cli-preview-note = Hinweis: { $note }
cli-preview-tried = versucht: { $list }
cli-preview-causes = Ursachen: { $list }
cli-preview-note-of = Notiz: { $note }
cli-preview-unusable = unbrauchbar: Zeile { $line }: { $reason }

## Errors

error-too-new = { $path }: Dieses Tagebuch wurde mit einem neueren Relief geschrieben (Schemaversion { $found }; dieses Relief liest bis { $supported }); aktualisiere Relief, um es zu öffnen — die Datei wurde nicht verändert
error-not-a-journal = { $path }: kein Relief-Tagebuch ({ $reason }); die Datei wurde nicht verändert — war es dein Tagebuch, stelle es aus einer Sicherung wieder her
error-damaged = { $path }: Die Tagebuchdatei ist beschädigt ({ $detail }); sie wurde nicht verändert — stelle sie aus einer Sicherung wieder her
error-locked = { $path }: Dieses Tagebuch ist mit einer Passphrase geschützt; gib die Passphrase an, um es zu öffnen — die Datei wurde nicht verändert
error-wrong-passphrase = { $path }: falsche Passphrase; das Tagebuch wurde nicht geöffnet — die Datei wurde nicht verändert
error-in-use = { $path }: Das Tagebuch ist in einem anderen Programm geöffnet (der Relief-App?); schließe es und versuche es noch einmal — es wurde nichts verändert
error-replaced = { $path }: Das Tagebuch wurde ersetzt, während es hier offen war (anderswo geschützt, entschützt oder wiederhergestellt); es wurde nichts gespeichert — öffne es neu
error-entry-not-found = kein Eintrag mit der Kennung { $id }
error-no-follow-up = kein „Wie stark jetzt?“ wartet auf { $remedy } im Eintrag { $entry }
error-ambiguous-id = Die Eintragskennung „{ $prefix }“ ist mehrdeutig: Mit ihr beginnen { $count } Kennungen; gib mehr Zeichen an
error-unknown-item = { $kind ->
        [remedy] unbekanntes Mittel
       *[other] unbekannte Ursache
    } „{ $key }“ (bekannt: { $known }); füge eigene hinzu mit `relief { $kind } add NAME`
error-archived-item = „{ $key }“ ({ $kind ->
        [remedy] Mittel
       *[other] Ursache
    }) ist archiviert; zurückholen mit `relief { $kind } unarchive { $key }`
error-duplicate-item = Der Name „{ $label }“ ist schon vergeben ({ $kind ->
        [remedy] Mittel
       *[other] Ursache
    }, Schlüssel { $key })
error-nothing-to-undo = nichts rückgängig zu machen: Es wurde kein Eintrag gelöscht
error-experiment-running = Es läuft schon ein Experiment ({ $remedy } gegen { $comparator }); es läuft immer nur eines — beende es zuerst mit `relief experiment stop --reason TEXT`
error-no-experiment = Es läuft kein Experiment; beginne eines mit `relief experiment start --remedy KEY --vs KEY --design session|days`
error-nothing-to-skip = nichts zu überspringen: Das Experiment wartet auf eine Bewertung danach, nicht auf eine Anwendung
error-import = { $location }: { $message }; es wurde nichts importiert
error-output = { $path }: Relief schreibt diese Datei nicht: { $reason }
error-needs-confirmation = { $path }: { $reason }; sie wurde nicht ersetzt — mit --force wird sie ersetzt
error-read-only = { $path }: Das Tagebuch ist schreibgeschützt ({ $reason }); es lässt sich lesen, aber nicht ändern — es wurde nichts gespeichert
error-internal = { $what } ist in Relief fehlgeschlagen: { $detail }
error-database = Fehler der Tagebuchdatenbank: { $detail }
error-upgrade = Aktualisierung des Tagebuchs fehlgeschlagen: { $detail }
error-invalid = { $field }: { $rule }
error-io = { $path }: { $detail }
error-disk = { $path }: { $reason }
disk-full = Der Datenträger ist voll; es wurde nichts gespeichert — schaffe etwas Platz und versuche es noch einmal
disk-failed = Lesen oder Schreiben des Tagebuchs ist fehlgeschlagen ({ $detail }); es wurde nichts gespeichert
disk-cannot-open = Das Tagebuch lässt sich nicht öffnen ({ $detail })
app-no-journal = Es ist kein Tagebuch geöffnet
app-no-backup = keine Sicherung namens { $name }
app-no-home-folder = kein Benutzerordner, in dem der Autostart-Eintrag liegen könnte
app-no-program = unbekannt, von wo Relief läuft: { $detail }
app-sample-not-protected = das Beispieltagebuch wird nicht geschützt; wechsle zurück zu deinem eigenen Tagebuch, um es zu schützen
app-no-keyring = der Schlüsselbund dieses Computers hat die Passphrase nicht behalten ({ $detail }); sie wird nicht gemerkt
# Text from outside Relief (a parser's words, a field's name), quoted as it is.
plain = { $text }

## What a file is, when it is not a regular file

file-kind-folder = ein Ordner
file-kind-device = ein Gerät
file-kind-pipe = eine Pipe
file-kind-socket = ein Socket
file-kind-other = keine gewöhnliche Datei

## Why Relief will not open or write a file (inside the errors above)

reason-no-file-name = es wurde kein Dateiname angegeben
reason-dangling-link = sie ist ein symbolischer Link auf eine Datei, die es nicht gibt
reason-not-regular = sie ist { $kind }; Relief schreibt nur gewöhnliche Dateien
reason-journal-or-backup = sie ist das Tagebuch selbst oder eine seiner Sicherungen; wähle eine andere Datei
reason-backups-folder = sie liegt im Sicherungsordner des Tagebuchs, den nur Relief für seine eigenen Sicherungen nutzt
reason-journal-file = sie ist das Tagebuch selbst oder eine seiner Dateien; wähle eine andere Datei
reason-symlink = sie ist ein symbolischer Link auf { $target }; ersetzt würde die Datei, auf die er zeigt
reason-read-only-file = sie ist schreibgeschützt
reason-is-kind = es ist { $kind }
reason-not-journal-or-backup = es ist weder ein Relief-Tagebuch noch eine Sicherung
reason-other-database = es ist eine SQLite-Datenbank eines anderen Programms
reason-not-sqlite = es ist keine SQLite-Datenbank
reason-disk-read-only = sein Datenträger ist schreibgeschützt eingebunden
reason-file-not-writable = die Datei darf nicht geschrieben werden
reason-folder-not-writable = sein Ordner darf nicht geschrieben werden
reason-read-only-needs-upgrade = { $reason }, und dieses Relief müsste es erst aktualisieren
reason-write-refused = das System hat das Schreiben verweigert

## The rules a value must keep (after the field's name: "rating: must be …")

rule-rating = muss eine ganze Zahl von 0 bis 10 sein, erhalten: { $got }
rule-minutes = muss eine ganze Zahl von Minuten von 0 bis 1440 sein, erhalten: { $got }
rule-day-start-hour = muss eine Stunde von 0 bis 12 sein, erhalten: { $got }
rule-follow-up-minutes = muss eine Minutenzahl von 0 (nie fragen) bis 240 sein, erhalten: { $got }
rule-region = unbekannte Körperstelle „{ $got }“ (bekannt: { $known })
rule-entry-id = „{ $got }“ ist keine Eintragskennung (eine UUID)
rule-entry-id-prefix = „{ $got }“ ist keine Eintragskennung (eine UUID oder ihre ersten 4 oder mehr Zeichen)
rule-listed-twice = „{ $got }“ steht zweimal in der Liste
rule-after-without-rating = hat after_minutes, aber kein rating_after
rule-design = der Aufbau muss session oder days sein, erhalten: { $got }
rule-same-arms = das Mittel und womit es verglichen wird, müssen sich unterscheiden; beide sind { $got }
rule-session-vs-none = eine Anwendung wird mit einem anderen Mittel oder mit Ruhe verglichen, nicht mit none (none ist für den Aufbau days)
rule-pairs = pairs muss { $min } bis { $max } sein (mit weniger als { $min } lässt sich nie eine Wirkung zeigen), erhalten: { $got }
rule-delta = delta muss über 0 und höchstens { $max } Punkte sein, erhalten: { $got }
rule-period = der Zeitraum muss 1 bis { $max } Tage lang sein, erhalten: { $got }
rule-gap = der Abstand zwischen Anwendungen darf höchstens einen Tag betragen, erhalten: { $got } Sekunden
rule-washout = die Auswaschzeit muss kürzer als der Zeitraum ({ $period } Tage) sein, erhalten: { $got }
rule-control-character = enthält das Steuerzeichen U+{ $code }
rule-too-long = ist { $count } Zeichen lang; erlaubt sind { $limit }
rule-empty-or-null = ist leer; lass es weg oder nimm null
rule-empty = ist leer
rule-invisible-character = enthält ein unsichtbares Zeichen (U+{ $code }); gib den Namen ohne es ein
rule-key = „{ $got }“ ist kein gültiger Schlüssel (Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens { $max })
rule-timer = muss zwischen 1 Sekunde und { $hours } Stunden liegen, erhalten: { $got } Sekunden
rule-reminders = höchstens { $max } Erinnerungen, erhalten: { $got }
rule-reminder-repeats = { $a } wiederholt { $b }: eine Erinnerung derselben Art zur selben Zeit am selben Tag
rule-theme = muss system, light oder dark sein, erhalten: „{ $got }“
rule-timestamp = „{ $got }“ ist kein Datum mit Uhrzeit und UTC-Versatz, z. B. 2026-11-24T08:30:00+01:00
rule-date = „{ $got }“ ist kein Datum der Form JJJJ-MM-TT
rule-reminder-kind = „{ $got }“ ist keine Art von Erinnerung: check-in oder stretch
rule-weekday = „{ $got }“ ist kein Wochentag wie mon oder sun
rule-clock = { $got } ist keine Uhrzeit
rule-clock-text = „{ $got }“ ist keine Uhrzeit wie 07:30
rule-reminder-no-days = die Erinnerung um { $time } hat keine Wochentage
rule-reminder-day-twice = die Erinnerung um { $time } nennt einen Wochentag zweimal
rule-reminder = „{ $got }“ ist keine Erinnerung wie stretch@10:30 oder check-in@20:00:mon,tue,wed
rule-language = { $got } ist keine Sprache, die Relief spricht (en, de, es, fr)
rule-language-choice = { $got } ist keine Sprache, die Relief spricht (system, en, de, es, fr)
rule-from-after-to = { $from } liegt nach { $to }
rule-no-data-folder = dieses System hat keinen Datenordner; gib einen mit --db PFAD an
rule-nothing-to-change = nichts zu ändern; gib die Felder an, die sich ändern sollen, z. B. --rating 4
rule-chart-file = { $file } muss auf .svg oder .png enden
rule-chart-size = muss 200 bis 4000 Pixel sein, erhalten: { $got }
rule-export-format = gib --format csv, json oder fhir an
rule-fhir-only = gilt nur für --format fhir; csv und json enthalten das ganze Tagebuch
rule-sample-not-empty = { $file } hat schon { $count } Einträge; Beispieldaten kommen in ein eigenes Tagebuch (nimm --db sample.db)
rule-last-days = muss 1 bis { $max } Tage sein, erhalten: { $got }
rule-sample-days = muss 1 bis { $max } sein, erhalten: { $got }
rule-mapping-unknown = { $got } ist weder eine gespeicherte Zuordnung ({ $saved }) noch eine TOML-Datei
rule-mapping-unknown-none-saved = { $got } ist weder eine gespeicherte Zuordnung (noch keine gespeichert) noch eine TOML-Datei
rule-mapping-name = der Name einer Zuordnung hat 1 bis 100 Zeichen
rule-future = { $at } liegt in der Zukunft; ein Eintrag hält fest, was geschehen ist
rule-backup-is-journal = { $file } ist das Tagebuch selbst; wähle eine seiner Sicherungen
rule-stop-reason = sag in 1 bis { $max } Zeichen, warum das Experiment endet
rule-slots = muss { $slots } Plätze in Paaren aus je einem A und einem B enthalten
rule-passphrase-empty = ist leer; eine Passphrase hat mindestens ein Zeichen
rule-passphrase-short = ist zu kurz; eine neue Passphrase hat mindestens { $min } Zeichen
rule-passphrase-missing-line = die Standardeingabe endete vor der Passphrase
rule-passphrase-differ = die beiden eingegebenen Passphrasen unterscheiden sich; es wurde nichts geändert
rule-passphrase-no-terminal = es gibt kein Terminal, um nach der neuen Passphrase zu fragen; gib sie mit --new-passphrase-file DATEI oder --passphrase-stdin an
rule-passphrase-locked = { $path } ist mit einer Passphrase geschützt, und es gibt kein Terminal, um nach ihr zu fragen; gib sie mit --passphrase-file DATEI oder --passphrase-stdin an
rule-passphrase-none = dieses Tagebuch hat keine Passphrase, die sich ändern ließe; schütze es mit `relief protect`

## Reading files to import: where, and what is wrong

read-at-line = Zeile { $line }
read-at-line-column = Zeile { $line }, Spalte { $column }
read-at-line-entry = Zeile { $line } (Eintrag { $id })
read-at-line-path = Zeile { $line }, { $path }
read-at-column = Spalte { $column }
read-at-file = Datei
read-at-mapping = Zuordnung
read-columns = { $count ->
    [one] Spalte { $names }
   *[other] Spalten { $names }
}
read-too-big = die Datei ist { $size } MB groß; Importe sind auf { $limit } MB begrenzt
read-not-a-file = es ist { $kind }; der Import liest eine CSV- oder JSON-Datei
read-not-utf8 = die Datei ist kein gültiges UTF-8 (Byte { $byte }); wähle ihre Kodierung (latin-1, utf-16le …)
read-empty = die Datei ist leer
read-no-header = die Datei hat keine Kopfzeile
read-id-twice = die Eintragskennung { $id } kommt zweimal vor (zuerst bei { $first })
read-json-not-object = das ist kein Export eines Relief-Tagebuchs (erwartet wird ein JSON-Objekt mit "format" und "version")
read-json-no-header = das ist kein Export eines Relief-Tagebuchs (erwartet wird ein Objekt mit "format" und "version")
read-json-invalid = kein gültiges JSON: { $detail }
read-json-wrong-format = das ist kein Export eines Relief-Tagebuchs (format ist { $found }, erwartet "{ $expected }")
read-json-no-format = das ist kein Export eines Relief-Tagebuchs (kein "format": "{ $expected }")
read-json-version = Version { $found } wird nicht unterstützt (dieses Relief liest Version { $reads }); ein neueres Relief kann sie vielleicht lesen
read-json-no-version = die Datei hat keine "version"
read-csv-no-remedy = hat einen Wert, aber die Zeile nennt kein Mittel
read-csv-header-not-utf8 = die Kopfzeile ist kein UTF-8-Text
read-csv-unknown-column = unbekannte Spalte „{ $name }“ (die Spalten sind: { $columns })
read-csv-column-twice = die Spalte „{ $name }“ kommt zweimal vor
read-csv-missing-column = die Spalte „{ $name }“ fehlt
read-csv-unreadable = nicht als CSV lesbar: { $detail }
read-csv-fields = { $expected } Felder erwartet, { $found } gefunden (eine kaputte oder abgeschnittene Zeile?)
read-csv-cell-not-utf8 = ist kein UTF-8-Text (speichere die Datei als UTF-8)
read-csv-entry-differs = Eintrag { $id } hat hier einen anderen Wert als in Zeile { $first }
read-other-app = das sieht nach einem Export aus { $found } aus, nicht aus { $chosen }; wähle { $found } (oder csv mit einer Zuordnung)
read-not-app = das ist kein Export aus { $chosen } (die Kopfzeile lautet: { $header }); wähle csv mit einer Zuordnung
read-no-column = keine Spalte { $name } für { $what } (Spalten: { $columns })
read-for-date = das Datum
read-for-time = die Uhrzeit
read-for-rating = die Bewertung
read-for-remedies = die Mittel
read-for-causes = die Ursachen
read-for-regions = die Körperstellen
read-for-note = die Notiz
read-for-soreness = die Schmerzen
read-need-date-and-rating = gib an, welche Spalte das Datum und welche die Bewertung enthält (Spalten: { $columns })
read-no-date-format = kein Datumsformat liest jeden Wert
read-no-date-format-of = kein Datumsformat liest jeden Wert (gelesene Formate: { $formats })
read-no-soreness-column = keine Schmerzspalte: wähle, welche Beschwerde- oder Symptomspalten die Schmerzen sind (Spalten: { $columns })
read-not-a-number = { $value } ist keine Zahl
read-outside-scale = { $value } liegt außerhalb der Skala { $min } bis { $max }
mapping-scale = das Minimum der Skala ({ $min }) muss unter ihrem Maximum ({ $max }) liegen
mapping-severity = der Schweregrad { $word } ergibt { $level }, mehr als 10
mapping-timezone = die Zeitzone { $got } ist kein Versatz wie +01:00 oder local
read-unusable = { $reason } ({ $count ->
    [one] 1 Zeile ist unbrauchbar
   *[other] { $count } Zeilen sind unbrauchbar
})
cli-import-unusable = { $reason } ({ $count ->
    [one] 1 Zeile ist unbrauchbar
   *[other] { $count } Zeilen sind unbrauchbar
}; zeige sie mit --dry-run an oder lass sie mit --skip-unusable weg)
cli-plain-copy = Hinweis: { $file } ist eine gewöhnliche Datei: Anders als das geschützte Tagebuch kann sie jeder lesen, der sie hat
cli-passphrase-prompt = Passphrase für { $path }:{" "}
cli-new-passphrase = Neue Passphrase:{" "}
cli-new-passphrase-again = Noch einmal dieselbe:{" "}
cli-protected = { $path } ist jetzt mit einer Passphrase geschützt, { $backups ->
    [one] seine Sicherung auch
   *[other] seine { $backups } Sicherungen auch
}. Ohne die Passphrase kann niemand sie lesen, auch du nicht: bewahre sie gut auf. Exporte (CSV, JSON, FHIR, PDF) sind ungeschützte Dateien.
cli-unprotected = { $path } ist wieder ein ungeschütztes Tagebuch, { $backups ->
    [one] seine Sicherung auch
   *[other] seine { $backups } Sicherungen auch
}.
cli-passphrase-changed = Die Passphrase von { $path } ist geändert, { $backups ->
    [one] die seiner Sicherung auch
   *[other] die seiner { $backups } Sicherungen auch
}.

## Usage errors of the CLI (what clap found wrong)

cli-usage = relief: { $message } (siehe `relief --help`)
cli-usage-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“: { $reason }
cli-usage-possible-values = ungültiger Wert „{ $value }“ für „{ $arg }“ (mögliche Werte: { $valid })
cli-usage-unknown-argument = unerwartetes Argument „{ $arg }“
cli-usage-missing = diese nötigen Argumente fehlen: { $args }
cli-usage-unknown-command = unbekannter Befehl „{ $name }“

## Rows an import cannot use, and what a reader assumed

read-row-ragged = { $cells } Zellen, wo die Kopfzeile { $header } hat
read-row-not-date = { $value } ist kein Datum
read-row-not-date-like = Spalte { $column }: { $value } ist kein Datum wie { $example }
read-row-not-time = Spalte { $column }: { $value } ist keine Uhrzeit wie 08:30
read-row-time-of-day = die Tageszeit { $value } ist weder pre, am, mid, pm, all day noch HH:MM
read-row-no-such-time = diese Uhrzeit gibt es in der Zeitzone nicht
read-row-column = Spalte { $column }: { $reason }
read-row-not-level = { $value } ist keine Stufe von 0–4
read-row-severity = der Schweregrad { $value } von { $name } steht nicht in der Schweregradtabelle ({ $table })
read-row-no-rating = { $date } { $time }: Medikamente oder Faktoren, aber kein Schmerz- oder Wehtun-Symptom, und ein Eintrag braucht eine Bewertung
read-row-no-soreness = { $date }: an diesem Tag keine Schmerzen bewertet
read-row-note = { $columns }: die Notiz: { $reason }
read-note-month-first = Jedes Datum in { $column } lässt sich mit dem Monat zuerst und mit dem Tag zuerst lesen: gelesen mit dem Monat zuerst (03/04/2020 ist der 4. März 2020). Wähle in der Zuordnung „Tag zuerst“, falls das falsch ist.
read-note-other-categories = { $count ->
    [one] 1 Zeitpunkt enthielt
   *[other] { $count } Zeitpunkte enthielten
} nur andere Kategorien (Stimmung, Energie, Schlaf …) und keine Schmerzen: dort gibt es nichts zu importieren.
read-note-soreness-from = Schmerzen aus: { $columns }.

## Sync (docs/sync.md)

error-sync-deletes-most = diese Synchronisierung würde { $deleted } der { $total } Einträge des Tagebuchs löschen; nichts wurde übernommen — wenn Sie das wollen, führen Sie `relief sync --yes` aus
error-sync-folder = { $path }: { $reason }
error-sync-not-set-up = dieses Tagebuch wird nicht synchronisiert; richten Sie es mit `relief sync setup ORDNER` ein oder schließen Sie sich mit `relief sync join ORDNER` einem anderen Computer an
reason-sync-state = seine Sync-Einstellungen sind beschädigt ({ $what })
rule-sync-value = ein anderer Computer hat einen Wert geschickt, den Relief nicht lesen kann ({ $detail })
sync-reason-missing = der Sync-Ordner ist nicht da (ein abgezogenes Laufwerk?); nichts wurde geändert — Ihre Änderungen warten im Tagebuch auf die nächste Runde
sync-reason-read-only = in den Sync-Ordner kann nicht geschrieben werden; nichts ging verloren — Ihre Änderungen warten im Tagebuch auf die nächste Runde
sync-reason-full = der Datenträger des Sync-Ordners ist voll; nichts ging verloren — Ihre Änderungen warten im Tagebuch auf die nächste Runde
sync-reason-io = der Sync-Ordner hat versagt ({ $detail }); nichts ging verloren
sync-reason-bad-header = seine relief-sync.json stammt nicht von Relief; nichts wurde geändert
sync-reason-newer = er wurde von einem neueren Relief geschrieben (Sync-Format { $found }); aktualisieren Sie Relief auf diesem Computer — nichts wurde geändert
sync-reason-wrong-passphrase = falsche Sync-Passphrase für diesen Ordner; nichts wurde geändert
sync-reason-in-use = er ist schon ein Relief-Sync-Ordner; schließen Sie sich mit `relief sync join` an — nichts wurde geändert
sync-reason-not-set-up = er ist kein Relief-Sync-Ordner; richten Sie Sync auf dem ersten Computer mit `relief sync setup` ein — nichts wurde geändert
sync-reason-has-entries = dieses Tagebuch hat schon { $count ->
        [one] einen eigenen Eintrag
       *[other] { $count } eigene Einträge
    }; fügen Sie --merge hinzu, um die Einträge beider Tagebücher zusammenzuführen — nichts wurde geändert
sync-reason-other-journal = er synchronisiert ein anderes Tagebuch (oder seine Passphrase wurde geändert); nichts wurde geändert
sync-aside-unreadable = sie kann nicht gelesen werden ({ $detail })
sync-aside-unsealed = sie lässt sich nicht vollständig öffnen (abgeschnitten, noch unterwegs oder verändert); nächste Runde erneut versucht
sync-aside-newer = sie wurde von einem neueren Relief geschrieben; aktualisieren Sie Relief auf diesem Computer
sync-aside-other-journal = sie gehört zu einem anderen Tagebuch
sync-aside-ahead = ihre Änderungen sind { $hours } Stunden vor der Uhr dieses Computers datiert; sie warten, bis die Uhren übereinstimmen
sync-experiment-stopped = auf einem anderen Computer begonnen, während dort ein früher begonnenes Experiment lief; der frühere Beginn gilt
cli-sync-passphrase = Sync-Passphrase: 
cli-sync-passphrase-again = Sync-Passphrase noch einmal: 
cli-sync-set-up = Synchronisierung über { $folder }; dieser Computer ist { $computer }. Richten Sie die anderen Computer mit `relief sync join` und derselben Passphrase ein.
cli-sync-joined = { $folder } beigetreten: das Tagebuch hier hat { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }
cli-sync-round = Sync: { $sent } Datei(en) geschrieben, { $received } empfangen, { $entries } Eintrag/Einträge hier geändert
cli-sync-aside = zurückgestellt: { $file }: { $reason }
cli-sync-left = dieser Computer synchronisiert nicht mehr; der Ordner und die anderen Computer machen weiter
cli-sync-status = Synchronisierung über { $folder } als Computer { $computer }
cli-sync-status-unreachable = der Ordner ist gerade nicht erreichbar; Änderungen warten im Tagebuch
cli-sync-status-computer = { $name } ({ $id }): letzte Änderung { $when }
cli-sync-status-waiting = wartet auf Ausgang: { $out }; wartet auf Eingang: { $in }

## Settings → Sync (docs/sync.md)

sync-title = Mit Ihren anderen Computern synchronisieren
sync-intro = Halten Sie dieses Tagebuch auf jedem Computer gleich, den Sie nutzen — über einen Ordner, den Syncthing, Nextcloud, Dropbox oder ein USB-Stick schon gleich hält. Alles, was Relief dort ablegt, ist mit einer Sync-Passphrase versiegelt.
sync-how = Dieser Computer
sync-mode-setup = ist der erste: Sync in einem Ordner einrichten
sync-mode-join = tritt einem Ordner bei, den ein anderer Computer eingerichtet hat
sync-passphrase = Sync-Passphrase
sync-again = Noch einmal
sync-merge = Dieses Tagebuch hat eigene Einträge: beide Tagebücher zusammenführen
sync-passphrase-note = Verwenden Sie auf jedem Computer dieselbe Sync-Passphrase. Ohne sie kann niemand den Ordner lesen — auch Sie nicht: sie lässt sich nicht wiederherstellen.
sync-setup-go = Ordner wählen und einrichten…
sync-join-go = Ordner wählen und beitreten…
sync-set-up = Sync ist eingerichtet. Treten Sie von Ihren anderen Computern mit derselben Passphrase bei.
sync-joined = Beigetreten: das Tagebuch ist jetzt hier.
sync-state-on = Synchronisierung über { $folder }.
sync-no-computers = Noch kein anderer Computer ist beigetreten.
sync-computer = { $name }: letzte Änderung { $when }
sync-waiting = Wartet auf Ausgang: { $out }. Wartet auf Eingang: { $in }.
sync-aside = Zurückgestellt: { $file }: { $reason }
sync-now = Jetzt synchronisieren
sync-done = Synchronisiert.
sync-apply-anyway = Trotzdem übernehmen
sync-leave = Auf diesem Computer nicht mehr synchronisieren…
sync-leave-confirm = Hier nicht mehr synchronisieren (der Ordner und die anderen Computer machen weiter)
sync-left = Dieser Computer synchronisiert nicht mehr.
sync-sample-refused = Das Beispieltagebuch wird nie synchronisiert; wechseln Sie zuerst zu Ihrem Tagebuch zurück.
dialog-sync-folder-title = Der Ordner, den Ihr Sync-Programm gleich hält

## Warnzeichen und Anleitungen (docs/safety.md)
rule-red-flag = unbekanntes Warnzeichen „{ $got }“ (bekannt: { $known })
rule-guide = keine Anleitung namens „{ $got }“ (Anleitungen: { $known })
safety-tier-emergency = Das kann ein Notfall sein. Rufen Sie jetzt den Rettungsdienst: { $number }. Warten Sie nicht ab, ob ein Mittel hilft.
safety-tier-urgent = Gehen Sie heute zu einer Ärztin oder einem Arzt, oder so bald Sie können.
safety-page-title = Wann Sie Hilfe brauchen
safety-page-intro = Schmerzen zwischen den Schulterblättern kommen meist von der Haltung oder verspannten Muskeln. Selten zeigt sich so ein Herzinfarkt, ein Riss der Hauptschlagader oder ein Blutgerinnsel in der Lunge, manchmal ohne Brustschmerz.
safety-page-emergency = Rufen Sie jetzt den Rettungsdienst ({ $number }), wenn mit dem Schmerz Folgendes kommt:
safety-page-urgent = Gehen Sie heute oder bald zu einer Ärztin oder einem Arzt, wenn:
safety-emergency-others = Andere Notrufnummern: { $others }.
safety-page-source = Nach den Ratschlägen des NHS zu Rückenschmerzen, Brustschmerzen, Aortendissektion und Blutgerinnseln in der Lunge.
safety-reported = Gemeldete Warnzeichen
red-flag-chest-pain = Schmerz oder Druck in der Brust
red-flag-breathless = Atemnot oder Mühe beim Atmen
red-flag-spreading = Schmerz, der in Arm, Kiefer oder Hals ausstrahlt
red-flag-sweating-sick = Schwitzen, Übelkeit oder Erbrechen mit dem Schmerz
red-flag-tearing = plötzlicher, starker Schmerz, der sich reißend anfühlt
red-flag-coughing-blood = Bluthusten
red-flag-both-legs = Schmerz, Kribbeln, Schwäche oder Taubheit in beiden Beinen
red-flag-bladder-bowel = Verlust der Kontrolle über Blase oder Darm, oder Taubheit im Genital- oder Gesäßbereich
red-flag-serious-accident = er begann nach einem schweren Sturz oder Unfall
red-flag-fever = hohe Temperatur oder Krankheitsgefühl
red-flag-weight-loss = Gewichtsverlust, ohne es zu wollen
red-flag-night-rest = schlimmer in der Nacht, oder er lässt in Ruhe nicht nach
red-flag-cancer = Sie hatten Krebs
red-flag-worsening = er wird über Wochen immer schlimmer
red-flag-new-after-50 = ein neuer Schmerz dieser Art nach dem 50. Lebensjahr
guide-list-title = Anleitungen (relief guide NAME):
guide-red-flags-hint = Wenn es mehr als Verspannung ist: relief guide red-flags
guide-stop = Hören Sie auf, wenn der Schmerz stärker wird oder ausstrahlt, oder wenn Sie Taubheit oder Schwindel spüren.
guide-stretch-how = Legen Sie sich auf den Rücken und heben Sie die Arme langsam über den Kopf. 10 Sekunden halten, dann senken. Einige Male wiederholen, mehrmals am Tag.
guide-stretch-safety = Langsam bewegen: Es soll sich wie Dehnen anfühlen, nie wie Schmerz.
guide-foam-rolling-how = Legen Sie sich mit einer Faszienrolle oder einem Massageball unter dem Rücken hin und rollen Sie einige Minuten langsam über die schmerzende Stelle.
guide-foam-rolling-safety = Nur über Muskeln rollen: nicht über die Knochen der Wirbelsäule und nicht über den Nacken.
guide-massage-how = Mit der Hand, einem Ball oder durch eine Therapeutin oder einen Therapeuten: einige Minuten lang auf die schmerzenden Stellen drücken.
guide-massage-safety = Auf Muskeln drücken, nicht auf die Knochen der Wirbelsäule.
guide-heat-how = Ein Heizkissen, eine warme Kompresse oder eine Wärmflasche 10 bis 15 Minuten auf die schmerzende Stelle.
guide-heat-safety = Nicht auf taube oder verletzte Haut und nicht, wenn Sie einschlafen könnten. Die Wärmflasche in einen Bezug hüllen und nie mit kochendem Wasser füllen.
guide-chiropractic-how = Wie oft Sie hingehen, sagt Ihnen Ihre Chiropraktikerin oder Ihr Chiropraktiker.
guide-chiropractic-safety = Bei einem der Warnzeichen zuerst zur Ärztin oder zum Arzt.
report-red-flag-on = { $date }: { $flags }
rule-how-to-builtin = „{ $got }“ hat Reliefs eigene Anleitung (relief guide { $got }); eine eigene Anleitung gibt es für Mittel, die Sie hinzugefügt haben
rule-how-to-cause = nur Mittel haben eine Anleitung
guide-own-none = Noch keine Anleitung für „{ $name }“: relief remedy how-to { $key } "…" schreibt Ihre.
