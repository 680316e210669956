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
dialog-replace-question = { $path } : { $reason }. Le remplacer ?
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
cli-restored-kept-protected = la copie n’était pas protégée ; elle l’est maintenant par la phrase secrète du journal, comme l’était le journal
cli-restored-protected = le journal est protégé par une phrase secrète
use-minutes = { $minutes } min
use-after = → { $rating }
use-after-minutes = → { $rating } après { $minutes } min
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
cli-import-differing = { $differing ->
        [one] { $differing } d’entre elles diffère du journal et a été laissée telle que le journal l’a
       *[other] { $differing } d’entre elles diffèrent du journal et ont été laissées telles que le journal les a
    } (une importation ne change jamais une note que le journal a déjà ; changez-la dans le journal)
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

## Errors

error-too-new = { $path } : ce journal a été écrit par un Relief plus récent (version de schéma { $found } ; ce Relief lit jusqu’à la { $supported }) ; mets Relief à jour pour l’ouvrir — le fichier n’a pas été modifié
error-not-a-journal = { $path } : ce n’est pas un journal Relief ({ $reason }) ; le fichier n’a pas été modifié — si c’était ton journal, restaure-le depuis une sauvegarde
error-damaged = { $path } : le fichier du journal est endommagé ({ $detail }) ; il n’a pas été modifié — restaure-le depuis une sauvegarde
error-locked = { $path } : ce journal est protégé par une phrase secrète ; donne-la pour l’ouvrir — le fichier n’a pas été modifié
error-wrong-passphrase = { $path } : phrase secrète incorrecte ; le journal n’a pas été ouvert — le fichier n’a pas été modifié
error-in-use = { $path } : le journal est ouvert dans un autre programme (l’app Relief ?) ; ferme-le et réessaie — rien n’a été modifié
error-replaced = { $path } : le journal a été remplacé pendant qu’il était ouvert ici (protégé, déprotégé ou restauré ailleurs) ; rien n’a été enregistré — rouvre-le
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
error-invalid = { $field } : { $rule }
error-io = { $path } : { $detail }
error-disk = { $path } : { $reason }
disk-full = le disque est plein ; rien n’a été enregistré — libère de la place et réessaie
disk-failed = la lecture ou l’écriture du journal a échoué ({ $detail }) ; rien n’a été enregistré
disk-cannot-open = le journal ne peut pas être ouvert ({ $detail })
app-no-journal = aucun journal n’est ouvert
app-no-backup = aucune sauvegarde nommée { $name }
app-no-home-folder = pas de dossier personnel où garder l’entrée de démarrage automatique
app-no-program = on ne sait pas d’où Relief est lancé : { $detail }
app-sample-not-protected = le journal d’exemple n’est pas protégé ; reviens à ton propre journal pour le protéger
app-no-keyring = le trousseau de cet ordinateur n’a pas gardé la phrase secrète ({ $detail }) ; elle n’est pas mémorisée
# Text from outside Relief (a parser's words, a field's name), quoted as it is.
plain = { $text }

## What a file is, when it is not a regular file

file-kind-folder = un dossier
file-kind-device = un périphérique
file-kind-pipe = un tube
file-kind-socket = un socket
file-kind-other = quelque chose qui n’est pas un fichier ordinaire

## Why Relief will not open or write a file (inside the errors above)

reason-no-file-name = aucun nom de fichier donné
reason-dangling-link = c’est un lien symbolique vers un fichier qui n’existe pas
reason-not-regular = c’est { $kind } ; Relief n’écrit que des fichiers ordinaires
reason-journal-or-backup = c’est le journal lui-même ou l’une de ses sauvegardes ; choisis un autre fichier
reason-backups-folder = il est dans le dossier des sauvegardes du journal, réservé aux sauvegardes de Relief
reason-journal-file = c’est le journal lui-même ou l’un de ses fichiers ; choisis un autre fichier
reason-symlink = c’est un lien symbolique vers { $target } ; le fichier vers lequel il pointe serait remplacé
reason-read-only-file = c’est un fichier en lecture seule
reason-is-kind = c’est { $kind }
reason-not-journal-or-backup = ce n’est ni un journal ni une sauvegarde de Relief
reason-other-database = c’est une base de données SQLite d’un autre programme
reason-not-sqlite = ce n’est pas une base de données SQLite
reason-disk-read-only = son disque est monté en lecture seule
reason-file-not-writable = le fichier n’autorise pas l’écriture
reason-folder-not-writable = son dossier n’autorise pas l’écriture
reason-read-only-needs-upgrade = { $reason }, et ce Relief devrait d’abord le mettre à jour
reason-write-refused = le système a refusé de l’écrire

