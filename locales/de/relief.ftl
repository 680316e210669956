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
