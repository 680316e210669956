# Relief en español: las palabras de la ventana. Los mismos mensajes con las mismas variables que
# locales/en/ui.ftl.

## The window, navigation, sample data

app-name = Relief
nav-label = Vistas
nav-log = Registrar
nav-history = Historial
nav-insights = Análisis
nav-experiment = Experimento
nav-export = Exportar
nav-settings = Ajustes
nav-shortcut = { $view } (Alt+{ $n })
sample-banner = Estás viendo datos de ejemplo en un diario aparte; el tuyo no se toca.
sample-leave = Volver a mi diario
try-sample = Probar con datos de ejemplo
refused-title = Relief no puede abrir tu diario
refused-help = No se ha cambiado nada. Restaura abajo una de las copias diarias (el archivo dañado también se conserva), o mueve el archivo a otro sitio y Relief empezará un diario nuevo, en el que puedes importar una exportación JSON.
quick-title = Registro rápido
dismiss = Cerrar
cancel = Cancelar
edit = Editar
delete = Borrar
undo = Deshacer
key-ctrl = Ctrl
key-enter = Intro
from = Desde
to = Hasta

## Log

log-title = ¿Cómo estás ahora?
log-welcome = Te damos la bienvenida a Relief.
log-welcome-how = Anota cuánto te duele siempre que te acuerdes: una cifra y Ctrl+Intro son un registro completo. Añade dónde, por qué y qué probaste cuando quieras.
log-welcome-after = Después de un remedio, vuelve a valorar un poco más tarde: así aprende Relief lo que de verdad te ayuda.
log-how-sore = ¿Cuánto te duele ahora?
log-scale-hint = 0 = nada, 10 = el peor imaginable · escribe una cifra
log-scale-label = Dolor de 0 a 10
log-when = Cuándo
log-where = Dónde
where-back = Espalda
where-front = Delante y extremidades
map-label = Mapa del cuerpo: delante y detrás
log-cause = Causa sospechada
log-tried = ¿Qué probaste?
peg-summary = Pregunta semanal: ¿cuánto te ha limitado el dolor? (opcional)
peg-enjoyment = Disfrute de la vida (0–10)
peg-activity = Actividad general (0–10)
log-note = Nota (opcional)
log-save = Guardar registro
log-save-changes = Guardar cambios
log-choose-rating = Elige primero cuánto te duele (0–10).
log-bad-time = La hora no es una fecha y hora válidas.
log-changes-saved = Cambios guardados.
log-saved = Guardado: dolor { $rating }/10.
remedy-minutes = Minutos
remedy-how = Cómo (opcional)
remedy-how-example = p. ej., pelota de masaje
remedy-after = Dolor después (0–10)
remedy-after-minutes = …minutos más tarde
remedy-timer = Temporizador
remedy-holds = Series de { $seconds } s ×
remedy-timer-then = { $minutes } min; luego «¿Cuánto te duele ahora?»
remedy-set-minutes = Indica los minutos

## History

history-filter = Filtrar registros
history-remedy = Remedio
history-cause = Causa
history-any = Cualquiera
history-anywhere = En cualquier sitio
history-edit-title = Editar el registro del { $day }, { $time }
history-empty = Aún no hay registros aquí.
history-empty-how = Anota uno en «Registrar» (Alt+1): la valoración es una tecla, lo demás es opcional. Cada registro aparece aquí por días, donde puedes corregirlo o borrarlo.
history-soreness = dolor { $rating } de 10
history-imported = importado de { $app } ({ $file })
history-source-csv = una hoja de cálculo
history-deleted = Registro del { $day }, { $time } borrado.
history-restored = Restaurado.

## Insights

