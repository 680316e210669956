# Relief en français : les mots de la fenêtre. Les mêmes messages avec les mêmes variables que
# locales/en/ui.ftl.

## The window, navigation, sample data

app-name = Relief
nav-label = Vues
nav-log = Noter
nav-history = Historique
nav-insights = Analyse
nav-experiment = Expérience
nav-export = Exporter
nav-settings = Réglages
nav-shortcut = { $view } (Alt+{ $n })
sample-banner = Tu regardes des données d’exemple dans un journal à part ; le tien n’est pas touché.
sample-leave = Revenir à mon journal
try-sample = Essayer avec des données d’exemple
refused-title = Relief ne peut pas ouvrir ton journal
refused-help = Rien n’a été modifié. Restaure ci-dessous l’une des sauvegardes quotidiennes (le fichier endommagé est conservé aussi), ou déplace le fichier : Relief commencera alors un nouveau journal, dans lequel tu pourras importer un export JSON.
quick-title = Note rapide
dismiss = Fermer
cancel = Annuler
edit = Modifier
delete = Supprimer
undo = Annuler la suppression
key-ctrl = Ctrl
key-enter = Entrée
from = Du
to = Au

## Log

log-title = Comment vas-tu maintenant ?
log-welcome = Bienvenue dans Relief.
log-welcome-how = Note l’intensité de tes douleurs dès que tu y penses : un chiffre et Ctrl+Entrée forment une note complète. Ajoute où, pourquoi et ce que tu as essayé quand tu veux.
log-welcome-after = Après un remède, note à nouveau un peu plus tard : c’est ainsi que Relief apprend ce qui t’aide vraiment.
log-how-sore = Quelle est l’intensité de tes douleurs maintenant ?
log-scale-hint = 0 = aucune, 10 = la pire imaginable · tape un chiffre
log-scale-label = Douleur de 0 à 10
log-when = Quand
log-where = Où
where-back = Dos
where-front = Devant et membres
map-label = Carte du corps : devant et derrière
log-cause = Cause supposée
log-tried = Qu’as-tu essayé ?
peg-summary = Question de la semaine : à quel point la douleur t’a-t-elle gêné·e ? (facultatif)
peg-enjoyment = Plaisir de vivre (0–10)
peg-activity = Activité générale (0–10)
log-note = Note (facultatif)
log-save = Enregistrer la note
log-save-changes = Enregistrer les modifications
log-choose-rating = Choisis d’abord l’intensité de tes douleurs (0–10).
log-bad-time = L’heure n’est pas une date et une heure valides.
log-changes-saved = Modifications enregistrées.
log-saved = Enregistré : douleur { $rating }/10.
remedy-minutes = Minutes
remedy-how = Comment (facultatif)
remedy-how-example = p. ex. balle de massage
remedy-after = Douleur après (0–10)
remedy-after-minutes = …minutes plus tard
remedy-timer = Minuteur
remedy-holds = Maintiens de { $seconds } s ×
remedy-timer-then = { $minutes } min ; puis « Et maintenant ? »
remedy-set-minutes = Indique les minutes

## History

history-filter = Filtrer les notes
history-remedy = Remède
history-cause = Cause
history-any = Tous
history-anywhere = Partout
history-edit-title = Modifier la note du { $day }, { $time }
history-empty = Pas encore de notes ici.
history-empty-how = Ajoutes-en une dans « Noter » (Alt+1) : la note de douleur tient en une touche, le reste est facultatif. Chaque note apparaît ici, jour par jour ; tu peux la corriger ou la supprimer.
history-soreness = douleur { $rating } sur 10
history-imported = importé de { $app } ({ $file })
history-source-csv = un tableur
history-deleted = Note du { $day }, { $time } supprimée.
history-restored = Restaurée.

## Insights

range-label = Période
range-30 = 30 jours
range-90 = 90 jours
range-365 = 1 an
range-all = Tout
range-custom = Personnalisée
insights-empty = Rien à montrer pour cette période pour l’instant.
insights-empty-how = L’analyse apparaît dès que tu as quelques notes. Pour une réponse honnête à « qu’est-ce qui m’aide ? », note à nouveau ta douleur après un remède (disons 30 minutes plus tard), et de temps en temps après n’avoir rien fait du tout — une séance de repos — pour que Relief distingue un vrai soulagement des hauts et des bas qui arrivent de toute façon.
insights-summary = { $from } – { $to } : notes sur { $logged } { $days ->
        [one] jour sur { $days }
       *[other] jours sur { $days }
    }.
