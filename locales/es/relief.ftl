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

## Verdicts in a word (tables)

verdict-not-enough-data = datos insuficientes
verdict-helped = ayudó
verdict-worse = empeoró
verdict-small = efecto pequeño
verdict-imprecise = demasiado incierto
verdict-no-clear = sin efecto claro
verdict-reference = referencia

## The clinician report

report-title = Resumen del diario de dolor
report-log-title = Resumen del diario de dolor — registros
report-generated = Generado el { $date }
report-range = { $from } – { $to } · registros en { $logged } de { $days } días
report-nothing-title = No hay registros en este periodo.
report-nothing = No se registró nada entre estas fechas, así que no hay nada que resumir.
report-average = Media (0–10)
report-worst = Máximo
report-least = Mínimo
report-first-last = Primera semana → última semana
report-change = { $first } → { $last }: { $change }{ $percent }
report-percent = { $percent } %
report-better = una mejoría clínicamente relevante (≥ 2 puntos o ≥ 30 %)
report-worse = un empeoramiento clínicamente relevante (≥ 2 puntos o ≥ 30 %)
report-unchanged = sin cambio clínicamente relevante (≥ 2 puntos o ≥ 30 %)
report-two-weeks = necesita al menos dos semanas en el periodo
report-peg-change = PEG semanal (dolor, disfrute de la vida, actividad general; 0–10): { $first } la semana del { $firstWeek } → { $last } la semana del { $lastWeek } ({ $weeks } semanas registradas)
report-peg-one = PEG semanal (dolor, disfrute de la vida, actividad general; 0–10): { $value } la semana del { $week }
report-peg-none = PEG semanal (dolor, disfrute de la vida, actividad general): no registrado en este periodo
report-where = Dónde dolía
report-most-often = Zonas más frecuentes
report-causes = Causas sospechadas
report-none-noted = ninguna anotada
report-what-helped = Qué ayudó
report-what-helped-note = alivio en puntos (positivo = menos dolor), intervalos del 95 % ajustados por comparar varios remedios
report-col-remedy = Remedio
report-col-uses = Usos
report-col-session = Por sesión [IC 95 %]
report-col-next = Día siguiente [IC 95 %]
report-col-verdict = Resultado
report-more = … y { $count } combinaciones más (ver relief stats)
report-no-remedies = No se registraron remedios en este periodo.
report-share = { $percent } % de los registros, media { $mean }
report-disclaimer = Datos aportados por la persona que lleva el diario. No es un diagnóstico.
report-method = El alivio es el dolor antes menos el dolor después de una sesión en la escala de 0 a 10 (más allá de lo que aporta el descanso por sí solo, cuando se registraron sesiones de descanso); el alivio a la mañana siguiente compara las mañanas tras días con y sin el remedio que terminaron con el mismo dolor.
report-page = Página { $page } de { $total }
report-brand = Relief — diario de dolor autorregistrado
report-log-day = Día
report-log-time = Hora
report-log-where = Dónde
report-log-causes = Causas
report-log-remedies = Remedios (→ después)
report-log-note = Nota
report-log-cont = cont.
report-log-rating = 0–10

## Charts

chart-trend-daily = Dolor (0–10): media diaria y media de 7 días
chart-trend-weekly = Dolor (0–10): medias semanales, con la mitad central de los días
chart-trend-monthly = Dolor (0–10): medias mensuales, con la mitad central de los días
chart-empty-checkins = Aún no hay registros en este periodo.
chart-daily-average = media diaria
chart-7-day-average = media de 7 días
chart-middle-half = mitad central de los días
chart-weekly-mean = media semanal
chart-monthly-mean = media mensual
chart-remedy-used = remedio usado
chart-visit = visita de fisioterapia o quiropráctica
chart-remedies-title = Qué ayudó: alivio por sesión (puntos, intervalo del 95 %)
chart-remedies-empty = Aún no hay remedios registrados en este periodo.
chart-rest-row = Cambio natural (descanso, n={ $n }) — la referencia
chart-remedy-row = { $name } (n={ $n }) — { $verdict }
chart-relief-axis = ← más dolor   ·   menos dolor →
chart-causes-title = Causas sospechadas: registros y dolor medio
chart-causes-empty = Aún no hay causas anotadas en este periodo.
chart-checkins-axis = registros