range-label = Periodo
range-30 = 30 días
range-90 = 90 días
range-365 = 1 año
range-all = Todo
range-custom = Personalizado
insights-empty = Todavía no hay nada que mostrar en este periodo.
insights-empty-how = El análisis aparece cuando tienes algunos registros. Para una respuesta honesta a «¿qué me ayuda?», vuelve a valorar tu dolor después de un remedio (unos 30 minutos más tarde) y, de vez en cuando, después de no hacer nada —una sesión de reposo—, para que Relief distinga el alivio real de los altibajos que ocurren de todos modos.
insights-summary = { $from } – { $to }: registros en { $logged } de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
insights-average = Dolor medio { $mean }, mínimo { $least }, máximo { $worst }.
insights-change = Primera semana → última semana: { $change }; { $importance }.
insights-what-helped = Lo que ayudó
insights-explain = El alivio se mide como cuánto menos te dolía después de una sesión que antes (positivo = alivio). Los rangos «probables» son intervalos del 95 %, ensanchados porque se prueban varios remedios a la vez: un resultado necesita todo el rango a un lado. «Datos insuficientes» no es «no ayudó»: significa que Relief todavía no puede saberlo.
insights-sessions-so-far = { $n ->
        [one] { $n } sesión con valoración posterior hasta ahora
       *[other] { $n } sesiones con valoración posterior hasta ahora
    }
insights-per-session = Por sesión: { $relief }, de { $n ->
        [one] { $n } sesión
       *[other] { $n } sesiones
    }
insights-clear-drop = { $sentence }; una bajada clara (2+ puntos o 30 %) en el { $percent } %
insights-next-morning = A la mañana siguiente:
relief-no-estimate = aún sin estimación
relief-less-sore = { $amount } menos de dolor
relief-more-sore = { $amount } más de dolor
relief-with-range = { $relief } (probablemente de { $low } a { $high })
table-caption = Lo que ayudó, en cifras: alivio por sesión en puntos (positivo = menos dolor)
table-remedy = Remedio
table-sessions = Sesiones
table-relief = Alivio por sesión
table-range = Rango probable
table-verdict = Resultado
table-likely = de { $low } a { $high }
table-reference = Referencia (cambio natural)

## Experiment

experiment-title = Salir de dudas
experiment-yours = Tu experimento
experiment-now-title = Experimento: { $remedy } frente a { $comparator }
experiment-pair-of = Par { $pair } de { $pairs }
experiment-waiting = Esperando tu valoración tras la última sesión: responde a «¿Cuánto te duele ahora?».
experiment-this-session = En esta sesión: { $arm }, por sí solo; después valora cuánto te duele.
experiment-today = Hoy: { $arm }. Anota mañana por la mañana cuánto te duele.
experiment-running = En curso: { $remedy } frente a { $comparator }
experiment-progress = { $done } de { $pairs } pares completos{ $void ->
        [0] .
       *[other] , { $void } nulos (se sustituyen al final).
    }
experiment-no-peeking = El resultado aparece cuando termina: mirar antes te engañaría.
experiment-skip = Esta vez no (saltar)
experiment-why-stop = ¿Por qué lo paras?
experiment-stop = Parar el experimento
experiment-stopped = Parado: { $remedy } frente a { $comparator }
experiment-finished = Terminado: { $remedy } frente a { $comparator }
experiment-numbers = El resultado en cifras
experiment-advantage = Ventaja de { $remedy }
experiment-likely = Probablemente entre
experiment-p-value = Probabilidad de una diferencia así de grande por azar
experiment-prob-meaningful = Probabilidad de que el beneficio sea de al menos { $delta }
experiment-pairs = Pares
experiment-pairs-count = { $done } completos de { $planned } previstos, { $void } nulos
experiment-deviations = Lo que no salió según lo previsto ({ $n })
experiment-deviation = Par { $pair }, turno { $slot }: { $what }
experiment-caveat = Autoevaluado, sin enmascaramiento, una sola persona, estas semanas: una pista sólida para ti, no un diagnóstico.
experiment-start-title = Empezar un experimento
experiment-start-how = Relief decide al azar, par a par, cuál de dos cosas hacer. Sigue el plan unas semanas y te dirá si la diferencia es más que casualidad.
experiment-test = Probar
experiment-against = frente a
experiment-resting = Reposo (no hacer nada durante el mismo tiempo)
experiment-days-without = Días sin él
experiment-how = Cómo
experiment-design-session = Una sesión cada vez
experiment-design-session-help = Haz lo asignado por sí solo y después valora cuánto te duele.
experiment-design-tonight = Esta noche → mañana por la mañana
experiment-design-tonight-help = Cada noche lo asignado (o no); valora a la mañana siguiente.
experiment-design-week = Una semana cada vez
experiment-design-week-help = Para remedios lentos: una semana cada uno, sin contar los 2 primeros días.
experiment-delta = Diferencia mínima que merece la pena
experiment-delta-unit = { $n ->
        [one] punto
       *[other] puntos
    }