insights-average = Douleur moyenne { $mean }, minimum { $least }, maximum { $worst }.
insights-change = Première semaine → dernière semaine : { $change } ; { $importance }.
insights-what-helped = Ce qui a aidé
insights-explain = Le soulagement se mesure à combien ta douleur était plus faible après une séance qu’avant (positif = soulagement). Les plages « probables » sont des intervalles à 95 %, élargis parce que plusieurs remèdes sont testés à la fois : un verdict exige que toute la plage soit du même côté. « Pas assez de données » ne veut pas dire « n’a pas aidé » : Relief ne peut simplement pas encore le dire.
insights-sessions-so-far = { $n ->
        [one] { $n } séance notée après, pour l’instant
       *[other] { $n } séances notées après, pour l’instant
    }
insights-per-session = Par séance : { $relief }, sur { $n ->
        [one] { $n } séance
       *[other] { $n } séances
    }
insights-clear-drop = { $sentence } ; une nette baisse (2 points ou 30 % et plus) dans { $percent } % des cas
insights-next-morning = Le lendemain matin :
relief-no-estimate = pas encore d’estimation
relief-less-sore = { $amount } de douleur en moins
relief-more-sore = { $amount } de douleur en plus
relief-with-range = { $relief } (probablement de { $low } à { $high })
table-caption = Ce qui a aidé, en chiffres : soulagement par séance en points (positif = moins de douleur)
table-remedy = Remède
table-sessions = Séances
table-relief = Soulagement par séance
table-range = Plage probable
table-verdict = Verdict
table-likely = de { $low } à { $high }
table-reference = Référence (évolution naturelle)

## Experiment

experiment-title = En avoir le cœur net
experiment-yours = Ton expérience
experiment-now-title = Expérience : { $remedy } contre { $comparator }
experiment-pair-of = Paire { $pair } sur { $pairs }
experiment-waiting = En attente de ta note après la dernière séance : réponds à « Et maintenant ? ».
experiment-this-session = Cette séance : { $arm }, seul — puis note l’intensité de tes douleurs après.
experiment-today = Aujourd’hui : { $arm }. Note demain matin l’intensité de tes douleurs.
experiment-running = En cours : { $remedy } contre { $comparator }
experiment-progress = { $done } paires complètes sur { $pairs }{ $void ->
        [0] .
       *[other] , { $void } nulles (remplacées à la fin).
    }
experiment-no-peeking = Le résultat s’affiche à la fin — regarder avant te tromperait.
experiment-skip = Pas cette fois (passer)
experiment-why-stop = Pourquoi arrêter ?
experiment-stop = Arrêter l’expérience
experiment-stopped = Arrêtée : { $remedy } contre { $comparator }
experiment-finished = Terminée : { $remedy } contre { $comparator }
experiment-numbers = Le résultat en chiffres
experiment-advantage = Avantage de { $remedy }
experiment-likely = Probablement entre
experiment-p-value = Probabilité d’un écart aussi grand par hasard
experiment-prob-meaningful = Probabilité que le bénéfice soit d’au moins { $delta }
experiment-pairs = Paires
experiment-pairs-count = { $done } complètes sur { $planned } prévues, { $void } nulles
experiment-deviations = Ce qui ne s’est pas passé comme prévu ({ $n })
experiment-deviation = Paire { $pair }, créneau { $slot } : { $what }
experiment-caveat = Auto-évalué, sans insu, une seule personne, ces semaines-ci : un indice solide pour toi, pas un diagnostic.
experiment-start-title = Commencer une expérience
experiment-start-how = Relief tire au sort, paire par paire, laquelle de deux choses faire. Suis le programme quelques semaines et il te dira si l’écart dépasse le hasard.
experiment-test = Tester
experiment-against = contre
experiment-resting = Repos (ne rien faire pendant le même temps)
experiment-days-without = Jours sans
experiment-how = Comment
experiment-design-session = Une séance à la fois
experiment-design-session-help = Fais ce qui est tiré au sort, seul, puis note l’intensité de tes douleurs après.
experiment-design-tonight = Ce soir → demain matin
experiment-design-tonight-help = Chaque soir ce qui est tiré au sort (ou non) ; note le lendemain matin.
experiment-design-week = Une semaine à la fois
experiment-design-week-help = Pour les remèdes lents : une semaine chacun, les 2 premiers jours non comptés.
experiment-delta = Plus petit écart qui vaut la peine
experiment-delta-unit = { $n ->
        [one] point
       *[other] points
    }
