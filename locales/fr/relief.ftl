# Relief en français. Les mêmes messages, avec les mêmes variables, que locales/en/relief.ftl.

## Amounts

points = { $n ->
    [one] { $shown } point
   *[other] { $shown } points
}

## Verdict sentences: session

session-not-enough = Pas encore assez de données : il manque encore { $missing ->
        [one] { $missing } séance
       *[other] { $missing } séances
    } de « { $name } » suivies d'une note. Cela ne veut pas dire que cela n'a pas aidé : Relief ne peut simplement pas encore le dire.
session-helped = Après « { $name } », tes douleurs étaient en moyenne plus faibles de { $points } (probablement entre { $low } et { $high }) : un soulagement net.
session-worse = Après « { $name } », tes douleurs étaient en moyenne plus fortes de { $points } (probablement entre { $low } et { $high } points de soulagement) : cela semble aggraver les choses.
session-small = « { $name } » semble aider un peu : environ { $points } de douleur en moins (probablement entre { $low } et { $high }), un effet réel mais inférieur au point que la plupart des gens remarquent.
session-imprecise = Encore trop incertain : le soulagement après « { $name } » peut se situer n'importe où entre { $low } et { $high } points. D'autres séances notées après le préciseront.
session-no-clear = Pas d'effet net : environ { $points } de soulagement après « { $name } » (probablement entre { $low } et { $high }), la différence est donc faible.
session-none = Relief n'a pas pu estimer d'effet pour « { $name } ».
session-raw = Cela inclut les hauts et les bas naturels ; note quelques séances de repos (ne rien faire, puis noter à nouveau) pour que Relief puisse les séparer.
rest-sentence = Le repos (ne rien faire, puis noter à nouveau) a modifié la douleur de { $points } à lui seul (probablement entre { $low } et { $high }). Ce sont les hauts et les bas naturels ; le soulagement des autres remèdes est mesuré au-delà.

## Verdict sentences: next morning

next-day-not-enough = Pas encore assez de jours pour voir un effet le lendemain matin : { $need }. Cela ne veut pas dire que cela n'a pas aidé.
next-day-counted = { $with ->
        [one] { $with } jour
       *[other] { $with } jours
    } avec ce remède et { $without } sans sont suivis d'un jour noté
next-day-confounded = { $counted }, mais ces jours-là ce remède allait trop souvent de pair avec d'autres (ou avec la tendance) pour en isoler l'effet
next-day-needed = { $counted } ; il en faut { $minWith } avec, { $minWithout } sans et { $minPairs } en tout
next-day-helped = Les jours avec « { $name } », tes douleurs au réveil le lendemain étaient plus faibles de { $points } que des jours comparables sans ce remède (probablement entre { $low } et { $high }).
next-day-worse = Les jours avec « { $name } », tes douleurs au réveil le lendemain étaient plus fortes de { $points } que des jours comparables sans ce remède (probablement entre { $low } et { $high } points de soulagement).
next-day-small = Un léger bénéfice le lendemain matin : environ { $points } de douleur en moins après les jours avec « { $name } » (probablement entre { $low } et { $high }).
next-day-imprecise = Encore trop incertain pour dire ce que « { $name } » fait pour le lendemain matin : entre { $low } et { $high } points de soulagement.
next-day-no-clear = Pas d'effet net le lendemain matin : environ { $points } (probablement entre { $low } et { $high }), par rapport aux jours sans « { $name } » qui commençaient avec autant de douleur.
next-day-none = Relief n'a pas pu estimer d'effet sur le lendemain matin pour « { $name } ».

## Verdicts in a word (tables)

verdict-not-enough-data = pas assez de données
verdict-helped = a aidé
verdict-worse = pire
verdict-small = petit effet
verdict-imprecise = trop incertain
verdict-no-clear = pas d'effet net
verdict-reference = référence

## The clinician report