experiment-hint-own = Unos { $pairs } pares, unos { $days } días, para ver una diferencia de { $delta } (según cuánto varían tus propias valoraciones).
experiment-hint-typical = Unos { $pairs } pares, unos { $days } días, para ver una diferencia de { $delta } (según cuánto suelen variar las valoraciones).
experiment-start = Empezar
experiment-started = Experimento iniciado. Relief ha sorteado el plan.
experiment-skipped = Saltado: ese par se sustituirá al final.
experiment-stopped-toast = Experimento parado.

## Export and import

export-title = Exportar e importar
export-clinician = Para tu profesional sanitario
export-clinician-what = Un resumen de una página que un fisioterapeuta o un médico lee en un minuto —el dolor a lo largo del tiempo, dónde, las causas sospechadas y lo que ayudó, con su incertidumbre—, seguido del registro completo.
export-report-name = Nombre en el informe (opcional)
export-paper = Papel
export-paper-computer = Como este ordenador
export-paper-a4 = A4
export-paper-letter = Carta (EE. UU.)
export-report-lang = Idioma del informe
export-lang-app = El idioma de Relief
export-save-report = Guardar informe PDF…
export-fhir = Para un sistema clínico (FHIR)
export-fhir-what = El mismo periodo como datos estructurados que el sistema de historias clínicas de una consulta puede importar (FHIR R4): cada valoración con su hora y dónde dolía, cada sesión de un remedio con la valoración posterior, el PEG semanal y tus notas. Importarlo de nuevo no duplica nada.
export-your-name = Tu nombre (opcional)
export-save-fhir = Guardar paquete FHIR…
export-journal = Tu diario
export-journal-what = Todo lo que has registrado, para una hoja de cálculo (CSV, una fila por uso de remedio) o como copia completa y sin pérdidas (JSON) que Relief puede volver a importar.
export-csv = Exportar CSV…
export-json = Exportar JSON…
export-chart = Un gráfico
export-chart-kind = Gráfico
export-chart-trend = Dolor a lo largo del tiempo
export-chart-causes = Causas sospechadas
export-format = Formato
export-svg = SVG (escalable)
export-save-chart = Guardar gráfico…
export-saved-journal = Diario guardado en { $path }
export-saved-chart = Gráfico guardado en { $path }
export-saved-report = Informe guardado en { $path }
export-saved-fhir = Paquete FHIR guardado en { $path }. Como toda exportación, es un archivo normal, sin cifrar.
import-title = Importar
import-what = Una exportación CSV o JSON de Relief (o una hoja de cálculo con la misma forma). No se escribe nada si el archivo entero no es válido, y se omiten los registros que ya están en tu diario.
import-button = Importar…
import-done = { $added ->
        [one] { $added } registro importado
       *[other] { $added } registros importados
    }; { $skipped } ya estaban en el diario.
import-differing = { $differing ->
        [one] { $differing } de ellos difiere de tu diario y se dejó como lo tiene tu diario; cámbialo en el historial.
       *[other] { $differing } de ellos difieren de tu diario y se dejaron como los tiene tu diario; cámbialos en el historial.
    }
import-other-what = Exportaciones de Bearable y Flaredown, o cualquier CSV (Manage My Pain, Migraine Buddy, Daylio, una hoja de cálculo) con las columnas que elijas. Ves en qué se convierte cada fila antes de escribir nada; importar de nuevo el mismo archivo no añade nada.
import-other-button = Importar desde otra aplicación…
import-other-csv = Otra aplicación o una hoja de cálculo (CSV)
import-file-rows = { $encoding }, { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }
import-written-by = Creado con
import-severity = Intensidad en la escala de Relief (0–10)
import-mild = Leve
import-moderate = Moderado
import-severe = Intenso
import-extreme = Extremo
import-flaredown-columns = ¿Qué columnas son tu dolor (0–4)? Si no marcas ninguna: las que se llaman como un dolor.
import-columns = Columnas
import-date = Fecha
import-time = Hora (opcional)
import-rating = Valoración
import-scale-from = Escala de
import-scale-to = a
import-remedies = Remedios (opcional)
import-first = Los primeros { $first } de { $checkins } registros de este archivo
import-first-reading = Los primeros registros de este archivo (leyendo el resto…)
import-soreness = Dolor
import-tried = Probado
import-causes = Causas
import-note = Nota
import-unusable = { $n ->
        [one] { $n } fila no se puede usar
       *[other] { $n } filas no se pueden usar
    }