## The rules a value must keep (after the field's name: "rating: must be …")

rule-rating = doit être un nombre entier de 0 à 10, reçu : { $got }
rule-minutes = doit être un nombre entier de minutes de 0 à 1440, reçu : { $got }
rule-day-start-hour = doit être une heure de 0 à 12, reçu : { $got }
rule-follow-up-minutes = doit être un nombre de minutes de 0 (ne jamais demander) à 240, reçu : { $got }
rule-region = zone du corps inconnue « { $got } » (connues : { $known })
rule-entry-id = « { $got } » n’est pas un identifiant de note (un UUID)
rule-entry-id-prefix = « { $got } » n’est pas un identifiant de note (un UUID, ou ses 4 premiers caractères ou plus)
rule-listed-twice = « { $got } » figure deux fois
rule-after-without-rating = a after_minutes mais pas rating_after
rule-design = le plan doit être session ou days, reçu : { $got }
rule-same-arms = le remède et ce à quoi on le compare doivent différer ; les deux sont { $got }
rule-session-vs-none = une séance se compare à un autre remède ou au repos, pas à none (none est pour le plan days)
rule-pairs = pairs doit aller de { $min } à { $max } (avec moins de { $min }, aucun effet ne peut apparaître), reçu : { $got }
rule-delta = delta doit être supérieur à 0 et d’au plus { $max } points, reçu : { $got }
rule-period = la période doit durer de 1 à { $max } jours, reçu : { $got }
rule-gap = l’écart entre les séances doit être d’au plus un jour, reçu : { $got } secondes
rule-washout = la période d’élimination doit être plus courte que la période ({ $period } jours), reçu : { $got }
rule-control-character = contient le caractère de contrôle U+{ $code }
rule-too-long = fait { $count } caractères ; la limite est { $limit }
rule-empty-or-null = est vide ; omets-le ou mets null
rule-empty = est vide
rule-invisible-character = contient un caractère invisible (U+{ $code }) ; tape le nom sans lui
rule-key = « { $got } » n’est pas une clé valide (minuscules, chiffres et _, commençant par une lettre, au plus { $max })
rule-timer = doit aller de 1 seconde à { $hours } heures, reçu : { $got } secondes
rule-reminders = au plus { $max } rappels, reçu : { $got }
rule-reminder-repeats = { $a } répète { $b } : un rappel du même type à la même heure le même jour
rule-theme = doit être system, light ou dark, reçu : « { $got } »
rule-timestamp = « { $got } » n’est pas une date et heure avec décalage UTC, p. ex. 2026-11-24T08:30:00+01:00
rule-date = « { $got } » n’est pas une date de la forme AAAA-MM-JJ
rule-reminder-kind = « { $got } » n’est pas un type de rappel : check-in ou stretch
rule-weekday = « { $got } » n’est pas un jour de la semaine comme mon ou sun
rule-clock = { $got } n’est pas une heure de la journée
rule-clock-text = « { $got } » n’est pas une heure comme 07:30
rule-reminder-no-days = le rappel de { $time } n’a aucun jour de la semaine
rule-reminder-day-twice = le rappel de { $time } nomme deux fois un jour de la semaine
rule-reminder = « { $got } » n’est pas un rappel comme stretch@10:30 ou check-in@20:00:mon,tue,wed
rule-language = { $got } n’est pas une langue que Relief parle (en, de, es, fr)
rule-language-choice = { $got } n’est pas une langue que Relief parle (system, en, de, es, fr)
rule-from-after-to = { $from } est après { $to }
rule-no-data-folder = ce système n’a pas de dossier de données ; donnes-en un avec --db CHEMIN
rule-nothing-to-change = rien à changer ; donne les champs à changer, p. ex. --rating 4
rule-chart-file = { $file } doit finir par .svg ou .png
rule-chart-size = doit aller de 200 à 4000 pixels, reçu : { $got }
rule-export-format = donne --format csv, json ou fhir
rule-fhir-only = est pour --format fhir ; csv et json contiennent tout le journal
rule-sample-not-empty = { $file } a déjà { $count } notes ; les données d’exemple vont dans un journal à part (utilise --db sample.db)
rule-last-days = doit aller de 1 à { $max } jours, reçu : { $got }
rule-sample-days = doit aller de 1 à { $max }, reçu : { $got }
rule-mapping-unknown = { $got } n’est ni une correspondance enregistrée ({ $saved }) ni un fichier TOML
rule-mapping-unknown-none-saved = { $got } n’est ni une correspondance enregistrée (aucune pour l’instant) ni un fichier TOML
rule-mapping-name = le nom d’une correspondance fait de 1 à 100 caractères
rule-future = { $at } est dans le futur ; une note consigne ce qui s’est passé
rule-backup-is-journal = { $file } est le journal lui-même ; choisis l’une de ses sauvegardes
rule-stop-reason = dis en 1 à { $max } caractères pourquoi l’expérience s’arrête
rule-slots = doit contenir { $slots } créneaux par paires d’un A et d’un B
rule-passphrase-empty = est vide ; une phrase secrète a au moins un caractère
rule-passphrase-short = est trop courte ; une nouvelle phrase secrète a au moins { $min } caractères
rule-passphrase-missing-line = l’entrée standard s’est terminée avant la phrase secrète
rule-passphrase-differ = les deux phrases secrètes tapées diffèrent ; rien n’a été modifié
rule-passphrase-no-terminal = il n’y a pas de terminal où demander la nouvelle phrase secrète ; donne-la avec --new-passphrase-file FICHIER ou --passphrase-stdin
rule-passphrase-locked = { $path } est protégé par une phrase secrète et il n’y a pas de terminal où la demander ; donne-la avec --passphrase-file FICHIER ou --passphrase-stdin
rule-passphrase-none = ce journal n’a pas de phrase secrète à changer ; protège-le avec `relief protect`