report-title = Synthèse du journal de douleur
report-log-title = Synthèse du journal de douleur — entrées
report-generated = Établi le { $date }
report-range = { $from } – { $to } · notes sur { $logged } jours sur { $days }
report-nothing-title = Aucune entrée sur cette période.
report-nothing = Rien n'a été noté entre ces dates, il n'y a donc rien à résumer.
report-average = Moyenne (0–10)
report-worst = Maximum
report-least = Minimum
report-first-last = Première semaine → dernière semaine
report-change = { $first } → { $last } : { $change }{ $percent }
report-percent = { $percent } %
report-better = une amélioration cliniquement significative (≥ 2 points ou ≥ 30 %)
report-worse = une aggravation cliniquement significative (≥ 2 points ou ≥ 30 %)
report-unchanged = pas de changement cliniquement significatif (≥ 2 points ou ≥ 30 %)
report-two-weeks = nécessite au moins deux semaines dans la période
report-peg-change = PEG hebdomadaire (douleur, plaisir de vivre, activité générale ; 0–10) : { $first } la semaine du { $firstWeek } → { $last } la semaine du { $lastWeek } ({ $weeks } semaines notées)
report-peg-one = PEG hebdomadaire (douleur, plaisir de vivre, activité générale ; 0–10) : { $value } la semaine du { $week }
report-peg-none = PEG hebdomadaire (douleur, plaisir de vivre, activité générale) : non noté sur cette période
report-where = Où c'était douloureux
report-most-often = Zones les plus fréquentes
report-causes = Causes supposées
report-none-noted = aucune notée
report-what-helped = Ce qui a aidé
report-what-helped-note = soulagement en points (positif = moins de douleur), intervalles à 95 % ajustés pour la comparaison de plusieurs remèdes
report-col-remedy = Remède
report-col-uses = Util.
report-col-session = Par séance [IC 95 %]
report-col-next = Lendemain [IC 95 %]
report-col-verdict = Résultat
report-more = … et { $count } autres combinaisons (voir relief stats)
report-no-remedies = Aucun remède noté sur cette période.
report-share = { $percent } % des entrées, moyenne { $mean }
report-disclaimer = Données déclarées par la personne elle-même. Pas un diagnostic.
report-method = Le soulagement est la douleur avant moins la douleur après une séance sur l'échelle de 0 à 10 (au-delà de ce que le repos seul apporte, quand des séances de repos ont été notées) ; le soulagement du lendemain matin compare les matins après des jours avec et sans le remède qui se sont terminés avec autant de douleur.
report-page = Page { $page } sur { $total }
report-brand = Relief — journal de douleur autodéclaré
report-log-day = Jour
report-log-time = Heure
report-log-where = Où
report-log-causes = Causes
report-log-remedies = Remèdes (→ après)
report-log-note = Note
report-log-cont = suite
report-log-rating = 0–10

## Charts

chart-trend-daily = Douleur (0–10) : moyenne du jour et moyenne sur 7 jours
chart-trend-weekly = Douleur (0–10) : moyennes hebdomadaires, avec la moitié centrale des jours
chart-trend-monthly = Douleur (0–10) : moyennes mensuelles, avec la moitié centrale des jours
chart-empty-checkins = Pas encore d'entrée sur cette période.
chart-daily-average = moyenne du jour
chart-7-day-average = moyenne sur 7 jours
chart-middle-half = moitié centrale des jours
chart-weekly-mean = moyenne hebdomadaire
chart-monthly-mean = moyenne mensuelle
chart-remedy-used = remède utilisé
chart-visit = séance de kiné ou de chiropraxie
chart-remedies-title = Ce qui a aidé : soulagement par séance (points, intervalle à 95 %)
chart-remedies-empty = Pas encore de remède noté sur cette période.
chart-rest-row = Changement naturel (repos, n={ $n }) — la référence
chart-remedy-row = { $name } (n={ $n }) — { $verdict }
chart-relief-axis = ← plus de douleur   ·   moins de douleur →
chart-causes-title = Causes supposées : entrées et douleur moyenne
chart-causes-empty = Pas encore de cause notée sur cette période.
chart-checkins-axis = entrées

## relief stats