experiment-hint-own = Environ { $pairs } paires, environ { $days } jours, pour voir un écart de { $delta } (d’après la variation de tes propres notes).
experiment-hint-typical = Environ { $pairs } paires, environ { $days } jours, pour voir un écart de { $delta } (d’après la variation habituelle des notes).
experiment-start = Commencer
experiment-started = Expérience commencée. Relief a tiré le programme au sort.
experiment-skipped = Passé : cette paire sera remplacée à la fin.
experiment-stopped-toast = Expérience arrêtée.

## Export and import

export-title = Exporter et importer
export-clinician = Pour ton soignant ou ta soignante
export-clinician-what = Un résumé d’une page qu’un kinésithérapeute ou un médecin lit en une minute — la douleur dans le temps, où, les causes supposées et ce qui a aidé, avec son incertitude — suivi du journal complet.
export-report-name = Nom sur le rapport (facultatif)
export-paper = Papier
export-paper-computer = Comme cet ordinateur
export-paper-a4 = A4
export-paper-letter = Lettre US
export-report-lang = Langue du rapport
export-lang-app = La langue de Relief
export-save-report = Enregistrer le rapport PDF…
export-fhir = Pour un logiciel de soins (FHIR)
export-fhir-what = La même période en données structurées qu’un logiciel de dossier patient peut importer (FHIR R4) : chaque note avec son heure et l’endroit douloureux, chaque séance de remède avec la note qui suit, le PEG hebdomadaire et tes remarques. Un nouvel import n’ajoute rien en double.
export-your-name = Ton nom (facultatif)
export-save-fhir = Enregistrer le lot FHIR…
export-journal = Ton journal
export-journal-what = Tout ce que tu as noté, pour un tableur (CSV, une ligne par utilisation d’un remède) ou en copie complète et sans perte (JSON) que Relief peut réimporter.
export-csv = Exporter en CSV…
export-json = Exporter en JSON…
export-chart = Un graphique
export-chart-kind = Graphique
export-chart-trend = La douleur dans le temps
export-chart-causes = Causes supposées
export-format = Format
export-svg = SVG (vectoriel)
export-save-chart = Enregistrer le graphique…
export-saved-journal = Journal enregistré dans { $path }
export-saved-chart = Graphique enregistré dans { $path }
export-saved-report = Rapport enregistré dans { $path }
export-saved-fhir = Lot FHIR enregistré dans { $path }. Comme tout export, c’est un fichier ordinaire, non chiffré.
import-title = Importer
import-what = Un export CSV ou JSON de Relief (ou un tableur de même forme). Rien n’est écrit si le fichier n’est pas entièrement valide, et les notes déjà présentes dans ton journal sont ignorées.
import-button = Importer…
import-done = { $added ->
        [one] { $added } note importée
       *[other] { $added } notes importées
    } ; { $skipped } étaient déjà dans le journal.
import-differing = { $differing ->
        [one] { $differing } d’entre elles diffère de votre journal et a été laissée telle que votre journal l’a ; modifiez-la dans l’historique.
       *[other] { $differing } d’entre elles diffèrent de votre journal et ont été laissées telles que votre journal les a ; modifiez-les dans l’historique.
    }
import-other-what = Exports de Bearable et Flaredown, ou tout CSV (Manage My Pain, Migraine Buddy, Daylio, un tableur) avec les colonnes de ton choix. Tu vois ce que devient chaque ligne avant que rien ne soit écrit ; réimporter le même fichier n’ajoute rien.
import-other-button = Importer depuis une autre application…
import-other-csv = Une autre application ou un tableur (CSV)
import-file-rows = { $encoding }, { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }
import-written-by = Créé avec
import-severity = Intensité sur l’échelle de Relief (0–10)
import-mild = Légère
import-moderate = Modérée
import-severe = Forte
import-extreme = Extrême
import-flaredown-columns = Quelles colonnes sont ta douleur (0–4) ? Aucune cochée : celles qui portent un nom de douleur.
import-columns = Colonnes
import-date = Date
import-time = Heure (facultatif)
import-rating = Note
import-scale-from = Échelle de
import-scale-to = à
import-remedies = Remèdes (facultatif)
import-first = Les { $first } premières des { $checkins } notes de ce fichier
import-first-reading = Les premières notes de ce fichier (lecture du reste…)
import-soreness = Douleur
import-tried = Essayé
import-causes = Causes
import-note = Remarque
import-unusable = { $n ->
        [one] { $n } ligne inutilisable
       *[other] { $n } lignes inutilisables
    }