## Reading files to import: where, and what is wrong

read-at-line = ligne { $line }
read-at-line-column = ligne { $line }, colonne { $column }
read-at-line-entry = ligne { $line } (note { $id })
read-at-line-path = ligne { $line }, { $path }
read-at-column = colonne { $column }
read-at-file = fichier
read-at-mapping = correspondance
read-columns = { $count ->
    [one] colonne { $names }
   *[other] colonnes { $names }
}
read-too-big = le fichier fait { $size } Mo ; les imports sont limités à { $limit } Mo
read-not-a-file = c’est { $kind } ; l’import lit un fichier CSV ou JSON
read-not-utf8 = le fichier n’est pas en UTF-8 valide (octet { $byte }) ; choisis son encodage (latin-1, utf-16le …)
read-empty = le fichier est vide
read-no-header = le fichier n’a pas de ligne d’en-tête
read-id-twice = l’identifiant de note { $id } apparaît deux fois (d’abord à { $first })
read-json-not-object = ce n’est pas un export de journal Relief (un objet JSON avec "format" et "version" était attendu)
read-json-no-header = ce n’est pas un export de journal Relief (un objet avec "format" et "version" était attendu)
read-json-invalid = JSON non valide : { $detail }
read-json-wrong-format = ce n’est pas un export de journal Relief (format vaut { $found }, "{ $expected }" était attendu)
read-json-no-format = ce n’est pas un export de journal Relief (pas de "format": "{ $expected }")
read-json-version = la version { $found } n’est pas prise en charge (ce Relief lit la version { $reads }) ; un Relief plus récent pourra peut-être la lire
read-json-no-version = le fichier n’a pas de "version"
read-csv-no-remedy = a une valeur mais la ligne ne nomme aucun remède
read-csv-header-not-utf8 = l’en-tête n’est pas du texte UTF-8
read-csv-unknown-column = colonne inconnue « { $name } » (les colonnes sont : { $columns })
read-csv-column-twice = la colonne « { $name } » apparaît deux fois
read-csv-missing-column = il manque la colonne « { $name } »
read-csv-unreadable = illisible en CSV : { $detail }
read-csv-fields = { $expected } champs attendus, { $found } trouvés (une ligne cassée ou coupée ?)
read-csv-cell-not-utf8 = n’est pas du texte UTF-8 (enregistre le fichier en UTF-8)
read-csv-entry-differs = la note { $id } a ici une autre valeur qu’à la ligne { $first }
read-other-app = cela ressemble à un export de { $found }, pas de { $chosen } ; choisis { $found } (ou csv avec une correspondance)
read-not-app = ce n’est pas un export de { $chosen } (son en-tête est : { $header }) ; choisis csv avec une correspondance
read-no-column = pas de colonne { $name } pour { $what } (colonnes : { $columns })
read-for-date = la date
read-for-time = l’heure
read-for-rating = la note
read-for-remedies = les remèdes
read-for-causes = les causes
read-for-regions = les zones
read-for-note = la remarque
read-for-soreness = la douleur
read-need-date-and-rating = indique quelle colonne contient la date et laquelle la note (colonnes : { $columns })
read-no-date-format = aucun format de date ne lit toutes les valeurs
read-no-date-format-of = aucun format de date ne lit toutes les valeurs (formats lus : { $formats })
read-no-soreness-column = aucune colonne de douleur : choisis quelles colonnes d’affections ou de symptômes sont la douleur (colonnes : { $columns })
read-not-a-number = { $value } n’est pas un nombre
read-outside-scale = { $value } est hors de l’échelle de { $min } à { $max }
mapping-scale = le minimum de l’échelle ({ $min }) doit être inférieur à son maximum ({ $max })
mapping-severity = l’intensité { $word } vaut { $level }, plus de 10
mapping-timezone = le fuseau { $got } n’est pas un décalage comme +01:00 ni local
read-unusable = { $reason } ({ $count ->
    [one] 1 ligne est inutilisable
   *[other] { $count } lignes sont inutilisables
})
cli-import-unusable = { $reason } ({ $count ->
    [one] 1 ligne est inutilisable
   *[other] { $count } lignes sont inutilisables
} ; affiche-les avec --dry-run ou laisse-les de côté avec --skip-unusable)
cli-plain-copy = remarque : { $file } est un fichier ordinaire : contrairement au journal protégé, quiconque l’a peut le lire
cli-passphrase-prompt = Phrase secrète de { $path } :{" "}
cli-new-passphrase = Nouvelle phrase secrète :{" "}
cli-new-passphrase-again = La même encore :{" "}
cli-protected = { $path } est maintenant protégé par une phrase secrète, ainsi que { $backups ->
    [one] sa sauvegarde
   *[other] ses { $backups } sauvegardes
}. Sans la phrase secrète, personne ne peut les lire, pas même toi : garde-la bien. Les exports (CSV, JSON, FHIR, PDF) sont des fichiers non protégés.
cli-unprotected = { $path } est de nouveau un journal non protégé, ainsi que { $backups ->
    [one] sa sauvegarde
   *[other] ses { $backups } sauvegardes
}.
cli-passphrase-changed = La phrase secrète de { $path } a changé, ainsi que celle { $backups ->
    [one] de sa sauvegarde
   *[other] de ses { $backups } sauvegardes
}.