import-line = Línea { $line }: { $reason }
import-leave-out = { $n ->
        [one] Omitir la fila que no se puede usar
       *[other] Omitir las { $n } filas que no se pueden usar
    }
import-save-as = Guardar estas opciones como (opcional)
import-go = { $n ->
        [one] Importar { $n } registro
       *[other] Importar { $n } registros
    }
import-reading = Leyendo el archivo entero…

## Settings

settings-language = Idioma
settings-language-system = Como el sistema ({ $language })
settings-language-saved = Relief habla ahora este idioma.
settings-remedies = Remedios
catalogue-name-of = Nombre de { $name }
catalogue-rename = Renombrar
catalogue-renamed = Renombrado.
catalogue-archive = Archivar
catalogue-unarchive = Desarchivar
catalogue-archived = Archivado: oculto en los registros nuevos, conservado en los antiguos.
catalogue-unarchived = De nuevo en la lista.
catalogue-add-own = Añadir uno propio
catalogue-add = Añadir
catalogue-added = { $name } añadido.
settings-reminders = Recordatorios
settings-reminders-what = Una notificación de escritorio a estas horas; al pulsarla se abre el registro. Las perdidas (dormías, Relief cerrado) llegan una vez, más tarde el mismo día, nunca acumuladas.
settings-check-in = Registro
settings-stretch = Pausa para estirar
settings-time = Hora
settings-weekdays = Días de la semana
settings-remove = Quitar
settings-remove-reminder = Quitar este recordatorio
settings-no-reminders = Aún no hay recordatorios.
settings-add-check-in = Añadir un recordatorio de registro
settings-add-stretch = Añadir una pausa para estirar
settings-autostart = Iniciar Relief al entrar en la sesión, en la bandeja, para que los recordatorios lleguen sin abrirlo
settings-autostart-on = Relief se iniciará al entrar en la sesión, en la bandeja.
settings-autostart-off = Relief no se iniciará al entrar en la sesión.
settings-after-remedy = Después de un remedio
settings-ask = Preguntar «¿Cuánto te duele ahora?»
settings-never = nunca
settings-minutes-later = { $minutes } minutos después
settings-follow-up-never = Relief no preguntará cuánto te duele después de un remedio.
settings-follow-up-saved = Relief pregunta cuánto te duele { $minutes } minutos después de un remedio.
settings-timer-note = Por un remedio registrado con temporizador se pregunta cuando termina el temporizador. Tu respuesta es como Relief aprende lo que te ayuda.
settings-journal-day = Día del diario
settings-day-starts = Un día nuevo empieza a las
settings-day-start-saved = Ahora un día del diario empieza a las { $time }.
settings-day-note = Los registros anteriores a esta hora cuentan para el día anterior, así que un registro a las 00:30 cierra esa noche.
settings-theme = Tema
settings-theme-system = Como el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-journal = Diario
settings-journal-path = Tu diario:
settings-journal-note = Nunca sale de este ordenador. Relief guarda una copia diaria a su lado (los últimos 7 días y 4 semanas); Exportar → JSON hace una copia que puedes guardar en otro sitio.
settings-sample = Ver datos de ejemplo (un diario aparte)
settings-backups = Copias de seguridad
backups-none = Aún no hay copias. Relief copia tu diario una vez al día, la primera vez que lo usas, en una carpeta «backups» a su lado.
backups-size = { $kilobytes } KB
backups-restore = Restaurar…
backups-confirm = Sustituir mi diario por esta copia
backups-restored = { $name } restaurado: { $entries } registros. El diario tal como estaba se conserva como copia.

## The "How sore now?" question and timers