stats-empty = Pas encore d'entrée sur cette période. Ajoutes-en une avec `relief add --rating N`.
stats-range = { $from } – { $to } : notes sur { $logged } jours sur { $days }
stats-soreness = Douleur (0–10) : moyenne { $mean }, minimum { $least }, maximum { $worst }
stats-first-last = Première semaine { $first } → dernière semaine { $last } : { $change }{ $percent }
stats-peg = Dernier PEG hebdomadaire (douleur, plaisir, activité ; 0–10) : { $peg }
stats-what-helped = Ce qui a aidé (soulagement en points : positif = moins de douleur ; intervalles à 95 % ajustés pour la comparaison de plusieurs remèdes)
stats-uses = util.
stats-session = par séance
stats-next-morning = lendemain matin
stats-causes = Causes supposées
stats-where = Où
stats-entries-mean = { $count } { $entries ->
        [one] entrée
       *[other] entrées
    }, moyenne { $mean }

## Dialogs of the app: file filters, titles, buttons

dialog-filter-csv = Fichier CSV
dialog-filter-json = Fichier JSON
dialog-filter-png = Image PNG
dialog-filter-svg = Image SVG
dialog-filter-pdf = Document PDF
dialog-filter-fhir = Lot FHIR (JSON)
dialog-filter-relief = Export de Relief
dialog-filter-other = Export d’une autre application (CSV)
dialog-import-other-title = Importer depuis une autre application
dialog-replace-title = Remplacer ce fichier ?
dialog-replace-question = { $path } { $reason }. Le remplacer ?
dialog-replace = Remplacer
dialog-cancel = Annuler

## Built-in remedies and causes (until the person renames them), and body regions

catalogue-stretch = Étirements
catalogue-foam-rolling = Rouleau de massage
catalogue-massage = Massage
catalogue-heat = Chaleur
catalogue-chiropractic = Chiropraxie
catalogue-rest = Repos (rien fait)
catalogue-posture = Posture
catalogue-tension = Tension musculaire
catalogue-injury = Blessure
catalogue-other = Autre
region-between-shoulder-blades = Entre les omoplates
region-upper-back-left = Haut du dos, gauche
region-upper-back-right = Haut du dos, droite
region-neck = Nuque
region-shoulder-left = Épaule gauche
region-shoulder-right = Épaule droite
region-mid-back = Milieu du dos
region-lower-back = Bas du dos
region-hip-left = Hanche gauche
region-hip-right = Hanche droite
region-head = Tête
region-jaw = Mâchoire
region-chest = Poitrine
region-arm-left = Bras gauche
region-arm-right = Bras droit
region-hand-left = Main ou poignet gauche
region-hand-right = Main ou poignet droit
region-leg-left = Jambe gauche
region-leg-right = Jambe droite

## Charts in words (their text alternative)

chart-text-trend-title = La douleur dans le temps (0–10)
chart-text-trend = Du { $from } au { $to }, notes sur { $logged } { $days ->
        [one] jour sur { $days }
       *[other] jours sur { $days }
    } ; douleur moyenne { $mean }, minimum { $least }, maximum { $worst }.
chart-text-first-last = Première semaine { $first }, dernière semaine { $last }.
chart-text-remedy-days = Un remède a été utilisé { $remedyDays ->
        [one] { $remedyDays } jour
       *[other] { $remedyDays } jours
    } ; { $visits ->
        [one] { $visits } jour
       *[other] { $visits } jours
    } avec une séance de kinésithérapie ou de chiropraxie.
chart-text-interval = { $points } (intervalle à 95 % de { $low } à { $high })
chart-text-no-estimate = pas encore d’estimation
chart-text-reference = évolution naturelle, la référence
chart-text-remedy-row = { $name } : { $numbers } sur { $n ->
        [one] { $n } séance
       *[other] { $n } séances
    }, { $verdict }
chart-text-positive = Positif signifie moins de douleur. { $rows }.
chart-text-cause-row = { $name } : { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }, douleur moyenne { $mean }

## Notifications

