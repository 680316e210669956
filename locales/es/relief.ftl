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
dialog-replace-question = { $path }: { $reason }. ¿Reemplazarlo?
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

## Notifications

alert-question-title = ¿Cuánto te duele ahora?
alert-question = Después de { $remedy }: estabas en { $rating }/10. Pulsa para responder.
alert-experiment-title = Tu experimento hoy: { $arm }
alert-experiment = Mañana por la mañana, anota lo primero cuánto te duele.
alert-check-in-title = Hora de registrar
alert-check-in = ¿Cuánto te duele ahora mismo?
alert-stretch-title = Pausa para estirar
alert-stretch = Unos minutos de estiramientos y luego cuéntale a Relief qué tal ha ido.
alert-missed = { $title } (perdido a las { $time })
quick-window-title = Relief — registro rápido
tray-quick = Registro rápido…
tray-open = Abrir Relief
tray-quit = Salir de Relief

## Personal experiments: the result, its chart and its report page

exp-remedy = «{ $name }»
exp-resting = reposo
exp-no = sin { $remedy }
exp-days-without = días sin { $remedy }
exp-running = En curso: { $complete } de { $planned } pares completos{ $void ->
        [0] {""}
       *[other] , { $void } nulos
    }. El resultado aparece cuando termina el experimento: mirar antes te engañaría.
exp-stopped-early = Parado antes de tiempo ({ $reason }). { $sentence }
exp-void = ({ $void } nulos)
exp-no-pairs = Ningún par completo{ $void }: nada que comparar.
exp-likely = (probablemente de { $low } a { $high })
exp-chance-rare = en aproximadamente 1 de cada { $n } sorteos de tu plan
exp-chance-share = en aproximadamente el { $percent } % de los sorteos de tu plan
exp-session-more = después de { $a } el dolor bajó { $points } más que después de { $b }
exp-session-less = después de { $a } el dolor bajó { $points } menos que después de { $b }
exp-days-less = las mañanas después de { $a } dolieron { $points } menos que después de { $b }
exp-days-more = las mañanas después de { $a } dolieron { $points } más que después de { $b }
exp-not-enough = Solo { $pairs ->
        [one] { $pairs } par completo
       *[other] { $pairs } pares completos
    }{ $void }: no basta para decir nada; hacen falta al menos 6, con no más de 3 de cada 10 nulos.
exp-clear = En { $pairs } pares, { $what }{ $likely }. Una diferencia así de grande aparecería por azar { $chance }.
exp-small-note = Es menor que la diferencia que dijiste que importaría.
exp-no-clear = En { $pairs } pares, { $a } y { $b } funcionaron más o menos igual: { $what }{ $likely }, menos de lo que importaría.
exp-imprecise = En { $pairs } pares, { $what }{ $likely }, pero aún no está claro: una diferencia así de grande aparecería por azar { $chance }.
exp-chart-title = Experimento: { $a } frente a { $b }
exp-chart-schedule = Plan: { $a } (A, relleno) y { $b } (B, hueco), turno a turno
exp-chart-slot = turno
exp-chart-differences = Ventaja en cada par completo (puntos) y su media con el intervalo del 95 %
exp-chart-axis = ← mejor { $b }   ·   mejor { $a } →
exp-chart-too-small = ±{ $delta }: demasiado poco para importar
exp-chart-mean = media { $mean } (de { $low } a { $high })
exp-chart-slots = { $shown } de { $total } turnos mostrados: { $done } hechos según lo asignado, { $void } nulos.
exp-chart-running = Mientras el experimento sigue no se muestran diferencias.
exp-chart-differences-list = Diferencias de los pares (puntos, positivo: mejor { $a }): { $list }. { $sentence }
exp-page-title = Experimento personal: { $a } frente a { $b }
exp-page-stopped = parado antes de tiempo el { $date } ({ $reason })
exp-page-complete = completo
exp-page-line = Ensayo N de 1 aleatorizado, el orden de cada par a cara o cruz · iniciado el { $date } · { $ended }
exp-row-compared = Comparación
exp-compared = { $a } (A) con { $b } (B); diferencia mínima que merece la pena: { $delta }
exp-row-design = Diseño
exp-design-session = Sesiones: la asignada sola, valorada antes y después; al menos { $hours } h entre sesiones. Resultado: alivio (antes − después).
exp-design-days = Periodos de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }{ $washout ->
        [0] {""}
       *[other] , sin contar los { $washout } primeros (lavado)
    }; resultado: la primera valoración del día siguiente, promediada en el periodo.
