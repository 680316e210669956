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
dialog-replace-question = { $path } { $reason }. Ersetzen?
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
