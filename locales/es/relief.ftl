# Relief en español. Los mismos mensajes con las mismas variables que locales/en/relief.ftl.

## Amounts

points = { $n ->
    [one] { $shown } punto
   *[other] { $shown } puntos
}

## Verdict sentences: session

session-not-enough = Aún no hay datos suficientes: { $missing ->
        [one] falta { $missing } sesión más
       *[other] faltan { $missing } sesiones más
    } de «{ $name }» con una valoración después. Eso no significa que no haya ayudado: Relief todavía no puede saberlo.
session-helped = Después de «{ $name }», tu dolor fue de media { $points } menor (probablemente entre { $low } y { $high }): un alivio claro.
session-worse = Después de «{ $name }», tu dolor fue de media { $points } mayor (probablemente entre { $low } y { $high } puntos de alivio): parece empeorar las cosas.
session-small = «{ $name }» parece ayudar un poco: el dolor bajó unos { $points } (probablemente entre { $low } y { $high }); es real, pero menos del punto que la mayoría de la gente nota.
session-imprecise = Todavía es demasiado incierto: el alivio después de «{ $name }» podría estar entre { $low } y { $high } puntos. Más sesiones con una valoración después lo precisarán.
session-no-clear = Sin efecto claro: unos { $points } de alivio después de «{ $name }» (probablemente entre { $low } y { $high }), así que apenas hubo diferencia.
session-none = Relief no pudo estimar un efecto para «{ $name }».
session-raw = Esto incluye los altibajos naturales; registra algunas sesiones de descanso (no hacer nada y volver a valorar) para que Relief pueda separarlos.
rest-sentence = El descanso (no hacer nada y volver a valorar) cambió el dolor en { $points } por sí solo (probablemente entre { $low } y { $high }). Son los altibajos naturales; el alivio de los demás remedios se mide por encima de ellos.

## Verdict sentences: next morning

next-day-not-enough = Aún no hay días suficientes para ver un efecto a la mañana siguiente: { $need }. Eso no significa que no haya ayudado.
next-day-counted = { $with ->
        [one] { $with } día
       *[other] { $with } días
    } con este remedio y { $without } sin él van seguidos de un día registrado
next-day-confounded = { $counted }, pero esos días coincidió demasiado con otros remedios (o con la tendencia) para separar su efecto
next-day-needed = { $counted }; se necesitan { $minWith } con él, { $minWithout } sin él y { $minPairs } en total
next-day-helped = Los días con «{ $name }», a la mañana siguiente tu dolor fue { $points } menor que en días comparables sin este remedio (probablemente entre { $low } y { $high }).
next-day-worse = Los días con «{ $name }», a la mañana siguiente tu dolor fue { $points } mayor que en días comparables sin este remedio (probablemente entre { $low } y { $high } puntos de alivio).
next-day-small = Un pequeño beneficio a la mañana siguiente: el dolor fue unos { $points } menor después de días con «{ $name }» (probablemente entre { $low } y { $high }).
next-day-imprecise = Todavía es demasiado incierto qué hace «{ $name }» por la mañana siguiente: entre { $low } y { $high } puntos de alivio.
next-day-no-clear = Sin efecto claro a la mañana siguiente: unos { $points } (probablemente entre { $low } y { $high }), comparado con días sin «{ $name }» que empezaron con el mismo dolor.
next-day-none = Relief no pudo estimar un efecto a la mañana siguiente para «{ $name }».