## Usage errors of the CLI (what clap found wrong)

cli-usage = relief : { $message } (voir `relief --help`)
cli-usage-invalid-value = valeur non valide « { $value } » pour « { $arg } » : { $reason }
cli-usage-possible-values = valeur non valide « { $value } » pour « { $arg } » (valeurs possibles : { $valid })
cli-usage-unknown-argument = argument inattendu « { $arg } »
cli-usage-missing = ces arguments obligatoires manquent : { $args }
cli-usage-unknown-command = commande inconnue « { $name } »

## Rows an import cannot use, and what a reader assumed

read-row-ragged = { $cells } cellules là où l’en-tête en a { $header }
read-row-not-date = { $value } n’est pas une date
read-row-not-date-like = colonne { $column } : { $value } n’est pas une date comme { $example }
read-row-not-time = colonne { $column } : { $value } n’est pas une heure comme 08:30
read-row-time-of-day = le moment de la journée { $value } n’est ni pre, am, mid, pm, all day ni HH:MM
read-row-no-such-time = cette heure n’existe pas dans le fuseau horaire
read-row-column = colonne { $column } : { $reason }
read-row-not-level = { $value } n’est pas un niveau de 0 à 4
read-row-severity = l’intensité { $value } de { $name } n’est pas dans la table d’intensité ({ $table })
read-row-no-rating = { $date } { $time } : des médicaments ou facteurs, mais aucun symptôme de douleur ou de courbature, et une note a besoin d’une intensité
read-row-no-soreness = { $date } : aucune douleur notée ce jour-là
read-row-note = { $columns } : la remarque : { $reason }
read-note-month-first = Chaque date de { $column } se lit aussi bien mois d’abord que jour d’abord : lue mois d’abord (03/04/2020 est le 4 mars 2020). Choisis « jour d’abord » dans la correspondance si c’est faux.
read-note-other-categories = { $count ->
    [one] 1 date et heure ne contenait
   *[other] { $count } dates et heures ne contenaient
} que d’autres catégories (humeur, énergie, sommeil …) et aucune douleur : rien à importer là.
read-note-soreness-from = Douleur d’après : { $columns }.