exp-row-pairs = Pares
exp-pairs = { $planned } previstos · { $complete } completos · { $void } nulos (los nulos se sustituyen, hasta un 30 % más)
exp-row-estimate = Estimación
exp-estimate = ventaja de { $a } { $points } (intervalo del 95 %: de { $low } a { $high }); positivo = A fue mejor
exp-row-test = Prueba
exp-test-exact = p = { $p } (prueba de aleatorización por cambio de signo, exacta sobre los { $patterns } patrones de signo; mínimo posible { $min })
exp-test-sampled = p = { $p } (prueba de aleatorización por cambio de signo, 20 000 patrones de signo al azar; mínimo posible { $min })
exp-row-benefit = Beneficio ≥ δ
exp-benefit = { $percent } % (distribución a priori plana)
exp-row-verdict = Resultado
exp-deviations-title = Desviaciones del plan
exp-deviation = Par { $pair }, turno { $slot }: { $what }
exp-more = … y { $n } más
exp-limits = Límites: valoraciones propias, sin enmascaramiento, una sola persona, estas semanas; un resultado para esta persona en estas condiciones, no un diagnóstico. Informado según la declaración CENT 2015 para ensayos N de 1.

## Experiments: what did not go as planned

dev-other-remedies = con otros remedios en el mismo registro: no cuenta
dev-too-soon = menos de { $gap } después de la sesión anterior del experimento: no cuenta
dev-instead = se hizo { $done } en lugar de { $assigned }
dev-no-rating-after = sin valoración después de la sesión
dev-skipped = saltada
dev-wrong-days = { $other } { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de un periodo de { $period }
dev-not-followed = seguido y valorado a la mañana siguiente { $rated } de { $days } días
dev-hours = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
dev-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
dev-seconds = { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }

## The command line's own words (keys, ids and files stay as they are)

cli-no-entries = No hay registros. Anota uno con `relief add --rating N`.
cli-peg = PEG disfrute { $enjoyment }, actividad { $activity }
cli-archived = archivado
cli-archived-item = { $key } archivado
cli-unarchived-item = { $key } desarchivado
cli-restored-journal = { $journal } restaurado ({ $entries ->
        [one] { $entries } registro
       *[other] { $entries } registros
    }); el diario anterior se conserva en { $kept }
cli-restored-kept-protected = la copia no estaba protegida; ahora lo está con la frase de contraseña del diario, como lo estaba el diario
cli-restored-protected = el diario está protegido con una frase de contraseña
use-minutes = { $minutes } min
use-after = → { $rating }
use-after-minutes = → { $rating } tras { $minutes } min
cli-deleted = { $id } borrado (`relief undo` lo recupera)
cli-restored-entry = { $id } restaurado
cli-wrote = { $file } escrito ({ $kilobytes } KB)
cli-new-items = nuevo en tus listas: { $remedies ->
        [one] { $remedies } remedio
       *[other] { $remedies } remedios
    }, { $causes ->
        [one] { $causes } causa
       *[other] { $causes } causas
    }
cli-imported = { $added ->
        [one] { $added } registro importado
       *[other] { $added } registros importados
    }; { $skipped } ya estaban en el diario
cli-import-differing = { $differing ->
        [one] { $differing } de ellos difiere del diario y se dejó como lo tiene el diario
       *[other] { $differing } de ellos difieren del diario y se dejaron como los tiene el diario
    } (una importación nunca cambia un registro que el diario ya tiene; cámbialo en el diario)
cli-sample-added = { $added } registros de ejemplo añadidos en { $days } días
cli-backed-up = copia guardada en { $file }
cli-no-backups = Aún no hay copias. Relief hace una al día junto al diario.
cli-exp-skipped = turno { $slot } saltado; su par es nulo y se sustituirá al final
cli-exp-stopped = { $id } parado; `relief experiment result` muestra lo que encontró
cli-exp-hint-own = unos { $pairs } pares, unos { $days } días, para ver una diferencia de { $delta } (tu propia variación de { $sd })
cli-exp-hint-typical = unos { $pairs } pares, unos { $days } días, para ver una diferencia de { $delta } (una variación típica de { $sd })
cli-exp-complete = el experimento ha terminado: `relief experiment result`
cli-exp-was-stopped = el experimento se paró: `relief experiment result`
cli-exp-waiting = esperando la valoración tras la última sesión (responde a «¿Cuánto te duele ahora?»)
cli-exp-now = ahora: { $arm }, por sí solo, y luego valora cuánto te duele (turno { $slot }, par { $pair })
cli-exp-today-without = hoy: sin { $remedy }; anota mañana por la mañana cuánto te duele
cli-exp-today = hoy: { $arm }; anota mañana por la mañana cuánto te duele
cli-exp-status = { $remedy } frente a { $comparator } ({ $design }): { $state } — { $complete } de { $planned } pares completos, { $void } nulos
cli-exp-state-running = en curso
cli-exp-state-complete = terminado
cli-exp-state-stopped = parado
cli-exp-verdict = resultado: { $verdict } — { $complete } de { $planned } pares completos, { $void } nulos; p = { $p }
cli-exp-none = aún no hay experimentos: `relief experiment start --help`
cli-dry-run = prueba: no se ha escrito nada
cli-imported-from = { $added ->
        [one] { $added } registro importado
       *[other] { $added } registros importados
    } de { $app }; { $skipped } ya estaban en el diario{ $unusable ->
        [0] {""}
        [one] ; { $unusable } fila inservible omitida
       *[other] ; { $unusable } filas inservibles omitidas
    }

## The body map (the report and the window)

map-front = Delante
map-back = Detrás

## The command line's preview of an import (--dry-run)

cli-preview = exportación de { $app }, { $encoding }, separada por { $separator }: { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } → { $checkins ->
        [one] { $checkins } registro
       *[other] { $checkins } registros
    }, { $unusable } inservibles
cli-preview-note = nota: { $note }
cli-preview-tried = probado: { $list }
cli-preview-causes = causas: { $list }
cli-preview-note-of = nota: { $note }
cli-preview-unusable = inservible: línea { $line }: { $reason }

## Errors

error-too-new = { $path }: este diario lo escribió un Relief más nuevo (versión de esquema { $found }; este Relief lee hasta la { $supported }); actualiza Relief para abrirlo — el archivo no se ha cambiado
error-not-a-journal = { $path }: no es un diario de Relief ({ $reason }); el archivo no se ha cambiado — si era tu diario, restáuralo desde una copia
error-damaged = { $path }: el archivo del diario está dañado ({ $detail }); no se ha cambiado — restáuralo desde una copia
error-locked = { $path }: este diario está protegido con una frase de contraseña; escríbela para abrirlo — el archivo no se ha cambiado
error-wrong-passphrase = { $path }: frase de contraseña incorrecta; el diario no se ha abierto — el archivo no se ha cambiado
error-in-use = { $path }: el diario está abierto en otro programa (¿la app de Relief?); ciérralo y vuelve a intentarlo — no se ha cambiado nada
error-replaced = { $path }: el diario se ha reemplazado mientras estaba abierto aquí (protegido, desprotegido o restaurado en otro lugar); no se ha guardado nada — vuelve a abrirlo
error-entry-not-found = no hay ningún registro con el identificador { $id }
error-no-follow-up = ningún «¿Cuánto te duele ahora?» espera por { $remedy } en el registro { $entry }
error-ambiguous-id = el identificador «{ $prefix }» es ambiguo: así empiezan { $count } identificadores; escribe más caracteres
error-unknown-item = { $kind ->
        [remedy] remedio desconocido
       *[other] causa desconocida
    } «{ $key }» (conocidos: { $known }); añade los tuyos con `relief { $kind } add NAME`
error-archived-item = «{ $key }» ({ $kind ->
        [remedy] remedio
       *[other] causa
    }) está en el archivo; recupéralo con `relief { $kind } unarchive { $key }` para volver a usarlo
error-duplicate-item = el nombre «{ $label }» ya está en uso ({ $kind ->
        [remedy] remedio
       *[other] causa
    }, clave { $key })
error-nothing-to-undo = nada que deshacer: no se ha borrado ningún registro
error-experiment-running = ya hay un experimento en curso ({ $remedy } frente a { $comparator }); solo puede haber uno — páralo antes con `relief experiment stop --reason TEXT`
error-no-experiment = no hay ningún experimento en curso; empieza uno con `relief experiment start --remedy KEY --vs KEY --design session|days`
error-nothing-to-skip = nada que saltar: el experimento espera una valoración posterior, no una sesión
error-import = { $location }: { $message }; no se ha importado nada
error-output = { $path }: Relief no escribirá este archivo: { $reason }
error-needs-confirmation = { $path }: { $reason }; no se ha reemplazado — usa --force para reemplazarlo
error-read-only = { $path }: el diario es de solo lectura ({ $reason }); se puede leer pero no cambiar — no se ha guardado nada
error-internal = { $what } falló dentro de Relief: { $detail }
error-database = error de la base de datos del diario: { $detail }
error-upgrade = la actualización del diario falló: { $detail }
error-invalid = { $field }: { $rule }
error-io = { $path }: { $detail }
error-disk = { $path }: { $reason }
disk-full = el disco está lleno; no se ha guardado nada — libera algo de espacio y vuelve a intentarlo
disk-failed = ha fallado la lectura o escritura del diario ({ $detail }); no se ha guardado nada
disk-cannot-open = el diario no se puede abrir ({ $detail })
app-no-journal = no hay ningún diario abierto
app-no-backup = no hay ninguna copia llamada { $name }
app-no-home-folder = no hay carpeta personal donde guardar la entrada de inicio automático
app-no-program = no se sabe desde dónde se ejecuta Relief: { $detail }
app-sample-not-protected = el diario de ejemplo no se protege; vuelve a tu propio diario para protegerlo
app-no-keyring = el llavero de este ordenador no ha guardado la frase de contraseña ({ $detail }); no se recuerda
# Text from outside Relief (a parser's words, a field's name), quoted as it is.
plain = { $text }

## What a file is, when it is not a regular file

file-kind-folder = una carpeta
file-kind-device = un dispositivo
file-kind-pipe = una tubería
file-kind-socket = un socket
file-kind-other = algo que no es un archivo normal

## Why Relief will not open or write a file (inside the errors above)

reason-no-file-name = no se ha dado ningún nombre de archivo
reason-dangling-link = es un enlace simbólico a un archivo que no existe
reason-not-regular = es { $kind }; Relief solo escribe archivos normales
reason-journal-or-backup = es el propio diario o una de sus copias; elige otro archivo
reason-backups-folder = está en la carpeta de copias del diario, que solo usan las copias del propio Relief
reason-journal-file = es el propio diario o uno de sus archivos; elige otro archivo
reason-symlink = es un enlace simbólico a { $target }; se reemplazaría el archivo al que apunta
reason-read-only-file = es un archivo de solo lectura
reason-is-kind = es { $kind }
reason-not-journal-or-backup = no es un diario ni una copia de Relief
reason-other-database = es una base de datos SQLite de otro programa
reason-not-sqlite = no es una base de datos SQLite
reason-disk-read-only = su disco está montado como solo lectura
reason-file-not-writable = el archivo no permite escribir
reason-folder-not-writable = su carpeta no permite escribir
reason-read-only-needs-upgrade = { $reason }, y este Relief tendría que actualizarlo primero
reason-write-refused = el sistema se negó a escribirlo

## The rules a value must keep (after the field's name: "rating: must be …")

rule-rating = debe ser un número entero del 0 al 10; se recibió { $got }
rule-minutes = debe ser un número entero de minutos del 0 al 1440; se recibió { $got }
rule-day-start-hour = debe ser una hora del 0 al 12; se recibió { $got }
rule-follow-up-minutes = deben ser minutos del 0 (no preguntar nunca) al 240; se recibió { $got }
rule-region = zona del cuerpo desconocida «{ $got }» (conocidas: { $known })
rule-entry-id = «{ $got }» no es un identificador de registro (un UUID)
rule-entry-id-prefix = «{ $got }» no es un identificador de registro (un UUID, o sus primeros 4 caracteres o más)
rule-listed-twice = «{ $got }» aparece dos veces
rule-after-without-rating = tiene after_minutes pero no rating_after
rule-design = el diseño debe ser session o days; se recibió { $got }
rule-same-arms = el remedio y aquello con lo que se compara deben ser distintos; ambos son { $got }
rule-session-vs-none = una sesión se compara con otro remedio o con descanso, no con none (none es para el diseño days)
rule-pairs = pairs debe ser de { $min } a { $max } (con menos de { $min } nunca se puede mostrar un efecto); se recibió { $got }
rule-delta = delta debe ser mayor que 0 y como mucho { $max } puntos; se recibió { $got }
rule-period = el periodo debe ser de 1 a { $max } días; se recibió { $got }
rule-gap = la pausa entre sesiones debe ser como mucho de un día; se recibieron { $got } segundos
rule-washout = el lavado debe ser más corto que el periodo ({ $period } días); se recibió { $got }
rule-control-character = contiene el carácter de control U+{ $code }
rule-too-long = tiene { $count } caracteres; el límite es { $limit }
rule-empty-or-null = está vacío; omítelo o usa null
rule-empty = está vacío
rule-invisible-character = contiene un carácter invisible (U+{ $code }); escribe el nombre sin él
rule-key = «{ $got }» no es una clave válida (minúsculas, cifras y _, empezando por una letra, como mucho { $max })
rule-timer = debe ser de 1 segundo a { $hours } horas; se recibieron { $got } segundos
rule-reminders = como mucho { $max } recordatorios; se recibieron { $got }
rule-reminder-repeats = { $a } repite { $b }: un recordatorio del mismo tipo a la misma hora el mismo día
rule-theme = debe ser system, light o dark; se recibió «{ $got }»
rule-timestamp = «{ $got }» no es una fecha y hora con desfase UTC, p. ej. 2026-11-24T08:30:00+01:00
rule-date = «{ $got }» no es una fecha con la forma AAAA-MM-DD
rule-reminder-kind = «{ $got }» no es un tipo de recordatorio: check-in o stretch
rule-weekday = «{ $got }» no es un día de la semana como mon o sun
rule-clock = { $got } no es una hora del día
rule-clock-text = «{ $got }» no es una hora del día como 07:30
rule-reminder-no-days = el recordatorio de las { $time } no tiene días de la semana
rule-reminder-day-twice = el recordatorio de las { $time } nombra un día de la semana dos veces
rule-reminder = «{ $got }» no es un recordatorio como stretch@10:30 o check-in@20:00:mon,tue,wed
rule-language = { $got } no es un idioma que Relief hable (en, de, es, fr)
rule-language-choice = { $got } no es un idioma que Relief hable (system, en, de, es, fr)
rule-from-after-to = { $from } es posterior a { $to }
rule-no-data-folder = este sistema no tiene carpeta de datos; indica una con --db RUTA
rule-nothing-to-change = nada que cambiar; indica los campos que cambian, p. ej. --rating 4
rule-chart-file = { $file } debe terminar en .svg o .png
rule-chart-size = debe ser de 200 a 4000 píxeles; se recibió { $got }
rule-export-format = indica --format csv, json o fhir
rule-fhir-only = es para --format fhir; csv y json contienen todo el diario
rule-sample-not-empty = { $file } ya tiene { $count } registros; los datos de ejemplo van en un diario propio (usa --db sample.db)
rule-last-days = debe ser de 1 a { $max } días; se recibió { $got }
rule-sample-days = debe ser de 1 a { $max }; se recibió { $got }
rule-mapping-unknown = { $got } no es una asignación guardada ({ $saved }) ni un archivo TOML
rule-mapping-unknown-none-saved = { $got } no es una asignación guardada (aún no hay ninguna) ni un archivo TOML
rule-mapping-name = el nombre de una asignación tiene de 1 a 100 caracteres
rule-future = { $at } está en el futuro; un registro anota lo que ya ha pasado
rule-backup-is-journal = { $file } es el propio diario; elige una de sus copias
rule-stop-reason = di en 1 a { $max } caracteres por qué termina el experimento
rule-slots = debe tener { $slots } huecos en parejas de un A y un B
rule-passphrase-empty = está vacía; una frase de contraseña tiene al menos un carácter
rule-passphrase-short = es demasiado corta; una frase de contraseña nueva tiene al menos { $min } caracteres
rule-passphrase-missing-line = la entrada estándar terminó antes de la frase de contraseña
rule-passphrase-differ = las dos frases escritas no coinciden; no se ha cambiado nada
rule-passphrase-no-terminal = no hay terminal donde pedir la nueva frase de contraseña; dala con --new-passphrase-file ARCHIVO o --passphrase-stdin
rule-passphrase-locked = { $path } está protegido con una frase de contraseña y no hay terminal donde pedirla; dala con --passphrase-file ARCHIVO o --passphrase-stdin
rule-passphrase-none = este diario no tiene frase de contraseña que cambiar; protégelo con `relief protect`

## Reading files to import: where, and what is wrong

read-at-line = línea { $line }
read-at-line-column = línea { $line }, columna { $column }
read-at-line-entry = línea { $line } (registro { $id })
read-at-line-path = línea { $line }, { $path }
read-at-column = columna { $column }
read-at-file = archivo
read-at-mapping = asignación
read-columns = { $count ->
    [one] columna { $names }
   *[other] columnas { $names }
}
read-too-big = el archivo ocupa { $size } MB; las importaciones se limitan a { $limit } MB
read-not-a-file = es { $kind }; la importación lee un archivo CSV o JSON
read-not-utf8 = el archivo no es UTF-8 válido (byte { $byte }); elige su codificación (latin-1, utf-16le …)
read-empty = el archivo está vacío
read-no-header = el archivo no tiene fila de encabezado
read-id-twice = el identificador de registro { $id } aparece dos veces (primero en { $first })
read-json-not-object = esto no es una exportación de un diario de Relief (se esperaba un objeto JSON con "format" y "version")
read-json-no-header = esto no es una exportación de un diario de Relief (se esperaba un objeto con "format" y "version")
read-json-invalid = no es JSON válido: { $detail }
read-json-wrong-format = esto no es una exportación de un diario de Relief (format es { $found }, se esperaba "{ $expected }")
read-json-no-format = esto no es una exportación de un diario de Relief (falta "format": "{ $expected }")
read-json-version = la versión { $found } no es compatible (este Relief lee la versión { $reads }); un Relief más nuevo quizá la lea
read-json-no-version = el archivo no tiene "version"
read-csv-no-remedy = tiene un valor, pero la fila no nombra ningún remedio
read-csv-header-not-utf8 = el encabezado no es texto UTF-8
read-csv-unknown-column = columna desconocida «{ $name }» (las columnas son: { $columns })
read-csv-column-twice = la columna «{ $name }» aparece dos veces
read-csv-missing-column = falta la columna «{ $name }»
read-csv-unreadable = no se puede leer como CSV: { $detail }
read-csv-fields = se esperaban { $expected } campos y hay { $found } (¿una línea rota o cortada?)
read-csv-cell-not-utf8 = no es texto UTF-8 (guarda el archivo como UTF-8)
read-csv-entry-differs = el registro { $id } tiene aquí un valor distinto que en la línea { $first }
read-other-app = esto parece una exportación de { $found }, no de { $chosen }; elige { $found } (o csv con una asignación)
read-not-app = esto no es una exportación de { $chosen } (su encabezado es: { $header }); elige csv con una asignación
read-no-column = no hay columna { $name } para { $what } (columnas: { $columns })
read-for-date = la fecha
read-for-time = la hora
read-for-rating = la valoración
read-for-remedies = los remedios
read-for-causes = las causas
read-for-regions = las zonas
read-for-note = la nota
read-for-soreness = el dolor
read-need-date-and-rating = indica qué columna tiene la fecha y cuál la valoración (columnas: { $columns })
read-no-date-format = ningún formato de fecha lee todos los valores
read-no-date-format-of = ningún formato de fecha lee todos los valores (formatos leídos: { $formats })
read-no-soreness-column = no hay columna de dolor: elige qué columnas de dolencias o síntomas son el dolor (columnas: { $columns })
read-not-a-number = { $value } no es un número
read-outside-scale = { $value } está fuera de la escala de { $min } a { $max }
mapping-scale = el mínimo de la escala ({ $min }) debe ser menor que su máximo ({ $max })
mapping-severity = la gravedad { $word } equivale a { $level }, más de 10
mapping-timezone = la zona horaria { $got } no es un desfase como +01:00 ni local
read-unusable = { $reason } ({ $count ->
    [one] 1 fila no se puede usar
   *[other] { $count } filas no se pueden usar
})
cli-import-unusable = { $reason } ({ $count ->
    [one] 1 fila no se puede usar
   *[other] { $count } filas no se pueden usar
}; míralas con --dry-run o déjalas fuera con --skip-unusable)
cli-plain-copy = nota: { $file } es un archivo normal: a diferencia del diario protegido, puede leerlo cualquiera que lo tenga
cli-passphrase-prompt = Frase de contraseña de { $path }:{" "}
cli-new-passphrase = Nueva frase de contraseña:{" "}
cli-new-passphrase-again = La misma otra vez:{" "}
cli-protected = { $path } está protegido ahora con una frase de contraseña, y también { $backups ->
    [one] su copia
   *[other] sus { $backups } copias
}. Sin la frase nadie puede leerlos, ni siquiera tú: guárdala bien. Las exportaciones (CSV, JSON, FHIR, PDF) son archivos sin proteger.
cli-unprotected = { $path } vuelve a ser un diario sin proteger, y también { $backups ->
    [one] su copia
   *[other] sus { $backups } copias
}.
cli-passphrase-changed = Se ha cambiado la frase de contraseña de { $path }, y también la de { $backups ->
    [one] su copia
   *[other] sus { $backups } copias
}.

## Usage errors of the CLI (what clap found wrong)

cli-usage = relief: { $message } (mira `relief --help`)
cli-usage-invalid-value = valor no válido «{ $value }» para «{ $arg }»: { $reason }
cli-usage-possible-values = valor no válido «{ $value }» para «{ $arg }» (valores posibles: { $valid })
cli-usage-unknown-argument = argumento inesperado «{ $arg }»
cli-usage-missing = faltan estos argumentos obligatorios: { $args }
cli-usage-unknown-command = orden desconocida «{ $name }»

## Rows an import cannot use, and what a reader assumed

read-row-ragged = { $cells } celdas donde el encabezado tiene { $header }
read-row-not-date = { $value } no es una fecha
read-row-not-date-like = columna { $column }: { $value } no es una fecha como { $example }
read-row-not-time = columna { $column }: { $value } no es una hora como 08:30
read-row-time-of-day = el momento del día { $value } no es pre, am, mid, pm, all day ni HH:MM
read-row-no-such-time = esa hora no existe en la zona horaria
read-row-column = columna { $column }: { $reason }
read-row-not-level = { $value } no es un nivel de 0 a 4
read-row-severity = la gravedad { $value } de { $name } no está en la tabla de gravedad ({ $table })
read-row-no-rating = { $date } { $time }: medicamentos o factores pero ningún síntoma de dolor o molestia, y un registro necesita una valoración
read-row-no-soreness = { $date }: ese día no se valoró ningún dolor
read-row-note = { $columns }: la nota: { $reason }
read-note-month-first = Todas las fechas de { $column } se pueden leer con el mes primero y con el día primero: se han leído con el mes primero (03/04/2020 es el 4 de marzo de 2020). Elige «día primero» en la asignación si no es así.
read-note-other-categories = { $count ->
    [one] 1 fecha y hora solo tenía
   *[other] { $count } fechas y horas solo tenían
} otras categorías (ánimo, energía, sueño …) y ningún dolor: ahí no hay nada que importar.
read-note-soreness-from = Dolor según: { $columns }.

## Sync (docs/sync.md)

error-sync-deletes-most = esta sincronización borraría { $deleted } de los { $total } registros del diario; no se aplicó nada — si es lo que quiere, ejecute `relief sync --yes`
error-sync-folder = { $path }: { $reason }
error-sync-not-set-up = este diario no se sincroniza; configúrelo con `relief sync setup CARPETA` o únase al de otro ordenador con `relief sync join CARPETA`
reason-sync-state = su configuración de sincronización está dañada ({ $what })
rule-sync-value = otro ordenador envió un valor que Relief no puede leer ({ $detail })
sync-reason-missing = la carpeta de sincronización no está (¿una unidad desconectada?); no se cambió nada — sus cambios esperan en el diario a la próxima ronda
sync-reason-read-only = no se puede escribir en la carpeta de sincronización; no se perdió nada — sus cambios esperan en el diario a la próxima ronda
sync-reason-full = el disco de la carpeta de sincronización está lleno; no se perdió nada — sus cambios esperan en el diario a la próxima ronda
sync-reason-io = la carpeta de sincronización falló ({ $detail }); no se perdió nada
sync-reason-bad-header = su relief-sync.json no lo escribió Relief; no se cambió nada
sync-reason-newer = la escribió un Relief más nuevo (formato de sincronización { $found }); actualice Relief en este ordenador — no se cambió nada
sync-reason-wrong-passphrase = frase de contraseña de sincronización incorrecta para esta carpeta; no se cambió nada
sync-reason-in-use = ya es una carpeta de sincronización de Relief; únase con `relief sync join` — no se cambió nada
sync-reason-not-set-up = no es una carpeta de sincronización de Relief; configure la sincronización en el primer ordenador con `relief sync setup` — no se cambió nada
sync-reason-has-entries = este diario ya tiene { $count ->
        [one] un registro propio
       *[other] { $count } registros propios
    }; añada --merge para reunir los registros de ambos diarios — no se cambió nada
sync-reason-other-journal = sincroniza otro diario (o se cambió su frase de contraseña); no se cambió nada
sync-aside-unreadable = no se puede leer ({ $detail })
sync-aside-unsealed = no se abre entero (cortado, aún llegando o cambiado); se reintenta en la próxima ronda
sync-aside-newer = lo escribió un Relief más nuevo; actualice Relief en este ordenador
sync-aside-other-journal = pertenece a otro diario
sync-aside-ahead = sus cambios están fechados { $hours } horas por delante del reloj de este ordenador; esperan a que los relojes coincidan
sync-experiment-stopped = iniciado en otro ordenador mientras allí seguía un experimento iniciado antes; vale el inicio anterior
cli-sync-passphrase = Frase de contraseña de sincronización: 
cli-sync-passphrase-again = Frase de contraseña de sincronización otra vez: 
cli-sync-set-up = sincronizando a través de { $folder }; este ordenador es { $computer }. Configure los otros ordenadores con `relief sync join` y la misma frase de contraseña.
cli-sync-joined = unido a { $folder }: el diario aquí tiene { $entries ->
        [one] { $entries } registro
       *[other] { $entries } registros
    }
cli-sync-round = sincronización: { $sent } archivo(s) escrito(s), { $received } recibido(s), { $entries } registro(s) cambiado(s) aquí
cli-sync-aside = apartado: { $file }: { $reason }
cli-sync-left = este ordenador ya no se sincroniza; la carpeta y los otros ordenadores siguen
cli-sync-status = sincronizando a través de { $folder } como ordenador { $computer }
cli-sync-status-unreachable = la carpeta no está accesible ahora; los cambios esperan en el diario
cli-sync-status-computer = { $name } ({ $id }): último cambio { $when }
cli-sync-status-waiting = esperando para salir: { $out }; esperando para entrar: { $in }

## Settings → Sync (docs/sync.md)

sync-title = Sincronizar con sus otros ordenadores
sync-intro = Mantenga este diario igual en cada ordenador que use, a través de una carpeta que Syncthing, Nextcloud, Dropbox o una memoria USB ya mantienen igual. Todo lo que Relief pone allí va sellado con una frase de contraseña de sincronización.
sync-how = Este ordenador
sync-mode-setup = es el primero: configurar la sincronización en una carpeta
sync-mode-join = se une a una carpeta que configuró otro ordenador
sync-passphrase = Frase de contraseña de sincronización
sync-again = Otra vez
sync-merge = Este diario tiene registros propios: reunir ambos diarios
sync-passphrase-note = Use la misma frase de contraseña en cada ordenador. Sin ella nadie puede leer la carpeta, ni usted: no se puede recuperar.
sync-setup-go = Elegir la carpeta y configurar…
sync-join-go = Elegir la carpeta y unirse…
sync-set-up = La sincronización está configurada. Únase desde sus otros ordenadores con la misma frase de contraseña.
sync-joined = Unido: el diario ya está aquí.
sync-state-on = Sincronizando a través de { $folder }.
sync-no-computers = Aún no se ha unido ningún otro ordenador.
sync-computer = { $name }: último cambio { $when }
sync-waiting = Esperando para salir: { $out }. Esperando para entrar: { $in }.
sync-aside = Apartado: { $file }: { $reason }
sync-now = Sincronizar ahora
sync-done = Sincronizado.
sync-apply-anyway = Aplicarlo de todos modos
sync-leave = Dejar de sincronizar en este ordenador…
sync-leave-confirm = Dejar de sincronizar aquí (la carpeta y los otros ordenadores siguen)
sync-left = Este ordenador ya no se sincroniza.
sync-sample-refused = El diario de ejemplo nunca se sincroniza; vuelva primero a su diario.
dialog-sync-folder-title = La carpeta que su programa de sincronización mantiene igual

## Señales de alarma y guías (docs/safety.md)
rule-red-flag = señal de alarma desconocida «{ $got }» (conocidas: { $known })
rule-guide = no hay ninguna guía llamada «{ $got }» (guías: { $known })
safety-tier-emergency = Puede ser una emergencia. Llame ahora a una ambulancia: { $number }. No espere a ver si un remedio ayuda.
safety-tier-urgent = Vaya al médico hoy, o en cuanto pueda.
safety-page-title = Cuándo pedir ayuda
safety-page-intro = El dolor entre los omóplatos suele deberse a la postura o a la tensión muscular. Rara vez es la forma en que se manifiesta un infarto, un desgarro de la aorta o un coágulo en el pulmón, a veces sin dolor en el pecho.
safety-page-emergency = Llame ahora a una ambulancia ({ $number }) si el dolor viene con:
safety-page-urgent = Vaya al médico hoy o pronto si:
safety-emergency-others = Otros números de emergencia: { $others }.
safety-page-source = Según los consejos del NHS sobre el dolor de espalda, el dolor en el pecho, la disección aórtica y los coágulos en el pulmón.
safety-reported = Señales de alarma indicadas
red-flag-chest-pain = dolor o presión en el pecho
red-flag-breathless = falta de aire o dificultad para respirar
red-flag-spreading = dolor que se extiende al brazo, la mandíbula o el cuello
red-flag-sweating-sick = sudor, náuseas o vómitos con el dolor
red-flag-tearing = dolor repentino e intenso, como un desgarro
red-flag-coughing-blood = tos con sangre
red-flag-both-legs = dolor, hormigueo, debilidad o entumecimiento en ambas piernas
red-flag-bladder-bowel = pérdida del control de la vejiga o del intestino, o entumecimiento en los genitales o las nalgas
red-flag-serious-accident = empezó tras una caída o un accidente graves
red-flag-fever = fiebre, o sentirse mal
red-flag-weight-loss = perder peso sin proponérselo
red-flag-night-rest = empeora por la noche, o no mejora con el reposo
red-flag-cancer = ha tenido cáncer
red-flag-worsening = empeora cada vez más con las semanas
red-flag-new-after-50 = un dolor nuevo como este después de los 50 años
guide-list-title = Guías (relief guide NOMBRE):
guide-red-flags-hint = Cuando es algo más que una molestia: relief guide red-flags
guide-stop = Pare si el dolor se agudiza o se extiende, o si siente entumecimiento o mareo.
guide-stretch-how = Túmbese boca arriba y levante despacio los brazos por encima de la cabeza. Mantenga 10 segundos y bájelos. Repita unas cuantas veces, varias veces al día.
guide-stretch-safety = Muévase despacio: debe sentirse como un estiramiento, nunca como dolor.
guide-foam-rolling-how = Túmbese con un rodillo de espuma o una pelota de masaje bajo la espalda y ruede despacio sobre la zona dolorida durante unos minutos.
guide-foam-rolling-safety = Ruede solo sobre músculo: no sobre los huesos de la columna ni sobre el cuello.
guide-massage-how = Con la mano, con una pelota o por un terapeuta: presione los puntos doloridos durante unos minutos cada vez.
guide-massage-safety = Presione sobre músculo, no sobre los huesos de la columna.
guide-heat-how = Una almohadilla térmica, una compresa caliente o una bolsa de agua caliente sobre la zona dolorida durante 10 a 15 minutos.
guide-heat-safety = No sobre piel entumecida o dañada, ni cuando pueda quedarse dormido. Envuelva la bolsa de agua caliente en una funda y no la llene nunca con agua hirviendo.
guide-chiropractic-how = Con qué frecuencia ir lo decide su quiropráctico.
guide-chiropractic-safety = Con cualquiera de las señales de alarma, vaya primero al médico.
report-red-flag-on = { $date }: { $flags }
rule-how-to-builtin = «{ $got }» tiene la guía propia de Relief (relief guide { $got }); una guía suya es para los remedios que usted añadió
rule-how-to-cause = solo los remedios tienen una guía
guide-own-none = Aún no hay guía para «{ $name }»: relief remedy how-to { $key } "…" escribe la suya.