## relief stats

stats-empty = Aún no hay registros en este periodo. Añade uno con `relief add --rating N`.
stats-range = { $from } – { $to }: registros en { $logged } de { $days } días
stats-soreness = Dolor (0–10): media { $mean }, mínimo { $least }, máximo { $worst }
stats-first-last = Primera semana { $first } → última semana { $last }: { $change }{ $percent }
stats-peg = Último PEG semanal (dolor, disfrute, actividad; 0–10): { $peg }
stats-what-helped = Qué ayudó (alivio en puntos: positivo = menos dolor; intervalos del 95 % ajustados por comparar varios remedios)
stats-uses = usos
stats-session = por sesión
stats-next-morning = mañana siguiente
stats-causes = Causas sospechadas
stats-where = Dónde
stats-entries-mean = { $count } { $entries ->
        [one] registro
       *[other] registros
    }, media { $mean }

## Dialogs of the app: file filters, titles, buttons

dialog-filter-csv = Archivo CSV
dialog-filter-json = Archivo JSON
dialog-filter-png = Imagen PNG
dialog-filter-svg = Imagen SVG
dialog-filter-pdf = Documento PDF
dialog-filter-fhir = Paquete FHIR (JSON)
dialog-filter-relief = Exportación de Relief
dialog-filter-other = Exportación de otra aplicación (CSV)
dialog-import-other-title = Importar desde otra aplicación
dialog-replace-title = ¿Reemplazar este archivo?
dialog-replace-question = { $path } { $reason }. ¿Reemplazarlo?
dialog-replace = Reemplazar
dialog-cancel = Cancelar

## Built-in remedies and causes (until the person renames them), and body regions

catalogue-stretch = Estiramientos
catalogue-foam-rolling = Rodillo de espuma
catalogue-massage = Masaje
catalogue-heat = Calor
catalogue-chiropractic = Quiropráctica
catalogue-rest = Reposo (no hice nada)
catalogue-posture = Postura
catalogue-tension = Tensión muscular
catalogue-injury = Lesión
catalogue-other = Otra
region-between-shoulder-blades = Entre los omóplatos
region-upper-back-left = Parte alta de la espalda, izquierda
region-upper-back-right = Parte alta de la espalda, derecha
region-neck = Cuello
region-shoulder-left = Hombro izquierdo
region-shoulder-right = Hombro derecho
region-mid-back = Mitad de la espalda
region-lower-back = Zona lumbar
region-hip-left = Cadera izquierda
region-hip-right = Cadera derecha
region-head = Cabeza
region-jaw = Mandíbula
region-chest = Pecho
region-arm-left = Brazo izquierdo
region-arm-right = Brazo derecho
region-hand-left = Mano o muñeca izquierda
region-hand-right = Mano o muñeca derecha
region-leg-left = Pierna izquierda
region-leg-right = Pierna derecha

## Charts in words (their text alternative)

chart-text-trend-title = Dolor a lo largo del tiempo (0–10)
chart-text-trend = Del { $from } al { $to }, registros en { $logged } de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; dolor medio { $mean }, mínimo { $least }, máximo { $worst }.
chart-text-first-last = Primera semana { $first }, última semana { $last }.
chart-text-remedy-days = Se usó un remedio { $remedyDays ->
        [one] { $remedyDays } día
       *[other] { $remedyDays } días
    }; { $visits ->
        [one] { $visits } día
       *[other] { $visits } días
    } con visita de fisioterapia o quiropráctica.
chart-text-interval = { $points } (intervalo del 95 %: de { $low } a { $high })
chart-text-no-estimate = aún sin estimación
chart-text-reference = cambio natural, la referencia
chart-text-remedy-row = { $name }: { $numbers } de { $n ->
        [one] { $n } sesión
       *[other] { $n } sesiones
    }, { $verdict }
chart-text-positive = Positivo es menos dolor. { $rows }.
chart-text-cause-row = { $name }: { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }, dolor medio { $mean }