## Sync (docs/sync.md)

error-sync-deletes-most = cette synchronisation supprimerait { $deleted } des { $total } saisies du journal ; rien n’a été appliqué — si c’est ce que vous voulez, lancez `relief sync --yes`
error-sync-folder = { $path } : { $reason }
error-sync-not-set-up = ce journal n’est pas synchronisé ; configurez-le avec `relief sync setup DOSSIER`, ou rejoignez celui d’un autre ordinateur avec `relief sync join DOSSIER`
reason-sync-state = ses réglages de synchronisation sont endommagés ({ $what })
rule-sync-value = un autre ordinateur a envoyé une valeur que Relief ne peut pas lire ({ $detail })
sync-reason-missing = le dossier de synchronisation n’est pas là (un disque débranché ?) ; rien n’a été modifié — vos changements attendent dans le journal le prochain tour
sync-reason-read-only = impossible d’écrire dans le dossier de synchronisation ; rien n’est perdu — vos changements attendent dans le journal le prochain tour
sync-reason-full = le disque du dossier de synchronisation est plein ; rien n’est perdu — vos changements attendent dans le journal le prochain tour
sync-reason-io = le dossier de synchronisation a échoué ({ $detail }) ; rien n’est perdu
sync-reason-bad-header = son relief-sync.json n’a pas été écrit par Relief ; rien n’a été modifié
sync-reason-newer = il a été écrit par un Relief plus récent (format de synchronisation { $found }) ; mettez Relief à jour sur cet ordinateur — rien n’a été modifié
sync-reason-wrong-passphrase = phrase secrète de synchronisation erronée pour ce dossier ; rien n’a été modifié
sync-reason-in-use = c’est déjà un dossier de synchronisation Relief ; rejoignez-le avec `relief sync join` — rien n’a été modifié
sync-reason-not-set-up = ce n’est pas un dossier de synchronisation Relief ; configurez la synchronisation sur le premier ordinateur avec `relief sync setup` — rien n’a été modifié
sync-reason-has-entries = ce journal a déjà { $count ->
        [one] une saisie à lui
       *[other] { $count } saisies à lui
    } ; ajoutez --merge pour réunir les saisies des deux journaux — rien n’a été modifié