import-line = Ligne { $line } : { $reason }
import-leave-out = { $n ->
        [one] Laisser de côté la ligne inutilisable
       *[other] Laisser de côté les { $n } lignes inutilisables
    }
import-save-as = Enregistrer ces choix sous (facultatif)
import-go = { $n ->
        [one] Importer { $n } note
       *[other] Importer { $n } notes
    }
import-reading = Lecture du fichier entier…

## Settings

settings-language = Langue
settings-language-system = Comme le système ({ $language })
settings-language-saved = Relief parle maintenant cette langue.
settings-remedies = Remèdes
catalogue-name-of = Nom de { $name }
catalogue-rename = Renommer
catalogue-renamed = Renommé.
catalogue-archive = Archiver
catalogue-unarchive = Désarchiver
catalogue-archived = Archivé : masqué pour les nouvelles notes, conservé sur les anciennes.
catalogue-unarchived = De retour dans la liste.
catalogue-add-own = Ajouter le tien
catalogue-add = Ajouter
catalogue-added = { $name } ajouté.
settings-reminders = Rappels
settings-reminders-what = Une notification de bureau à ces heures ; un clic ouvre la note. Ceux manqués (sommeil, Relief fermé) arrivent une fois, plus tard le même jour, jamais en pile.
settings-check-in = Note
settings-stretch = Pause étirements
settings-time = Heure
settings-weekdays = Jours de la semaine
settings-remove = Retirer
settings-remove-reminder = Retirer ce rappel
settings-no-reminders = Pas encore de rappels.
settings-add-check-in = Ajouter un rappel de note
settings-add-stretch = Ajouter une pause étirements
settings-autostart = Lancer Relief à l’ouverture de session, dans la zone de notification, pour recevoir les rappels sans l’ouvrir
settings-autostart-on = Relief se lancera à l’ouverture de session, dans la zone de notification.
settings-autostart-off = Relief ne se lancera pas à l’ouverture de session.
settings-after-remedy = Après un remède
settings-ask = Demander « Et maintenant ? »
settings-never = jamais
settings-minutes-later = { $minutes } minutes plus tard
settings-follow-up-never = Relief ne demandera pas l’intensité de tes douleurs après un remède.
settings-follow-up-saved = Relief demande l’intensité de tes douleurs { $minutes } minutes après un remède.
settings-timer-note = Pour un remède noté avec un minuteur, la question vient à la fin du minuteur. Ta réponse est ce qui permet à Relief d’apprendre ce qui t’aide.
settings-journal-day = Jour du journal
settings-day-starts = Un nouveau jour commence à
settings-day-start-saved = Un jour du journal commence maintenant à { $time }.
settings-day-note = Les notes avant cette heure comptent pour la veille : une note tardive à 00:30 clôt encore cette soirée.
settings-theme = Thème
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-journal = Journal
settings-journal-path = Ton journal :
settings-journal-note = Il ne quitte jamais cet ordinateur. Relief garde une sauvegarde quotidienne à côté (les 7 derniers jours et 4 semaines) ; Exporter → JSON fait une copie que tu peux garder ailleurs.
settings-sample = Voir des données d’exemple (un journal à part)
settings-backups = Sauvegardes
backups-none = Pas encore de sauvegardes. Relief copie ton journal une fois par jour, à la première utilisation de la journée, dans un dossier « backups » à côté.
backups-size = { $kilobytes } Ko
backups-restore = Restaurer…
backups-confirm = Remplacer mon journal par cette copie
backups-restored = { $name } restauré : { $entries } notes. Le journal tel qu’il était est gardé en sauvegarde.

## The "How sore now?" question and timers