alert-question-title = Et maintenant ?
alert-question = Après « { $remedy } » : tu étais à { $rating }/10. Clique pour répondre.
alert-experiment-title = Ton expérience aujourd’hui : { $arm }
alert-experiment = Demain matin, note en premier l’intensité de tes douleurs.
alert-check-in-title = C’est l’heure d’une note
alert-check-in = Quelle est l’intensité de tes douleurs en ce moment ?
alert-stretch-title = Pause étirements
alert-stretch = Quelques minutes d’étirements, puis dis à Relief comment ça s’est passé.
alert-missed = { $title } (manqué à { $time })
quick-window-title = Relief — note rapide
tray-quick = Note rapide…
tray-open = Ouvrir Relief
tray-quit = Quitter Relief

## Personal experiments: the result, its chart and its report page

exp-remedy = « { $name } »
exp-resting = repos
exp-no = sans { $remedy }
exp-days-without = jours sans { $remedy }
exp-running = En cours : { $complete } paires complètes sur { $planned }{ $void ->
        [0] {""}
       *[other] , { $void } nulles
    }. Le résultat s’affiche à la fin de l’expérience — regarder avant te tromperait.
exp-stopped-early = Arrêtée avant la fin ({ $reason }). { $sentence }
exp-void = ({ $void } nulles)
exp-no-pairs = Aucune paire complète{ $void } : rien à comparer.
exp-likely = (probablement de { $low } à { $high })
exp-chance-rare = dans environ 1 tirage sur { $n } de ton programme
exp-chance-share = dans environ { $percent } % des tirages de ton programme
exp-session-more = après { $a }, la douleur a baissé de { $points } de plus qu’après { $b }
exp-session-less = après { $a }, la douleur a baissé de { $points } de moins qu’après { $b }
exp-days-less = les matins après { $a } étaient moins douloureux de { $points } qu’après { $b }
exp-days-more = les matins après { $a } étaient plus douloureux de { $points } qu’après { $b }
exp-not-enough = Seulement { $pairs ->
        [one] { $pairs } paire complète
       *[other] { $pairs } paires complètes
    }{ $void } : pas assez pour conclure — il en faut au moins 6, avec au plus 3 sur 10 nulles.
exp-clear = Sur { $pairs } paires, { $what }{ $likely }. Un écart aussi grand apparaîtrait par hasard { $chance }.
exp-small-note = C’est moins que l’écart que tu as dit important.
exp-no-clear = Sur { $pairs } paires, { $a } et { $b } ont fait à peu près pareil : { $what }{ $likely }, moins que ce qui compterait.
exp-imprecise = Sur { $pairs } paires, { $what }{ $likely }, mais ce n’est pas encore clair : un écart aussi grand apparaîtrait par hasard { $chance }.
exp-chart-title = Expérience : { $a } contre { $b }
exp-chart-schedule = Programme : { $a } (A, plein) et { $b } (B, vide), créneau par créneau
exp-chart-slot = créneau
exp-chart-differences = Avantage dans chaque paire complète (points) et leur moyenne avec son intervalle à 95 %
exp-chart-axis = ← { $b } mieux   ·   { $a } mieux →
exp-chart-too-small = ±{ $delta } : trop petit pour compter
exp-chart-mean = moyenne { $mean } (de { $low } à { $high })
exp-chart-slots = { $shown } créneaux affichés sur { $total } : { $done } faits comme prévu, { $void } nuls.
exp-chart-running = Aucun écart n’est montré tant que l’expérience est en cours.
exp-chart-differences-list = Écarts des paires (points, positif : { $a } mieux) : { $list }. { $sentence }
exp-page-title = Expérience personnelle : { $a } contre { $b }
exp-page-stopped = arrêtée avant la fin le { $date } ({ $reason })
exp-page-complete = terminée
exp-page-line = Essai N-of-1 randomisé, l’ordre dans chaque paire à pile ou face · commencé le { $date } · { $ended }
exp-row-compared = Comparaison
exp-compared = { $a } (A) avec { $b } (B) ; plus petit écart qui vaut la peine : { $delta }
exp-row-design = Protocole
exp-design-session = Séances : celle tirée au sort seule, notée avant et après ; au moins { $hours } h entre les séances. Critère : soulagement (avant − après).
exp-design-days = Périodes de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }{ $washout ->
        [0] {""}
       *[other] , les { $washout } premiers non comptés (période d’élimination)
    } ; critère : la première note du lendemain, moyennée sur la période.