sync-reason-other-journal = il synchronise un autre journal (ou sa phrase secrète a changé) ; rien n’a été modifié
sync-aside-unreadable = il ne peut pas être lu ({ $detail })
sync-aside-unsealed = il ne s’ouvre pas en entier (tronqué, encore en route ou modifié) ; nouvel essai au prochain tour
sync-aside-newer = il a été écrit par un Relief plus récent ; mettez Relief à jour sur cet ordinateur
sync-aside-other-journal = il appartient à un autre journal
sync-aside-ahead = ses changements sont datés de { $hours } heures en avance sur l’horloge de cet ordinateur ; ils attendent que les horloges s’accordent
sync-experiment-stopped = commencée sur un autre ordinateur pendant qu’une expérience commencée plus tôt y était en cours ; le premier début compte
cli-sync-passphrase = Phrase secrète de synchronisation : 
cli-sync-passphrase-again = Phrase secrète de synchronisation, encore : 
cli-sync-set-up = synchronisation par { $folder } ; cet ordinateur est { $computer }. Configurez les autres ordinateurs avec `relief sync join` et la même phrase secrète.
cli-sync-joined = { $folder } rejoint : le journal ici a { $entries ->
        [one] { $entries } saisie
       *[other] { $entries } saisies
    }
cli-sync-round = synchronisation : { $sent } fichier(s) écrit(s), { $received } reçu(s), { $entries } saisie(s) modifiée(s) ici
cli-sync-aside = mis de côté : { $file } : { $reason }
cli-sync-left = cet ordinateur ne se synchronise plus ; le dossier et les autres ordinateurs continuent
cli-sync-status = synchronisation par { $folder } comme ordinateur { $computer }
cli-sync-status-unreachable = le dossier est inaccessible pour l’instant ; les changements attendent dans le journal
cli-sync-status-computer = { $name } ({ $id }) : dernier changement { $when }
cli-sync-status-waiting = en attente de sortie : { $out } ; en attente d’entrée : { $in }

## Settings → Sync (docs/sync.md)

sync-title = Synchroniser avec vos autres ordinateurs
sync-intro = Gardez ce journal identique sur chaque ordinateur que vous utilisez, par un dossier que Syncthing, Nextcloud, Dropbox ou une clé USB gardent déjà identique. Tout ce que Relief y dépose est scellé par une phrase secrète de synchronisation.
sync-how = Cet ordinateur
sync-mode-setup = est le premier : configurer la synchronisation dans un dossier
sync-mode-join = rejoint un dossier configuré par un autre ordinateur
sync-passphrase = Phrase secrète de synchronisation
sync-again = Encore
sync-merge = Ce journal a ses propres saisies : réunir les deux journaux
sync-passphrase-note = Utilisez la même phrase secrète sur chaque ordinateur. Sans elle, personne ne peut lire le dossier — pas même vous : elle ne peut pas être récupérée.
sync-setup-go = Choisir le dossier et configurer…
sync-join-go = Choisir le dossier et rejoindre…
sync-set-up = La synchronisation est configurée. Rejoignez-la depuis vos autres ordinateurs avec la même phrase secrète.
sync-joined = Rejoint : le journal est ici maintenant.
sync-state-on = Synchronisation par { $folder }.
sync-no-computers = Aucun autre ordinateur n’a encore rejoint.
sync-computer = { $name } : dernier changement { $when }
sync-waiting = En attente de sortie : { $out }. En attente d’entrée : { $in }.
sync-aside = Mis de côté : { $file } : { $reason }
sync-now = Synchroniser maintenant
sync-done = Synchronisé.
sync-apply-anyway = L’appliquer quand même
sync-leave = Arrêter la synchronisation sur cet ordinateur…
sync-leave-confirm = Arrêter ici (le dossier et les autres ordinateurs continuent)
sync-left = Cet ordinateur ne se synchronise plus.
sync-sample-refused = Le journal d’exemple ne se synchronise jamais ; revenez d’abord à votre journal.
dialog-sync-folder-title = Le dossier que votre programme de synchronisation garde identique