follow-up-title = Et maintenant ?
follow-up-after = Après « { $remedy } » — tu étais à { $rating }/10 en le notant à { $time }.
follow-up-scale = Douleur maintenant, de 0 à 10
follow-up-hint = Tape un chiffre · Échap pour plus tard
follow-up-not-now = Pas maintenant
follow-up-coming = À venir
follow-up-timer = { $remedy } — Relief demandera l’intensité de tes douleurs à la fin.
follow-up-at = Relief demandera l’intensité de tes douleurs à { $time } (après « { $remedy } »).
follow-up-do-not-ask = Ne pas demander pour { $remedy }
follow-up-saved = Enregistré : { $rating }/10 après « { $remedy } » (avant : { $before }/10).

## A journal protected by a passphrase

unlock-title = Ton journal est protégé
unlock-what = Donne sa phrase secrète pour l’ouvrir. Rien n’en est montré avant.
unlock-passphrase = Phrase secrète
unlock-go = Ouvrir
unlock-reminders = Tant que le journal est verrouillé, Relief ne donne aucun rappel et ne demande pas « Et maintenant ? » : ils sont gardés dans le journal. Ils reviennent dès qu’il est ouvert.
protect-title = Phrase secrète
protect-state-on = Ton journal et ses sauvegardes sont protégés par une phrase secrète : sans elle, personne ne peut les lire.
protect-state-off = Protège ton journal et ses sauvegardes par une phrase secrète, pour que personne qui obtient le fichier (un ordinateur partagé, prêté ou en réparation, un disque de sauvegarde) ne puisse le lire.
protect-warning = Une phrase secrète oubliée ne peut pas être retrouvée — ni par toi, ni par personne. Avant d’en choisir une, fais une copie dans un endroit sûr : Exporter → JSON.
protect-passphrase = Nouvelle phrase secrète (au moins 8 caractères)
protect-new = Nouvelle phrase secrète (au moins 8 caractères)
protect-again = La même encore
protect-differ = Les deux phrases secrètes diffèrent.
protect-go = Protéger avec cette phrase secrète
protect-change = Changer la phrase secrète
protect-remove = Retirer la protection
protect-remove-confirm = Oui, rendre le journal lisible sans phrase secrète
protect-exports = Les exports (CSV, JSON, FHIR, le rapport PDF) sont des fichiers ordinaires, lisibles par quiconque les a.
protect-remember = Mémoriser sur cet ordinateur
protect-remember-note = Gardée dans le trousseau de cet ordinateur : qui peut ouvrir ta session ici ouvre le journal sans la phrase secrète. Désactivé sauf si tu le choisis.
protect-done = Ton journal est protégé. Relief demandera la phrase secrète au démarrage.
protect-changed = La phrase secrète a changé.
protect-removed = Ton journal n’est plus protégé.

## Signes d'alerte et guides (docs/safety.md)
safety-ask-title = Est-ce accompagné de l'un de ces signes ?
safety-ask-why-first-start = Une fois, avant de commencer : une douleur entre les omoplates est rarement plus qu'une gêne, mais elle peut l'être.
safety-ask-why-severe = Vous avez noté une valeur élevée.
safety-ask-why-above-usual = C'est nettement au-dessus de votre habitude.
safety-ask-why-injury = Vous avez noté une blessure.
safety-none = Aucun de ces signes
safety-save-answer = Enregistrer la réponse
safety-not-now = Pas maintenant
safety-emergency-title = Appelez le { $number } maintenant
safety-emergency-tell = Dites-leur : douleur entre les omoplates, son intensité (0–10), depuis quand, et ce qui l'accompagne.
safety-urgent-more = Dites au médecin ce qui accompagne la douleur et depuis quand. Si cela empire ou qu'un signe d'urgence apparaît, appelez une ambulance.
safety-saved-with = Votre note est enregistrée, avec ce que vous avez coché.
safety-close = Fermer
guide-title = Pour bien le faire
guide-session-hold = Étirement { $n } sur { $total } : { $seconds } s
guide-session-cue = Baissez les bras et respirez
guide-sound = Son entre les étirements
guide-heat-last-minute = Dernière minute : retirez la chaleur à la fin du minuteur.
remedy-holds-detail = { $holds } étirements de { $seconds } s
guide-own-title = Votre guide
catalogue-how-to = Comment vous faites { $name }
catalogue-how-to-save = Enregistrer le guide
catalogue-how-to-saved = Guide enregistré.