exp-row-pairs = Paires
exp-pairs = { $planned } prévues · { $complete } complètes · { $void } nulles (les paires nulles sont remplacées, jusqu’à 30 % de plus)
exp-row-estimate = Estimation
exp-estimate = avantage de { $a } { $points } (intervalle à 95 % de { $low } à { $high }) ; positif = A a fait mieux
exp-row-test = Test
exp-test-exact = p = { $p } (test de randomisation par inversion de signe, exact sur les { $patterns } combinaisons de signes ; minimum possible { $min })
exp-test-sampled = p = { $p } (test de randomisation par inversion de signe, 20 000 combinaisons de signes tirées au hasard ; minimum possible { $min })
exp-row-benefit = Bénéfice ≥ δ
exp-benefit = { $percent } % (a priori uniforme)
exp-row-verdict = Verdict
exp-deviations-title = Écarts au programme
exp-deviation = Paire { $pair }, créneau { $slot } : { $what }
exp-more = … et { $n } de plus
exp-limits = Limites : notes auto-évaluées, sans insu, une seule personne, ces semaines-ci ; un résultat pour cette personne dans ces conditions, pas un diagnostic. Rapporté selon la déclaration CENT 2015 pour les essais N-of-1.

## Experiments: what did not go as planned

dev-other-remedies = avec d’autres remèdes dans la même note : non compté
dev-too-soon = moins de { $gap } après la séance précédente de l’expérience : non compté
dev-instead = { $done } à la place de { $assigned }
dev-no-rating-after = pas de note après la séance
dev-skipped = passée
dev-wrong-days = { $other } { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } d’une période de { $period }
dev-not-followed = suivi et noté le lendemain matin { $rated } jours sur { $days }
dev-hours = { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
dev-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
dev-seconds = { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }

## The command line's own words (keys, ids and files stay as they are)

cli-no-entries = Aucune note. Ajoutes-en une avec `relief add --rating N`.
cli-peg = PEG plaisir { $enjoyment }, activité { $activity }
cli-archived = archivé
cli-archived-item = { $key } archivé
cli-unarchived-item = { $key } désarchivé
cli-restored-journal = { $journal } restauré ({ $entries ->
        [one] { $entries } note
       *[other] { $entries } notes
    }) ; l’ancien journal est gardé dans { $kept }
cli-deleted = { $id } supprimée (`relief undo` la rétablit)
cli-restored-entry = { $id } rétablie
cli-wrote = { $file } écrit ({ $kilobytes } Ko)
cli-new-items = nouveau dans tes listes : { $remedies ->
        [one] { $remedies } remède
       *[other] { $remedies } remèdes
    }, { $causes ->
        [one] { $causes } cause
       *[other] { $causes } causes
    }
cli-imported = { $added ->
        [one] { $added } note importée
       *[other] { $added } notes importées
    } ; { $skipped } étaient déjà dans le journal
cli-sample-added = { $added } notes d’exemple ajoutées sur { $days } jours
cli-backed-up = sauvegardé dans { $file }
cli-no-backups = Pas encore de sauvegardes. Relief en fait une par jour à côté du journal.
cli-exp-skipped = créneau { $slot } passé ; sa paire est nulle et sera remplacée à la fin
cli-exp-stopped = { $id } arrêtée ; `relief experiment result` montre ce qu’elle a trouvé
cli-exp-hint-own = environ { $pairs } paires, environ { $days } jours, pour voir un écart de { $delta } (ta propre dispersion de { $sd })
cli-exp-hint-typical = environ { $pairs } paires, environ { $days } jours, pour voir un écart de { $delta } (une dispersion habituelle de { $sd })
cli-exp-complete = l’expérience est terminée : `relief experiment result`
cli-exp-was-stopped = l’expérience a été arrêtée : `relief experiment result`
cli-exp-waiting = en attente de la note après la dernière séance (réponds à « Et maintenant ? »)
cli-exp-now = maintenant : { $arm }, seul, puis note l’intensité de tes douleurs (créneau { $slot }, paire { $pair })
cli-exp-today-without = aujourd’hui : sans { $remedy } ; note demain matin l’intensité de tes douleurs
cli-exp-today = aujourd’hui : { $arm } ; note demain matin l’intensité de tes douleurs
cli-exp-status = { $remedy } contre { $comparator } ({ $design }) : { $state } — { $complete } paires complètes sur { $planned }, { $void } nulles
cli-exp-state-running = en cours
cli-exp-state-complete = terminée
cli-exp-state-stopped = arrêtée
cli-exp-verdict = verdict : { $verdict } — { $complete } paires complètes sur { $planned }, { $void } nulles ; p = { $p }
cli-exp-none = pas encore d’expérience : `relief experiment start --help`
cli-dry-run = essai à blanc : rien n’a été écrit
cli-imported-from = { $added ->
        [one] { $added } note importée
       *[other] { $added } notes importées
    } de { $app } ; { $skipped } étaient déjà dans le journal{ $unusable ->
        [0] {""}
        [one] ; { $unusable } ligne inutilisable laissée de côté
       *[other] ; { $unusable } lignes inutilisables laissées de côté
    }

## The body map (the report and the window)

map-front = Devant
map-back = Derrière

## The command line's preview of an import (--dry-run)

cli-preview = export de { $app }, { $encoding }, séparé par { $separator } : { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } → { $checkins ->
        [one] { $checkins } note
       *[other] { $checkins } notes
    }, { $unusable } inutilisables
cli-preview-note = remarque : { $note }
cli-preview-tried = essayé : { $list }
cli-preview-causes = causes : { $list }
cli-preview-note-of = note : { $note }
cli-preview-unusable = inutilisable : ligne { $line } : { $reason }

## Errors (said in full; the details they quote are still English)

error-too-new = { $path } : ce journal a été écrit par un Relief plus récent (version de schéma { $found } ; ce Relief lit jusqu’à la { $supported }) ; mets Relief à jour pour l’ouvrir — le fichier n’a pas été modifié
error-not-a-journal = { $path } : ce n’est pas un journal Relief ({ $reason }) ; le fichier n’a pas été modifié — si c’était ton journal, restaure-le depuis une sauvegarde
error-damaged = { $path } : le fichier du journal est endommagé ({ $detail }) ; il n’a pas été modifié — restaure-le depuis une sauvegarde
error-entry-not-found = aucune note avec l’identifiant { $id }
error-no-follow-up = aucun « Et maintenant ? » n’attend pour { $remedy } dans la note { $entry }
error-ambiguous-id = l’identifiant « { $prefix } » est ambigu : { $count } identifiants commencent ainsi ; donne plus de caractères
error-unknown-item = { $kind ->
        [remedy] remède inconnu
       *[other] cause inconnue
    } « { $key } » (connus : { $known }) ; ajoute les tiens avec `relief { $kind } add NAME`
error-archived-item = « { $key } » ({ $kind ->
        [remedy] remède
       *[other] cause
    }) est dans les archives ; `relief { $kind } unarchive { $key }` le rend de nouveau utilisable
error-duplicate-item = le nom « { $label } » est déjà pris ({ $kind ->
        [remedy] remède
       *[other] cause
    }, clé { $key })
error-nothing-to-undo = rien à annuler : aucune note n’a été supprimée
error-experiment-running = une expérience est déjà en cours ({ $remedy } contre { $comparator }) ; une seule à la fois — arrête-la d’abord avec `relief experiment stop --reason TEXT`
error-no-experiment = aucune expérience en cours ; commence-en une avec `relief experiment start --remedy KEY --vs KEY --design session|days`
error-nothing-to-skip = rien à passer : l’expérience attend une note après, pas une séance
error-import = { $location } : { $message } ; rien n’a été importé
error-output = { $path } : Relief n’écrira pas ce fichier : { $reason }
error-needs-confirmation = { $path } : { $reason } ; il n’a pas été remplacé — donne --force pour le remplacer
error-read-only = { $path } : le journal est en lecture seule ({ $reason }) ; il peut être lu mais pas modifié — rien n’a été enregistré
error-internal = { $what } a échoué dans Relief : { $detail }
error-database = erreur de la base du journal : { $detail }
error-upgrade = la mise à jour du journal a échoué : { $detail }