## Signes d'alerte et guides (docs/safety.md)
rule-red-flag = signe d'alerte inconnu « { $got } » (connus : { $known })
rule-guide = aucun guide nommé « { $got } » (guides : { $known })
safety-tier-emergency = Cela peut être une urgence. Appelez une ambulance maintenant : { $number }. N'attendez pas de voir si un remède aide.
safety-tier-urgent = Consultez un médecin aujourd'hui, ou dès que possible.
safety-page-title = Quand demander de l'aide
safety-page-intro = Une douleur entre les omoplates vient le plus souvent de la posture ou d'une tension musculaire. Rarement, c'est ainsi que se manifeste une crise cardiaque, une déchirure de l'aorte ou un caillot dans le poumon, parfois sans douleur dans la poitrine.
safety-page-emergency = Appelez une ambulance maintenant ({ $number }) si la douleur s'accompagne de :
safety-page-urgent = Consultez un médecin aujourd'hui ou bientôt si :
safety-emergency-others = Autres numéros d'urgence : { $others }.
safety-page-source = D'après les conseils du NHS sur le mal de dos, la douleur thoracique, la dissection aortique et les caillots dans le poumon.
safety-reported = Signes d'alerte signalés
red-flag-chest-pain = douleur ou pression dans la poitrine
red-flag-breathless = essoufflement, ou difficulté à respirer
red-flag-spreading = douleur qui s'étend au bras, à la mâchoire ou au cou
red-flag-sweating-sick = sueurs, nausées ou vomissements avec la douleur
red-flag-tearing = douleur soudaine et violente, comme un déchirement
red-flag-coughing-blood = toux avec du sang
red-flag-both-legs = douleur, fourmillements, faiblesse ou engourdissement dans les deux jambes
red-flag-bladder-bowel = perte du contrôle de la vessie ou des intestins, ou engourdissement autour des parties génitales ou des fesses
red-flag-serious-accident = elle a commencé après une chute ou un accident graves
red-flag-fever = de la fièvre, ou une sensation d'être malade
red-flag-weight-loss = une perte de poids sans le vouloir
red-flag-night-rest = pire la nuit, ou ne se calme pas au repos
red-flag-cancer = vous avez eu un cancer
red-flag-worsening = elle s'aggrave de semaine en semaine
red-flag-new-after-50 = une nouvelle douleur de ce genre après 50 ans
guide-list-title = Guides (relief guide NOM) :
guide-red-flags-hint = Quand c'est plus qu'une gêne : relief guide red-flags
guide-stop = Arrêtez si la douleur devient plus vive ou s'étend, ou si vous sentez un engourdissement ou un vertige.
guide-stretch-how = Allongez-vous sur le dos et levez lentement les bras au-dessus de la tête. Tenez 10 secondes, puis baissez-les. Répétez quelques fois, plusieurs fois par jour.
guide-stretch-safety = Bougez lentement : cela doit tirer un peu, jamais faire mal.
guide-foam-rolling-how = Allongez-vous avec un rouleau en mousse ou une balle de massage sous le dos et roulez lentement sur la zone douloureuse pendant quelques minutes.
guide-foam-rolling-safety = Roulez seulement sur les muscles : pas sur les os de la colonne, ni sur la nuque.
guide-massage-how = À la main, avec une balle ou par un thérapeute : appuyez sur les points douloureux quelques minutes à la fois.
guide-massage-safety = Appuyez sur les muscles, pas sur les os de la colonne.
guide-heat-how = Un coussin chauffant, une compresse chaude ou une bouillotte sur la zone douloureuse pendant 10 à 15 minutes.
guide-heat-safety = Pas sur une peau engourdie ou abîmée, ni quand vous risquez de vous endormir. Mettez la bouillotte dans une housse et ne la remplissez jamais d'eau bouillante.
guide-chiropractic-how = La fréquence des séances, c'est à votre chiropracteur de la dire.
guide-chiropractic-safety = Avec l'un des signes d'alerte, voyez d'abord un médecin.
report-red-flag-on = { $date }: { $flags }
rule-how-to-builtin = « { $got } » a le guide de Relief (relief guide { $got }) ; un guide à vous est pour les remèdes que vous avez ajoutés
rule-how-to-cause = seuls les remèdes ont un guide
guide-own-none = Pas encore de guide pour « { $name } » : relief remedy how-to { $key } "…" écrit le vôtre.