follow-up-title = ¿Cuánto te duele ahora?
follow-up-after = Después de { $remedy }: estabas en { $rating }/10 cuando lo anotaste a las { $time }.
follow-up-scale = Dolor ahora, de 0 a 10
follow-up-hint = Escribe una cifra · Esc para ahora no
follow-up-not-now = Ahora no
follow-up-coming = A continuación
follow-up-timer = { $remedy }: Relief pregunta cuánto te duele cuando termine.
follow-up-at = Relief pregunta cuánto te duele a las { $time } (después de { $remedy }).
follow-up-do-not-ask = No preguntar por { $remedy }
follow-up-saved = Guardado: { $rating }/10 después de { $remedy } (antes { $before }/10).

## A journal protected by a passphrase

unlock-title = Tu diario está protegido
unlock-what = Escribe su frase de contraseña para abrirlo. Antes no se muestra nada de él.
unlock-passphrase = Frase de contraseña
unlock-go = Abrir
unlock-reminders = Mientras el diario está bloqueado, Relief no da recordatorios ni pregunta «¿Cuánto te duele ahora?»: se guardan dentro de él. Vuelven en cuanto se abre.
protect-title = Frase de contraseña
protect-state-on = Tu diario y sus copias están protegidos con una frase de contraseña: sin ella nadie puede leerlos.
protect-state-off = Protege tu diario y sus copias con una frase de contraseña, para que nadie que consiga el archivo (un ordenador compartido, prestado o en reparación, un disco de copias) pueda leerlo.
protect-warning = Una frase de contraseña olvidada no se puede recuperar: ni tú ni nadie. Antes de poner una, guarda una copia en un lugar seguro: Exportar → JSON.
protect-passphrase = Nueva frase de contraseña (al menos 8 caracteres)
protect-new = Nueva frase de contraseña (al menos 8 caracteres)
protect-again = La misma otra vez
protect-differ = Las dos frases no coinciden.
protect-go = Proteger con esta frase
protect-change = Cambiar la frase de contraseña
protect-remove = Quitar la protección
protect-remove-confirm = Sí, hacer el diario legible sin frase de contraseña
protect-exports = Las exportaciones (CSV, JSON, FHIR, el informe PDF) son archivos normales que puede leer cualquiera que los tenga.
protect-remember = Recordar en este ordenador
protect-remember-note = Se guarda en el llavero de este ordenador: quien pueda iniciar sesión aquí como tú abre el diario sin la frase. Desactivado salvo que lo elijas.
protect-done = Tu diario está protegido. Relief te pedirá la frase al iniciarse.
protect-changed = Se ha cambiado la frase de contraseña.
protect-removed = Tu diario ya no está protegido.

## Señales de alarma y guías (docs/safety.md)
safety-ask-title = ¿Viene con alguna de estas?
safety-ask-why-first-start = Una vez, antes de empezar: el dolor entre los omóplatos rara vez es más que una molestia, pero puede serlo.
safety-ask-why-severe = Ha indicado un valor alto.
safety-ask-why-above-usual = Está muy por encima de lo habitual para usted.
safety-ask-why-injury = Ha indicado una lesión.
safety-none = Ninguna de estas
safety-save-answer = Guardar la respuesta
safety-not-now = Ahora no
safety-emergency-title = Llame ahora al { $number }
safety-emergency-tell = Dígales: dolor entre los omóplatos, su intensidad (0–10), cuándo empezó y qué vino con él.
safety-urgent-more = Cuente al médico qué vino con el dolor y desde cuándo. Si empeora o aparece una señal de emergencia, llame a una ambulancia.
safety-saved-with = Su registro está guardado, con lo que ha marcado.
safety-close = Cerrar
guide-title = Cómo hacerlo bien
guide-session-hold = Estiramiento { $n } de { $total }: { $seconds } s
guide-session-cue = Baje los brazos y respire
guide-sound = Sonido entre estiramientos
guide-heat-last-minute = Último minuto: retire el calor cuando acabe el temporizador.
remedy-holds-detail = { $holds } estiramientos de { $seconds } s
guide-own-title = Su guía
catalogue-how-to = Cómo hace { $name }
catalogue-how-to-save = Guardar la guía
catalogue-how-to-saved = Guía guardada.
