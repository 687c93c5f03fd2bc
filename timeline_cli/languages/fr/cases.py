"""French cases: expressions in sentences of our own, with what they resolve to on 2015-09-15 (a
Tuesday), and a negative table of things that look like dates and are not.

A new case is one line in CASES (or NEGATIVE); tests/test_cases.py runs them all.
"""

from __future__ import annotations

from ...schema import Case, CaseTable

C = Case
CASES = [
    # absolute dates, in words and in numbers
    C("Le musée a rouvert le 4 juin 2013 après travaux.", "4 juin 2013", "DATE", "2013-06-04"),
    C("La loi du 9 décembre 1905 sépare les Églises et l'État.", "9 décembre 1905", value="1905-12-09"),
    C("L'accord a été paraphé le 1er avril 2010.", "1er avril 2010", value="2010-04-01"),
    C("La séance du jeudi 3 septembre 2015 a été levée tôt.", "jeudi 3 septembre 2015", value="2015-09-03"),
    C("Le courrier daté du 07/02/2011 est resté sans réponse.", "07/02/2011", value="2011-02-07"),
    C("Le rapport publié le 2013-11-20 a fait grand bruit.", "2013-11-20", value="2013-11-20"),
    C("Le gouvernement est tombé en février 1934.", "février 1934", value="1934-02", start="1934-02-01", end="1934-02-28"),
    C("La ville a été fondée en 1604.", "1604", value="1604", start="1604-01-01", end="1604-12-31"),
    C("La crise de 1929 a touché toute l'Europe.", "1929", value="1929"),
    C("Les années 1960 ont vu naître la télévision en couleur.", "années 1960", value="196", start="1960-01-01", end="1969-12-31"),
    C("Dans les années 70, la ville a doublé.", "années 70", value="197"),
    C("Au XIXe siècle, le canal a été creusé.", "XIXe siècle", value="18", start="1800-01-01", end="1899-12-31"),
    C("César a franchi le Rubicon en 49 av. J.-C.", "49 av. J.-C.", value="BC0049"),
    C("La tour a été construite en janv. 1889.", "janv. 1889", value="1889-01"),
    # seasons, quarters, semesters, parts of the day
    C("À l'automne 2012, les pluies ont été fortes.", "automne 2012", value="2012-FA", start="2012-09-01", end="2012-11-30"),
    C("Pendant l'hiver 2010, la neige a bloqué les routes.", "hiver 2010", value="2010-WI", start="2010-12-01", end="2011-02-28"),
    C("Au troisième trimestre 2014, le chômage a reculé.", "troisième trimestre 2014", value="2014-Q3", start="2014-07-01", end="2014-09-30"),
    C("Au premier semestre 2013, les ventes ont chuté.", "premier semestre 2013", value="2013-H1", start="2013-01-01", end="2013-06-30"),
    C("Ce matin, la circulation était dense.", "Ce matin", "TIME", "2015-09-15TMO"),
    C("Hier soir, le maire a pris la parole.", "Hier soir", "TIME", "2015-09-14TEV"),
    C("Demain après-midi, le conseil se réunira.", "Demain après-midi", "TIME", "2015-09-16TAF"),
    # part of a period
    C("Fin 2012, la dette a dépassé les prévisions.", "Fin 2012", value="2012", start="2012-09-01", end="2012-12-31"),
    C("Début mars 2015, la grève a commencé.", "Début mars 2015", value="2015-03", start="2015-03-01", end="2015-03-10"),
    C("Mi-juin 2014, les prix ont flambé.", "Mi-juin 2014", value="2014-06", start="2014-06-11", end="2014-06-20"),
    C("À la fin des années 1990, internet s'est répandu.", "fin des années 1990", value="199", start="1997-01-01", end="1999-12-31"),
    C("Au début du XXe siècle, la ville comptait peu d'habitants.", "début du XXe siècle", value="19", start="1900-01-01", end="1939-12-31"),
    C("Courant 2013, l'usine a fermé.", "Courant 2013", value="2013", start="2013-01-01", end="2013-12-31"),
    # relative to the reference date
    C("Après-demain, les résultats seront connus.", "Après-demain", value="2015-09-17"),
    # a programme: the times under a dated heading are on its day; a clock time ends at its
    # last digit or its "h" ("10h :", not "10h ")
    C("Programme du samedi 3 mars 2012\n9h30 : accueil des participants", "9h30", "TIME", "2012-03-03T09:30"),
    C("Le programme de demain :\n9h30 : accueil des délégations", "9h30", "TIME", "2015-09-16T09:30"),
    # a live report: a post's time is not on the day the previous post's prose spoke of
    C("Grève : les transports perturbés.\n\n17h21 : la RATP annonce un trafic très perturbé "
      "demain.\n\n16h43 : les bouchons s'allongent en Ile-de-France.", "16h43", "TIME",
      "2015-09-15T16:43"),
    C("Samedi 3 mars 2012, 10h : ouverture des portes.", "10h", "TIME", "2012-03-03T10:00"),
    # a day word says which way itself, in a past sentence too (not a one-day span)
    C("La RATP a publié ses prévisions pour demain.", "demain", value="2015-09-16"),
    C("Il a annoncé qu'il partirait après-demain.", "après-demain", value="2015-09-17"),
    C("Neuf lignes fermées demain, avait prévenu la direction.", "demain", value="2015-09-16"),
    C("Il avait guéri en deux jours, racontait sa mère.", "deux jours", "DURATION", "P2D"),
    C("L'an passé, la récolte a été bonne.", "L'an passé", value="2014"),
    C("Le mois prochain, le tarif augmentera.", "Le mois prochain", value="2015-10", start="2015-10-01", end="2015-10-31"),
    C("La semaine prochaine, le pont sera fermé.", "La semaine prochaine", value="2015-W39", start="2015-09-21", end="2015-09-27"),
    C("Ce mois-ci, il n'a pas plu.", "Ce mois", value="2015-09"),
    C("Jeudi dernier, la police est intervenue.", "Jeudi dernier", value="2015-09-10"),
    C("Samedi prochain, la fête aura lieu.", "Samedi prochain", value="2015-09-19"),
    C("Il a été élu il y a quatre-vingt-dix-neuf ans.", "il y a quatre-vingt-dix-neuf ans", value="1916"),
    C("La centrale a fermé il y a vingt et un ans.", "il y a vingt et un ans", value="1994"),
    C("Le club a été créé il y a une quinzaine d'années.", "il y a une quinzaine d'années", value="2000", start="2000-01-01"),
    C("Il y a trois semaines, le barrage a cédé.", "Il y a trois semaines", value="2015-08-25"),
    C("Dans dix jours, la route sera rouverte.", "Dans dix jours", value="2015-09-25"),
    C("Le stade sera prêt dans six mois.", "dans six mois", value="2016-03"),
    C("Ces derniers mois, les prix ont baissé.", "Ces derniers mois", "DURATION", "PXM", start="-", end="-"),
    C("Pour le moment, rien n'est décidé.", "Pour le moment", value="PRESENT_REF", start="-", end="-"),
    # dates without a year, by the tense of the sentence
    C("Le 2 août, l'incendie a ravagé la forêt.", "2 août", value="2015-08-02"),
    C("Le 2 octobre, le ministre inaugurera le pont.", "2 octobre", value="2015-10-02"),
    C("En novembre, la commission rendra son avis.", "novembre", value="2015-11"),
    C("En février, les ventes ont reculé.", "février", value="2015-02"),
    C("Lundi, le président recevra les syndicats.", "Lundi", value="2015-09-21"),
    C("Dimanche, les électeurs ont voté.", "Dimanche", value="2015-09-13"),
    C("Fin octobre, les travaux seront terminés.", "Fin octobre", value="2015-10", start="2015-10-21", end="2015-10-31"),
    # un jour de la semaine et son quantième en intertitre d'un programme (le mois est celui du
    # programme), et les heures qui le suivent ; le week-end prochain est le prochain à venir
    C("Programme de la fête\n\nVendredi 18 septembre :\n\nÀ 21 heures, bal.\n\nSamedi 19 :\n\nÀ 14 heures, concours de boules.", "Samedi 19", value="2015-09-19"),
    C("Programme\n\nSamedi 19 :\n\nÀ 14 heures, concours de boules.", "14 heures", "TIME", "2015-09-19T14:00"),
    C("Le week-end dernier, la foire a attiré du monde.", "week-end dernier", value="2015-W37-WE", start="2015-09-12", end="2015-09-13"),
    C("Le prochain week-end, le club recevra Nantes.", "prochain week-end", value="2015-W38-WE"),
    # deux jours et leur jour de la semaine, non consécutifs, joints par "et" : deux dates
    C("La bibliothèque ferme mardi 22 et vendredi 25 septembre.", "mardi 22", value="2015-09-22", start="2015-09-22", end="2015-09-22"),
    C("La bibliothèque ferme mardi 22 et vendredi 25 septembre.", "vendredi 25 septembre", value="2015-09-25"),
    # le plus-que-parfait est l'arrière-plan : sa date ne déplace pas celle du récit
    C("Le 3 mars 2012, il est arrivé. La nuit précédente, il avait plu. Le matin suivant, il est reparti.", "Le matin suivant", "TIME", "2012-03-04TMO"),
    # une saison sportive : trouvée, passée, en cours ou à venir, sans dates
    C("La saison dernière, le club a fini troisième.", "La saison dernière", value="PAST_REF", start="-", end="-"),
    C("La saison prochaine, il jouera à Lyon.", "La saison prochaine", value="FUTURE_REF"),
    # les mois sans accent ("aout" de l'orthographe de 1990, "fevrier" tapé sans accent)
    C("Du 21 aout au 15 septembre, la rue sera fermée à la circulation.", "21 aout au 15 septembre", start="2015-08-21", end="2015-09-15"),
    C("Le 3 fevrier 2014, il a neigé sur Lyon.", "3 fevrier 2014", value="2014-02-03"),
    # des heures juste avant un jour de la semaine sont de ce jour
    C("Le magasin sera ouvert de 9 heures à 17 heures vendredi.", "9 heures à 17 heures", "TIME", "2015-09-18T09:00/2015-09-18T17:00"),
    # un jour de la semaine et son quantième sans le mois : dans le mois du récit
    C("Le mardi 16 septembre 1930, six élèves arrivent au séminaire ; le samedi 20, huit autres les rejoignent.", "samedi 20", value="1930-09-20"),
    # une plage de jours de la semaine va de l'avant, dans la semaine que donne le temps
    C("Du lundi au vendredi, le président sera en Chine.", "lundi au vendredi", start="2015-09-21", end="2015-09-25"),
    C("De mardi à jeudi, il a plu sans arrêt.", "mardi à jeudi", start="2015-09-08", end="2015-09-10"),
    # un moment du jour du récit, ou de la veille
    C("Le 3 mars 2012, il est arrivé. Ce soir-là, il a dîné en ville.", "Ce soir-là", "TIME", "2012-03-03TEV"),
    C("Le 3 mars 2012, il est arrivé. La nuit précédente, la neige était tombée.", "La nuit précédente", "TIME", "2012-03-02TNI"),
    # le trimestre d'avant celui dont parle le texte ; deux trimestres de suite nommés une fois
    C("Le PIB a crû de 0,1 % au troisième trimestre 2023, contre 0,6 % au trimestre précédent.", "trimestre précédent", value="2023-Q2", ref="2023-12-14"),
    C("Au trimestre dernier, le PIB a reculé.", "trimestre dernier", value="2015-Q2", start="2015-04-01", end="2015-06-30"),
    C("Le chômage a reculé aux deuxième et troisième trimestres.", "deuxième et troisième trimestres", value="2015-Q2/2015-Q3", start="2015-04-01", end="2015-09-30"),
    # "un jour" en tête de proposition : un jour non daté du récit, pas une durée
    C("Un jour, le maire a trouvé la lettre sur son bureau.", "Un jour", "DATE", "XXXX-XX-XX", "-", "-"),
    C("Un jour de grève a suffi à bloquer le port.", "Un jour", "DURATION", "P1D"),
    # le lendemain d'un événement nommé n'est pas le lendemain de la dernière date du récit
    C("Le 12 mai 2022, il a voté. Au lendemain de l'élection, le président a nommé un gouvernement.", "lendemain", value="XXXX-XX-XX", start="-", end="-"),
    # une négation avant "avant" : la date au plus tôt, pas une borne de fin
    C("Le pont ne rouvrira pas avant 2020.", "2020", start="2020-01-01", end="-"),
    C("Les résultats ne seront jamais publiés avant mars 2016.", "mars 2016", start="2016-03-01", end="-"),
    # le conditionnel regarde devant (un futur dans le passé) ; l'imparfait, derrière
    C("Le préfet a dit qu'il viendrait en mai.", "mai", value="2016-05"),
    C("Elle a promis qu'elle finirait les travaux en mars.", "mars", value="2016-03"),
    C("Le groupe a annoncé qu'il produirait la série en juin.", "juin", value="2016-06"),
    C("À l'époque, le pêcheur retirait ses filets en mai.", "mai", value="2015-05"),
    # relative to the story
    C("Il est arrivé en 2004. Deux ans plus tard, il est reparti.", "Deux ans plus tard", value="2006"),
    C("Le 14 juin 2011, le pont a cédé. Trois jours plus tard, il a été fermé.", "Trois jours plus tard", value="2011-06-17"),
    # une heure dite au passé après quelques jours du récit (un week-end, une semaine) : l'un de
    # ces jours, pas celui du lecteur ; au futur, le jour de référence
    C("Le week-end dernier, la fête a mal tourné. Il est parti vers 2 heures du matin.",
      "vers 2 heures du matin", "TIME", "XXXX-XX-XXT02:00", "-", "-"),
    C("Le week-end dernier, il a plu. Le concert commencera à 21 heures.", "21 heures", "TIME",
      "2015-09-15T21:00"),
    # "à l'horizon 2020" : une échéance, comme "d'ici 2020"
    C("Le plan vise la neutralité carbone à l'horizon 2050.", "2050", "DATE", "2050", "-",
      "2050-12-31"),
    # le week-end d'un jour : celui qui le contient, ou le long week-end qu'un lundi finit
    C("Le week-end du 14 juillet 2014, les routes étaient saturées.", "week-end du 14 juillet 2014",
      "DATE", "2014-W28-WE", "2014-07-12", "2014-07-13"),
    C("Le week-end du 1er mai 2015, il a plu.", "week-end du 1er mai 2015", "DATE", "2015-W18-WE",
      "2015-05-02", "2015-05-03"),
    # dans un récit, un jour et un mois déjà dits avec leur année sont cette date-là ; dans
    # l'actualité, un anniversaire est de l'année du lecteur
    C("Né le 12 mars 1821 à Rouen, il entre au lycée en 1832, part à Paris en 1840 et publie un "
      "livre en 1857. Il meurt en 1880. Ses amis fêtaient le 12 mars, jour de sa naissance.",
      "le 12 mars,", "DATE", "1821-03-12"),
    C("Le 13 novembre 2015, les attentats ont frappé Paris. Ce 13 novembre, les victimes ont "
      "été honorées.", "Ce 13 novembre", "DATE", "2016-11-13", ref="2016-11-14"),
    # les minutes après midi ou minuit : "minuit trente" est 0 h 30, "midi et demi" 12 h 30
    C("Le dernier bus part à minuit vingt.", "minuit vingt", "TIME", "2015-09-15T00:20"),
    C("La mairie rouvre à midi et demi.", "midi et demi", "TIME", "2015-09-15T12:30"),
    C("Le bar ferme à minuit, trente clients restent.", "minuit", "TIME", "2015-09-15T24:00"),
    # un infinitif de but : le verbe principal au passé ne le situe pas, la date la plus proche
    C("Le préfet a inspecté la digue, avant de quitter ses fonctions le 2 octobre.",
      "le 2 octobre", "DATE", "2015-10-02"),
    C("La délégation est arrivée hier afin de signer le contrat le 20 novembre.",
      "le 20 novembre", "DATE", "2015-11-20"),
    C("Il a été condamné pour avoir volé une voiture le 3 septembre.", "le 3 septembre", "DATE",
      "2015-09-03"),
    # un participe passé suivi d'une virgule puis du jour : le jour passé, même si le verbe
    # principal est au futur (réf. mardi 15 septembre 2015)
    C("Douze supporters interpellés, dimanche à Lille, seront jugés jeudi.", "dimanche", "DATE",
      "2015-09-13"),
    C("Douze supporters interpellés, dimanche à Lille, seront jugés jeudi.", "jeudi", "DATE",
      "2015-09-17"),
    # "au commencement de" comme "au début de" ; "jusqu'à nos jours" comme "de nos jours"
    C("Au commencement de l'année 2016, la ligne sera ouverte.", "commencement de l'année 2016",
      "DATE", "2016", "2016-01-01", "2016-04-30"),
    C("Cette coutume s'est maintenue jusqu'à nos jours.", "jusqu'à nos jours", "TIME", "PRESENT_REF"),
    # la période dont parle le texte, un an avant ou dans une autre année
    C("Au deuxième trimestre 2013, les ventes montent de 4 %, contre 2 % sur la même période de l'an dernier.",
      "la même période de l'an dernier", "DATE", "2012-Q2", "2012-04-01", "2012-06-30"),
    C("En juillet 2014, le trafic a baissé par rapport au même mois de 2012.", "même mois de 2012",
      "DATE", "2012-07", "2012-07-01", "2012-07-31"),
    C("Au premier semestre 2011, la perte est plus forte que sur la même période en 2010.",
      "la même période en 2010", "DATE", "2010-H1", "2010-01-01", "2010-06-30"),
    # "à partir d'", "à compter d'" : l'élision ouvre la date comme "à partir de"
    C("À partir d'aujourd'hui, la piscine est fermée.", "aujourd'hui", "DATE", "2015-09-15",
      "2015-09-15", "-"),
    C("À compter d'octobre 2016, le ticket coûtera deux euros.", "octobre 2016", "DATE", "2016-10",
      "2016-10-01", "-"),
    # un trimestre de l'année passée, le trimestre écoulé, les n mois écoulés / à venir
    C("Les commandes reculent par rapport au premier trimestre de l'année passée.",
      "premier trimestre de l'année passée", "DATE", "2014-Q1", "2014-01-01", "2014-03-31"),
    C("Au second semestre de l'an prochain, la ligne sera prolongée.",
      "second semestre de l'an prochain", "DATE", "2016-H2", "2016-07-01", "2016-12-31"),
    C("Au trimestre écoulé, la banque a perdu de l'argent.", "trimestre écoulé", "DATE", "2015-Q2"),
    C("Sur les douze mois écoulés, les loyers ont grimpé.", "les douze mois écoulés", "DURATION",
      "P12M", "2014-09-15", "2015-09-15"),
    C("La décision tombera dans les mois qui viennent.", "les mois qui viennent", "DURATION", "PXM"),
    C("L'année à venir sera décisive pour le club.", "L'année à venir", "DATE", "2016"),
    # "le jour même", "la même année", "cette semaine-là" : le jour, l'année, la semaine du récit
    C("Interpellé le 21 août 2018, le suspect a été relâché le jour même.", "le jour même", value="2018-08-21"),
    C("Le club est promu en mai 1996 et relégué la même année.", "la même année", value="1996"),
    C("La digue cède le 8 février 1953 ; la même semaine, trois villages sont évacués.", "la même semaine",
      "DATE", "1953-W06", "1953-02-02", "1953-02-08"),
    C("La grève commence le 14 avril 2010 et, cette semaine-là, aucun train ne roule.", "cette semaine-là",
      "DATE", "2010-W15", "2010-04-12", "2010-04-18"),
    C("Le 5 mai 2014, l'usine a fermé. La veille, les ouvriers avaient manifesté.", "La veille", value="2014-05-04"),
    C("Le 5 mai 2014, l'usine a fermé. Le surlendemain, elle a été vendue.", "Le surlendemain", value="2014-05-07"),
    # ranges and bounds
    C("De 1995 à 2002, il a présidé le club.", "1995 à 2002", start="1995-01-01", end="2002-12-31"),
    C("Entre avril et juin 2014, les ventes ont doublé.", "avril et juin 2014", start="2014-04-01", end="2014-06-30"),
    # une plage va de l'avant : une première borne plus tardive dans l'année est l'année d'avant
    C("Les départs s'étaleront d'octobre à mars 2016.", "octobre à mars 2016", value="2015-10/2016-03", start="2015-10-01", end="2016-03-31"),
    C("La grève a duré du 28 décembre au 3 janvier 2014.", "28 décembre au 3 janvier 2014", value="2013-12-28/2014-01-03", start="2013-12-28", end="2014-01-03"),
    C("De l'automne au printemps 2012, le chantier a été arrêté.", "l'automne au printemps 2012", value="2011-FA/2012-SP", start="2011-09-01", end="2012-05-31"),
    C("Entre novembre et février 2011, l'usine a tourné au ralenti.", "novembre et février 2011", value="2010-11/2011-02", start="2010-11-01", end="2011-02-28"),
    C("De février à novembre 2013, les travaux ont avancé.", "février à novembre 2013", value="2013-02/2013-11", start="2013-02-01", end="2013-11-30"),
    C("L'exposition se tient du 12 au 18 octobre 2015.", "12 au 18 octobre 2015", start="2015-10-12", end="2015-10-18"),
    # a weekday before each end of a range of days, and a range whose ends both leave out the
    # year: one year for both (the second's, or the year before for a first end later in it)
    C("Le musée sera fermé du lundi 21 au mercredi 23 septembre.", "lundi 21 au mercredi 23 septembre", value="2015-09-21/2015-09-23", start="2015-09-21", end="2015-09-23"),
    C("Les lundi 5 et mardi 6 octobre, la mairie sera fermée.", "lundi 5 et mardi 6 octobre", start="2015-10-05", end="2015-10-06"),
    C("Le festival s'est tenu du vendredi 10 au dimanche 12 juillet.", "vendredi 10 au dimanche 12 juillet", start="2015-07-10", end="2015-07-12"),
    C("De janvier à mars, les ventes ont chuté.", "janvier à mars", value="2014-01/2014-03", start="2014-01-01", end="2014-03-31", ref="2015-02-10"),
    C("Du 20 décembre au 4 janvier, la patinoire a attiré les foules.", "20 décembre au 4 janvier", start="2014-12-20", end="2015-01-04", ref="2015-02-10"),
    C("La guerre de 1870-1871 a changé la frontière.", "1870-1871", start="1870-01-01", end="1871-12-31"),
    C("Il dirige l'entreprise depuis mars 2009.", "mars 2009", value="2009-03", start="2009-03-01", end="2015-09-15"),
    C("Le site restera ouvert jusqu'en 2018.", "2018", start="-", end="2018-12-31"),
    C("Après 2020, le charbon sera interdit.", "2020", start="2021-01-01", end="-"),
    C("Avant 1990, la frontière était fermée.", "1990", start="-", end="1989-12-31"),
    C("À compter de 2017, la taxe sera supprimée.", "2017", start="2017-01-01", end="-"),
    C("La ligne sera prolongée d'ici 2025.", "2025", start="-", end="2025-12-31"),
    C("De 2014 à 2011, dit-il, sans rire.", "2014 à 2011", value="2014/2011", start="-", end="-"),
    # durations and sets
    C("Il a travaillé pendant vingt-cinq ans à l'usine.", "vingt-cinq ans", "DURATION", "P25Y", "-", "-"),
    C("La grève a duré trois semaines.", "trois semaines", "DURATION", "P3W"),
    C("Elle vit ici depuis deux ans.", "deux ans", "DURATION", "P2Y", "2013-09-15", "2015-09-15"),
    C("Le vol a duré plus de douze heures.", "plus de douze heures", "DURATION", "PT12H"),
    C("Le conseil se réunit tous les lundis.", "tous les lundis", "SET", "XXXX-WXX-1", "-", "-"),
    C("Le festival a lieu chaque année.", "chaque année", "SET", "P1Y"),
    C("Les élections ont lieu tous les cinq ans.", "tous les cinq ans", "SET", "P5Y"),
    # times
    C("Le 12 mai 2015 à 9h30, le train a déraillé.", "9h30", "TIME", "2015-05-12T09:30"),
    C("Le 12 mai 2015 au matin, le train a déraillé.", "12 mai 2015 au matin", "TIME", "2015-05-12TMO"),
    # apostrophes, both kinds
    C("L’an dernier, la récolte a été mauvaise.", "L’an dernier", value="2014"),
    C("Il y a une dizaine d’années, la ville a changé.", "Il y a une dizaine d’années", value="2005"),

    # ================ issue 8: story time, genre, weekday + day, direction (discourse)
    # story time: a yearless date or a "suivant/précédent" word takes the story's focus
    C("Le théâtre a été inauguré le 8 février 1921. Le 30 octobre, un incendie a détruit la scène.",
      "30 octobre", "DATE", "1921-10-30", "1921-10-30", "1921-10-30"),
    C("Le théâtre a été inauguré le 8 février 1921. Le 30 octobre, un incendie a détruit la scène.",
      "8 février 1921", "DATE", "1921-02-08"),
    C("En 1974, la mine ferme ses puits en juin ; les derniers mineurs partent en décembre.",
      "juin", "DATE", "1974-06", "1974-06-01", "1974-06-30"),
    C("En 1974, la mine ferme ses puits en juin ; les derniers mineurs partent en décembre.",
      "décembre", "DATE", "1974-12", "1974-12-01", "1974-12-31"),
    C("Le traité est signé le 12 avril 1951 et ratifié le 2 juillet suivant.",
      "2 juillet suivant", "DATE", "1951-07-02"),
    C("Le traité est signé le 12 avril 1951 et ratifié le 2 juillet suivant.",
      "12 avril 1951", "DATE", "1951-04-12"),
    C("Élu maire en 1983, il démissionne l'année suivante pour raisons de santé.",
      "l'année suivante", "DATE", "1984", "1984-01-01", "1984-12-31"),
    C("En mars 2003, la commission rend son rapport. Le mois suivant, le ministre le rejette.",
      "Le mois suivant", "DATE", "2003-04", "2003-04-01", "2003-04-30"),
    C("En octobre 2008, la banque a fait faillite ; le mois précédent, ses dirigeants avaient vendu leurs actions.",
      "le mois précédent", "DATE", "2008-09"),
    C("Au printemps 1968, la grève s'étend à tout le pays. Le 30 mai, le président dissout l'Assemblée.",
      "30 mai", "DATE", "1968-05-30"),
    C("Le navire quitte Brest le 4 janvier 1907. Trois semaines plus tard, il atteint Dakar.",
      "Trois semaines plus tard", "DATE", "1907-01-25"),
    C("Le navire quitte Brest le 4 janvier 1907. Trois semaines plus tard, il atteint Dakar.",
      "4 janvier 1907", "DATE", "1907-01-04"),
    C("Le 2 mars 1932, la société dépose son brevet. Cette année-là, elle embauche deux cents ouvriers.",
      "Cette année-là", "DATE", "1932"),

    # genre: a biography / history text places yearless dates in the story; news near the ref
    # (narrative: a biography published on 2015-09-15)
    C("Jeanne Morel (1890-1964) est une syndicaliste française. En 1919, elle organise la grève des couturières. Au printemps, les patrons cèdent.",
      "Au printemps", "DATE", "1919-SP", "1919-03-01", "1919-05-31"),
    C("Jeanne Morel (1890-1964) est une syndicaliste française. En 1919, elle organise la grève des couturières. Au printemps, les patrons cèdent.",
      "1890-1964", "DATE", "1890/1964", "1890-01-01", "1964-12-31"),
    C("Élisabeth Duval, née le 2 avril 1921 à Lille, est une résistante française. Arrêtée le 17 février 1944, elle est déportée le 6 juin. Elle est libérée le 29 avril 1945.",
      "6 juin", "DATE", "1944-06-06"),
    C("Élisabeth Duval, née le 2 avril 1921 à Lille, est une résistante française. Arrêtée le 17 février 1944, elle est déportée le 6 juin. Elle est libérée le 29 avril 1945.",
      "29 avril 1945", "DATE", "1945-04-29"),
    C("Jeanne Morel (1890-1964) est une syndicaliste française. En 1919, elle organise la grève des couturières. Au printemps, les patrons cèdent.",
      "1919", "DATE", "1919"),
    C("En 1936, le Front populaire arrive au pouvoir. Le 7 juin, les accords de Matignon sont signés. En août, les premiers congés payés commencent.",
      "Le 7 juin", "DATE", "1936-06-07"),
    C("En 1936, le Front populaire arrive au pouvoir. Le 7 juin, les accords de Matignon sont signés. En août, les premiers congés payés commencent.",
      "août", "DATE", "1936-08"),
    C("Henri Vasseur est un architecte belge. Il dessine la gare de Liège en 1904.\n\nL'année suivante, il ouvre une agence à Bruxelles.",
      "L'année suivante", "DATE", "1905"),
    C("Henri Vasseur est un architecte belge. Il dessine la gare de Liège en 1904.\n\nL'année suivante, il ouvre une agence à Bruxelles.",
      "1904", "DATE", "1904"),
    # (news: an earlier year in the text must not capture the weekday or "le mois prochain")
    C("Publié le 15/09/2015\nLe maire avait présenté en 2012 un plan de rénovation. Jeudi, le conseil municipal l'a enfin adopté.",
      "Jeudi", "DATE", "2015-09-10"),
    C("Le club, fondé en 1998, a remporté dimanche la Coupe régionale. Le mois prochain, il affrontera Nantes.",
      "dimanche", "DATE", "2015-09-13"),
    C("Le club, fondé en 1998, a remporté dimanche la Coupe régionale. Le mois prochain, il affrontera Nantes.",
      "Le mois prochain", "DATE", "2015-10"),
    # la date d'une incise prend le temps de l'incise, pas celui du verbe principal qui la suit
    C("Les actionnaires, réunis en mars, recevront un dividende.", "mars", "DATE", "2015-03"),
    C("L'usine, ouverte en mars, fermera en juin.", "mars", "DATE", "2015-03"),
    C("L'usine, ouverte en mars, fermera en juin.", "juin", "DATE", "2016-06"),
    C("La salle, qui rouvrira en mars, a été bâtie en 1904.", "mars", "DATE", "2016-03"),
    # un présent juste avant la date annonce un programme (réf. mardi 15 septembre)
    C("Le vote est lundi à 17h30.", "lundi", "DATE", "2015-09-21"),
    C("La réunion a lieu jeudi en mairie.", "jeudi", "DATE", "2015-09-17"),
    C("La réunion a eu lieu jeudi en mairie.", "jeudi", "DATE", "2015-09-10"),
    C("C'est lundi que le vote a eu lieu.", "lundi", "DATE", "2015-09-14"),
    # un adverbe entre "depuis" et la durée : elle compte toujours jusqu'à la date de référence
    C("Depuis maintenant trois ans, il vit à Lyon.", "trois ans", "DURATION", "P3Y",
      "2012-09-15", "2015-09-15"),
    C("Depuis déjà deux mois, la grève dure.", "deux mois", "DURATION", "P2M", "2015-07-15",
      "2015-09-15"),
    # un trimestre, un semestre ou une durée qui finit à une date finit là (exercice décalé)
    C("Au premier trimestre clos le 30 septembre, le groupe a perdu 3 millions.",
      "premier trimestre", "DATE", "2015-Q1", "2015-07-01", "2015-09-30", ref="2015-11-10"),
    C("Le chiffre d'affaires des neuf mois clos le 30 juin progresse.", "neuf mois", "DURATION",
      "P9M", "2014-10-01", "2015-06-30"),
    # un verbe de programme au présent regarde devant ; au passé composé, derrière
    C("Le procès s'ouvre lundi à Paris.", "lundi", "DATE", "2015-09-21"),
    C("Le club affronte Nantes samedi.", "samedi", "DATE", "2015-09-19"),
    C("La saison reprend en mars.", "mars", "DATE", "2016-03"),
    C("Le procès s'est ouvert lundi à Paris.", "lundi", "DATE", "2015-09-14"),
    # ... mais le présent d'une biographie reste dans l'année de son récit
    C("Henri Vasseur naît en 1870. En 1904, il ouvre une agence. Il reçoit le 3 mars la visite du roi.",
      "le 3 mars", "DATE", "1904-03-03"),
    # une plage d'heures qui passe minuit finit le lendemain
    C("Il faut une attestation pour sortir entre 21h et 6h.", "21h et 6h", "TIME",
      "2015-09-15T21:00/2015-09-16T06:00", "2015-09-15", "2015-09-16"),
    C("Le magasin ouvre de 9h à 18h.", "9h à 18h", "TIME",
      "2015-09-15T09:00/2015-09-15T18:00", "2015-09-15", "2015-09-15"),

    # weekday + day of month pins the year (nearest year, in the tense's direction)
    # ref 2016-06-01: 13 November is a Friday in 2015
    C("Le vendredi 13 novembre, les attentats ont frappé Paris.", "vendredi 13 novembre",
      "DATE", "2015-11-13", ref="2016-06-01"),
    # ref 2019-01-10: 5 March was a Sunday in 2017 (not 2018)
    C("Le dimanche 5 mars, le parti a tenu son congrès à Lyon.", "dimanche 5 mars",
      "DATE", "2017-03-05", ref="2019-01-10"),
    # ref 2023-03-01: 1 August was a Saturday in 2020
    C("Samedi 1er août, la plage a été évacuée en fin de journée.", "Samedi 1er août",
      "DATE", "2020-08-01", ref="2023-03-01"),
    # ref 2024-01-20, future tense: 25 December is a Thursday in 2025
    C("Le jeudi 25 décembre, les magasins resteront fermés.", "jeudi 25 décembre",
      "DATE", "2025-12-25", ref="2024-01-20"),
    # ref 2020-05-04: Saturday 29 February, a leap day, 2020
    C("Le samedi 29 février, la manifestation a rassemblé 3 000 personnes.", "samedi 29 février",
      "DATE", "2020-02-29", ref="2020-05-04"),
    # convention: a weekday that would move the date more than two years is a slip (11 June
    # 2016 is a Saturday, a Friday in 2021): the date stays in the year the tense gives
    C("Du lundi 6 au vendredi 11 juin, le festival occupera le parc.",
      "lundi 6 au vendredi 11 juin", "DATE", "2016-06-06/2016-06-11", ref="2016-05-20"),
    # the weekday agrees with the reference year: no change
    C("Le lundi 7 septembre, le chantier a repris.", "lundi 7 septembre", "DATE", "2015-09-07"),
    # convention: a weekday that contradicts its explicit date is a warning; the date wins
    C("Le lundi 16 septembre 2015, la séance a été levée.", "lundi 16 septembre 2015",
      "DATE", "2015-09-16"),

    # direction from the verb, not the sentence; signal words first (ref Tuesday 2015-09-15)
    C("La ministre est partie vendredi pour Bruxelles.", "vendredi", "DATE", "2015-09-11"),
    C("Le président s'est entretenu jeudi avec son homologue allemand.", "jeudi", "DATE", "2015-09-10"),
    C("Le décret publié mercredi au Journal officiel entrera en vigueur l'an prochain.",
      "mercredi", "DATE", "2015-09-09"),
    C("Le décret publié mercredi au Journal officiel entrera en vigueur l'an prochain.",
      "l'an prochain", "DATE", "2016"),
    C("Il faut que le budget soit adopté samedi, a prévenu le rapporteur.", "samedi", "DATE", "2015-09-19"),
    C("Le préfet va signer l'arrêté lundi.", "lundi", "DATE", "2015-09-21"),
    C("La réunion pourrait avoir lieu lundi, selon un proche du dossier.", "lundi", "DATE", "2015-09-21"),
    C("Selon la presse, le ministre aurait démissionné dimanche.", "dimanche", "DATE", "2015-09-13"),
    C("Dimanche, les électeurs se rendront aux urnes.", "Dimanche", "DATE", "2015-09-20"),
    C("Samedi, la foule était dense sur les quais.", "Samedi", "DATE", "2015-09-12"),
    # convention (issue 8): "dès" + weekday is that one day, not an open range
    C("Les inscriptions seront ouvertes dès jeudi.", "jeudi", "DATE", "2015-09-17", "2015-09-17", "2015-09-17"),
    C("Le vote, prévu ce jeudi, a été reporté sine die.", "ce jeudi", "DATE", "2015-09-17"),
    # convention: "mardi dernier" said on a Tuesday is a week ago; "mardi prochain" a week ahead
    C("Les supporters ont fêté la victoire de mardi dernier.", "mardi dernier", "DATE", "2015-09-08"),
    C("Le mardi prochain, la commission rendra son avis.", "mardi prochain", "DATE", "2015-09-22"),
    C("Le dossier doit être bouclé d'ici vendredi.", "vendredi", "DATE", "2015-09-18", "-", "2015-09-18"),
    # ---- phrases (issue 8 §2, issue 13): times of day, date + time, durations, ranges,
    # rolling windows, vague references, sets, traps; cases adopted from the scratch tables
    # times of day as nouns; a clock time takes the day word after it; one night
    C("Le 4 mars 2014, vers midi, la foule s'est dispersée.", 'midi', type='TIME', value='2014-03-04T12:00'),
    C('La cérémonie débutera demain à midi.', 'midi', type='TIME', value='2015-09-16T12:00'),
    C('Les bureaux de vote fermeront à minuit.', 'minuit', type='TIME', value='2015-09-15T24:00'),
    C('Le train a déraillé à 6 h 45, lundi, près de Tours.', '6 h 45', type='TIME', value='2015-09-14T06:45'),
    C('Le train a déraillé à 6 h 45, lundi, près de Tours.', 'lundi', type='DATE', value='2015-09-14'),
    C('La séance reprendra à 14 h 30 jeudi.', '14 h 30', type='TIME', value='2015-09-17T14:30'),
    C('Dans la nuit de vendredi à samedi, un orage a arraché des toitures.', 'la nuit de vendredi à samedi', type='TIME', value='2015-09-11TNI'),
    C('Un cambriolage nocturne a visé la pharmacie.', 'nocturne', type='TIME', value='TNI'),
    C('Plusieurs tirs ont retenti en pleine nuit, samedi, à Marseille.', 'samedi', type='DATE', value='2015-09-12'),
    # fractional durations
    C('Il a régné sur le club pendant un demi-siècle.', 'un demi-siècle', type='DURATION', value='P50Y'),
    C('Le trajet prend une demi-heure en bus.', 'une demi-heure', type='DURATION', value='PT30M'),
    C('Le débat a duré une heure et demie.', 'une heure et demie', type='DURATION', value='PT1H30M'),
    C("Les secours sont arrivés au bout d'un quart d'heure.", "un quart d'heure", type='DURATION', value='PT15M'),
    C('Depuis un siècle et demi, la famille exploite le vignoble.', 'un siècle et demi', type='DURATION', value='P150Y'),
    C('Elle a purgé deux ans et demi de prison.', 'deux ans et demi', type='DURATION', value='P2Y6M'),
    C('Le chantier aura duré trois quarts de siècle.', 'trois quarts de siècle', type='DURATION', value='P75Y'),
    # "en" + duration is a span, not a future date
    C('Le pont a été construit en dix-huit mois.', 'dix-huit mois', type='DURATION', value='P18M', start='-', end='-'),
    C('Le chômage a atteint son plus haut niveau en vingt ans.', 'vingt ans', type='DURATION', value='P20Y'),
    C('Elle a bouclé le parcours en moins de trois heures.', 'moins de trois heures', type='DURATION', value='PT3H'),
    C("Les prix ont doublé en l'espace de cinq ans.", 'cinq ans', type='DURATION', value='P5Y'),
    C('En 48 heures, la police a interpellé dix suspects.', '48 heures', type='DURATION', value='PT48H', start='-', end='-'),
    C('Au cours de la prochaine décennie, la population doublera.', 'la prochaine décennie', type='DURATION', value='P10Y'),
    # bare plural units
    C('Il a attendu des heures devant la préfecture.', 'des heures', type='DURATION', value='PTXH', start='-', end='-'),
    C('Les négociations pourraient prendre des semaines.', 'des semaines', type='DURATION', value='PXW'),
    C('Pendant des mois, les riverains ont protesté.', 'des mois', type='DURATION', value='PXM'),
    C('Cela fait des années que le dossier traîne.', 'des années', type='DURATION', value='PXY'),
    C('Des décennies de conflit ont ruiné la région.', 'Des décennies', type='DURATION', value='PXDE'),
    C("Le suspect a filé quelques minutes avant l'arrivée des gendarmes.", 'quelques minutes', type='DURATION', value='PTXM'),
    # h:mm:ss race times are durations
    C('Elle a remporté le marathon en 2:21:36.', '2:21:36', type='DURATION', value='PT2H21M36S'),
    C('Le vainqueur a bouclé les 42 km en 2 h 05 min 11 s.', '2 h 05 min 11 s', type='DURATION', value='PT2H5M11S'),
    C('Il a couru en 1:02:47, son record personnel.', '1:02:47', type='DURATION', value='PT1H2M47S'),
    C("Temps du vainqueur : 3h12'45''.", "3h12'45''", type='DURATION', value='PT3H12M45S'),
    C('Le Belge termine à 4 min 12 s du vainqueur.', '4 min 12 s', type='DURATION', value='PT4M12S'),
    # "ces derniers jours" and kin: vague durations
    C('Ces derniers jours, les pluies ont gonflé la rivière.', 'Ces derniers jours', type='DURATION', value='PXD'),
    C('Au cours des derniers mois, les loyers ont grimpé.', 'des derniers mois', type='DURATION', value='PXM'),
    C("Le climat s'est réchauffé ces dernières décennies.", 'ces dernières décennies', type='DURATION', value='PXDE'),
    C('Depuis quelques semaines, le ton monte entre les deux pays.', 'quelques semaines', type='DURATION', value='PXW'),
    C('Le décret sera publié dans les prochaines semaines.', 'les prochaines semaines', type='DURATION', value='PXW'),
    # a duration after "de" is not an age
    C('Il a été condamné à une peine de trois ans de prison.', 'trois ans', type='DURATION', value='P3Y'),
    C('Elle a signé un contrat de dix-huit mois.', 'dix-huit mois', type='DURATION', value='P18M'),
    C('Le vol a subi un retard de 40 minutes.', '40 minutes', type='DURATION', value='PT40M'),
    C('Le conseil a voté un moratoire de six mois sur les forages.', 'six mois', type='DURATION', value='P6M'),
    C('Le président est élu pour un mandat de 5 ans.', '5 ans', type='DURATION', value='P5Y'),
    C("Elle bénéficie d'un congé de 16 semaines.", '16 semaines', type='DURATION', value='P16W'),
    # ages are not durations (the positives: a real duration or date next to an age)
    C('Il est marié depuis trente ans.', 'trente ans', type='DURATION', value='P30Y', start='1985-09-15', end='2015-09-15'),
    C('Elle a vécu 40 ans à Lyon avant de rentrer au Maroc.', '40 ans', type='DURATION', value='P40Y'),
    # a capital typed without its accent at the start of a word ("A partir de", "Eté"), a habit
    # of French news sites; a lowercase "a" stays the verb
    C("A partir de 2016, la taxe augmentera.", "2016", value="2016", start="2016-01-01", end="-"),
    C("A la fin de 2014, la centrale a fermé.", "A la fin de 2014", value="2014", start="2014-09-01", end="2014-12-31"),
    C("Eté 2014 : la centrale a fermé.", "Eté 2014", value="2014-SU", start="2014-06-01"),
    C("Elue en 2001, la maire a démissionné Eté 2014.", "Eté 2014", value="2014-SU"),
    C("Le pilote a 15 heures de vol.", "15 heures", type="DURATION", value="PT15H"),
    C("Il a partir de 2016 une taxe.", "2016", value="2016", start="2016-01-01", end="2016-12-31"),
    # a relative year or month that opens a sentence frames it, as a year does; a date placed
    # by the frame passes it on to the rest of the sentence (news: that sentence only)
    C("L'an dernier, le 10 mars, la centrale a fermé.", "le 10 mars", value="2014-03-10"),
    C("Le mois dernier, le 10, la centrale a fermé.", "le 10", value="2015-08-10"),
    C("En 2013, la centrale a fermé le 10 mars puis a rouvert le 2 juin.", "le 2 juin", value="2013-06-02"),
    C("En 2013, la centrale a fermé. Le 3 mai, elle a explosé.", "Le 3 mai", value="2015-05-03"),
    # a length at the start or the end of the date that follows it is placed there
    C("Les exportations ont reculé sur les neuf premiers mois de 2014.", "les neuf premiers mois", "DURATION", "P9M", "2014-01-01", "2014-09-30"),
    C("Les prix ont monté au cours des trois derniers mois de 2013.", "des trois derniers mois", "DURATION", "P3M", "2013-10-01", "2013-12-31"),
    C("Il a plu pendant les deux premières semaines d'avril 2015.", "les deux premières semaines", "DURATION", "P2W", "2015-04-01", "2015-04-14"),
    C("Les six premiers mois ont été difficiles.", "Les six premiers mois", "DURATION", "P6M", "-", "-"),
    # "avoir" + a length that is no age: a delay, an experience, "il y a"
    C('Le chantier a 10 ans de retard.', '10 ans', type='DURATION', value='P10Y'),
    C("L'entreprise a 20 ans d'expérience dans le secteur.", '20 ans', type='DURATION', value='P20Y'),
    C('Elle est arrivée il y a 60 ans.', 'il y a 60 ans', value='1955'),
    C('Un homme de 34 ans a été interpellé le 3 septembre.', '3 septembre', type='DATE', value='2015-09-03'),
    C('Âgée de 19 ans, elle a travaillé six mois à Berlin.', 'six mois', type='DURATION', value='P6M'),
    # elliptical first end of a range (the first part is matched in the entry's parts)
    C('La rénovation prendra de 8 à 12 mois.', '8 à 12 mois', type='DURATION', value='P8M/P12M'),  # parts: [8] P8M, [12 mois] P12M
    C('Il encourt entre 3 et 5 ans de prison.', '3 et 5 ans', type='DURATION', value='P3Y/P5Y'),
    C('La fréquentation de mars-avril a nettement baissé.', 'mars-avril', type='DATE', value='2015-03/2015-04'),
    C('La fréquentation de mars-avril a nettement baissé.', 'mars-avril', start='2015-03-01', end='2015-04-30'),
    C('Il a été le meilleur buteur de la saison 2005-06.', '2005-06', type='DATE', value='2005/2006', start='2005-01-01', end='2006-12-31'),
    C('Les comptes des exercices 1998-99 ont été publiés.', '1998-99', type='DATE', value='1998/1999', start='1998-01-01', end='1999-12-31'),
    C('Le guichet est ouvert de 9 à 17 heures.', '9 à 17 heures', type='TIME', value='2015-09-15T09:00/2015-09-15T17:00'),
    C('La mode des années 1950-60 revient.', 'années 1950-60', type='DATE', value='195/196', start='1950-01-01', end='1969-12-31'),
    # vague references (types as in the shared spec)
    C('Les prochaines réunions se tiendront à Metz.', 'prochaines', type='TIME', value='FUTURE_REF'),
    C("Le précédent gouvernement avait promis une baisse d'impôts.", 'précédent', type='TIME', value='PAST_REF'),
    C('Il faut protéger la planète pour les générations futures.', 'futures', type='TIME', value='FUTURE_REF'),
    C("À l'époque, il était encore maire du village.", "À l'époque", type='TIME', value='PAST_REF'),
    C('Actuellement, 40 familles vivent dans le camp.', 'Actuellement', type='TIME', value='PRESENT_REF'),
    C('Autrefois, le village vivait de la pêche.', 'Autrefois', type='TIME', value='PAST_REF'),
    C('Les résultats seront communiqués ultérieurement.', 'ultérieurement', type='TIME', value='FUTURE_REF'),
    # sets
    C('Les jeudis, la bibliothèque ferme à 18 h.', 'Les jeudis', type='SET', value='XXXX-WXX-4', start='-', end='-'),
    C('Le marché a lieu tous les mardis et vendredis.', 'tous les mardis', type='SET', value='XXXX-WXX-2'),
    C('Il court chaque matin le long du canal.', 'chaque matin', type='SET', value='XXXX-XX-XXTMO'),
    C('Le loyer est prélevé tous les mois.', 'tous les mois', type='SET', value='P1M'),
    C('Le comité se réunit le premier lundi de chaque mois.', 'le premier lundi de chaque mois', type='SET', value='XXXX-WXX-1'),
    C('Le bulletin paraît deux fois par an.', 'deux fois par an', type='SET', value='P1Y'),
    C('La ligne est desservie toutes les deux semaines.', 'toutes les deux semaines', type='SET', value='P2W'),
    C('Chaque 14 juillet, le maire dépose une gerbe.', 'Chaque 14 juillet', type='SET', value='XXXX-07-14'),
    # traps (positives next to the trap words: the real date must still be found)
    C('Avec 1800 autres grévistes, il a défilé le 10 septembre.', '10 septembre', type='DATE', value='2015-09-10'),
    C('La veille du scrutin, le 5 avril 2014, les bureaux ont été installés.', '5 avril 2014', type='DATE', value='2014-04-05'),
    C('Il a été condamné une seconde fois en 2011.', '2011', type='DATE', value='2011'),
    C('Le maréchal Juin est mort le 27 janvier 1967.', '27 janvier 1967', type='DATE', value='1967-01-27'),
    # date + time kept together; clock times are times, never a duration
    C('Rendez-vous jeudi 17 à 9 heures devant la mairie.', '9 heures', type='TIME', value='2015-09-17T09:00'),  # convention: the date and its clock time are two expressions, as French TimeBank tags them
    C("Vendredi à 15 heures, le préfet s'exprimera.", '15 heures', type='TIME', value='2015-09-18T15:00'),
    C('Le train partira à quinze heures trente.', 'quinze heures trente', type='TIME', value='2015-09-15T15:30'),
    C('Il a été réveillé à 3 heures du matin par les sirènes.', '3 heures du matin', type='TIME', value='2015-09-15T03:00'),
    C("Le 2 octobre 2014 à 18h05, l'alerte a été donnée.", '18h05', type='TIME', value='2014-10-02T18:05'),
    C('La liaison est rétablie depuis 10:30.', '10:30', type='TIME', value='2015-09-15T10:30'),
    C('Le 8 avril 2013, à 23 h 59, le serveur est tombé.', '23 h 59', type='TIME', value='2013-04-08T23:59'),
    # ranges between days
    C('Le salon se tiendra du 13 au 18 octobre.', '13 au 18 octobre', type='DATE', value='2015-10-13/2015-10-18', start='2015-10-13', end='2015-10-18'),
    C('Les fouilles reprendront entre le 2 et le 6 novembre.', '2 et le 6 novembre', start='2015-11-02', end='2015-11-06'),
    C('Les 4 et 5 juillet, la ville a accueilli le Tour.', '4 et 5 juillet', start='2015-07-04', end='2015-07-05'),
    C('Du 28 février au 3 mars 2016, le salon sera ouvert.', '28 février au 3 mars 2016', start='2016-02-28', end='2016-03-03'),
    C('La fermeture court du 30 décembre 2014 au 2 janvier 2015.', '30 décembre 2014 au 2 janvier 2015', start='2014-12-30', end='2015-01-02'),
    C('Le stage (1er-8 septembre) a affiché complet.', '1er-8 septembre', start='2015-09-01', end='2015-09-08'),
    C('Session parlementaire : 21 au 25 septembre.', '21 au 25 septembre', start='2015-09-21', end='2015-09-25'),
    C('Le festival a eu lieu du 3 au 9 août.', '3 au 9 août', type='DATE', value='2015-08-03/2015-08-09'),
    # lists of days sharing a month: one entry per day ("16", "17", "18 décembre"), each with
    # the month and the year of the last day (its year from the story or the reference when the
    # text gives none); two days in a row stay one span of two days (above: "Les 4 et 5 juillet")
    C("Les concerts auront lieu les 16, 17 et 18 décembre.", "16", "DATE", "2015-12-16", "2015-12-16", "2015-12-16"),
    C("Les concerts auront lieu les 16, 17 et 18 décembre.", "17", "DATE", "2015-12-17", "2015-12-17", "2015-12-17"),
    C("Les concerts auront lieu les 16, 17 et 18 décembre.", "18 décembre", "DATE", "2015-12-18", "2015-12-18", "2015-12-18"),
    C("Les municipales se sont tenues les 3 et 10 mars 2014.", "3", "DATE", "2014-03-03", "2014-03-03", "2014-03-03"),
    C("Les municipales se sont tenues les 3 et 10 mars 2014.", "10 mars 2014", "DATE", "2014-03-10", "2014-03-10", "2014-03-10"),
    C("Le marché bio se tiendra les 2, 9 et 16 juin.", "2", "DATE", "2016-06-02", "2016-06-02", "2016-06-02"),
    C("Le marché bio se tiendra les 2, 9 et 16 juin.", "9", "DATE", "2016-06-09"),
    C("Le marché bio se tiendra les 2, 9 et 16 juin.", "16 juin", "DATE", "2016-06-16"),
    C("Les grèves du 5, 12 et 19 mai ont paralysé les transports.", "5", "DATE", "2015-05-05", "2015-05-05", "2015-05-05"),
    C("Les grèves du 5, 12 et 19 mai ont paralysé les transports.", "12", "DATE", "2015-05-12"),
    C("Les 1er, 2 et 3 août 2014, le festival a attiré 80 000 spectateurs.", "1er", "DATE", "2014-08-01"),
    C("Les 1er, 2 et 3 août 2014, le festival a attiré 80 000 spectateurs.", "2", "DATE", "2014-08-02"),
    C("Les 1er, 2 et 3 août 2014, le festival a attiré 80 000 spectateurs.", "3 août 2014", "DATE", "2014-08-03"),
    C("En 1998, la troupe a joué les 4, 5 et 6 avril à Lyon.", "4", "DATE", "1998-04-04", "1998-04-04", "1998-04-04"),
    C("En 1998, la troupe a joué les 4, 5 et 6 avril à Lyon.", "6 avril", "DATE", "1998-04-06"),
    C("Le ministre viendra le 2 et le 9 novembre.", "2", "DATE", "2015-11-02", "2015-11-02", "2015-11-02"),
    C("Le ministre viendra le 2 et le 9 novembre.", "9 novembre", "DATE", "2015-11-09", "2015-11-09", "2015-11-09"),
    C("Les 7, 14, 21 et 28 octobre, la piscine fermera plus tôt.", "21", "DATE", "2015-10-21"),
    C("En 2014, les 3 et 10 mars, deux soirées avaient déjà affiché complet.", "3", "DATE", "2014-03-03"),
    C("En 2014, les 3 et 10 mars, deux soirées avaient déjà affiché complet.", "10 mars", "DATE", "2014-03-10"),
    C("Ils se sont retrouvés le 20 et le 21 janvier.", "20 et le 21 janvier", "DATE", start="2015-01-20", end="2015-01-21"),
    # decades in words ("les années quatre-vingt" as "les années 1980"); early/mid/late thirds
    C("Dans les années quatre-vingt, la ville a changé de visage.", "années quatre-vingt", "DATE", "198", "1980-01-01", "1989-12-31"),
    C("Au début des années soixante-dix, l'usine a ouvert ses portes.", "début des années soixante-dix", "DATE", "197", "1970-01-01", "1973-12-31"),
    C("Les années trente ont été marquées par la crise.", "années trente", "DATE", "193", "1930-01-01", "1939-12-31"),
    C("À la fin des années quatre-vingt-dix, internet s'est répandu.", "fin des années quatre-vingt-dix", "DATE", "199", "1997-01-01", "1999-12-31"),
    C("Le quartier a été rasé au milieu des années cinquante.", "milieu des années cinquante", "DATE", "195", "1954-01-01", "1956-12-31"),
    C("La chanson des années quatre-vingts revient à la mode.", "années quatre-vingts", "DATE", "198"),
    # rolling windows: an anchored range ending (or starting) at the reference date
    C('Les 2 derniers mois, les ventes ont chuté.', 'Les 2 derniers mois', type='DURATION', value='P2M', start='2015-07-15', end='2015-09-15'),
    C('Au cours des deux dernières années, la dette a doublé.', 'des deux dernières années', type='DURATION', value='P2Y', start='2013-09-15', end='2015-09-15'),
    C('Il a plu presque tous les jours ces trois dernières semaines.', 'ces trois dernières semaines', type='DURATION', value='P3W', start='2015-08-25', end='2015-09-15'),
    C('Durant les dix dernières années, le village a perdu un tiers de ses habitants.', 'les dix dernières années', type='DURATION', value='P10Y', start='2005-09-15', end='2015-09-15'),
    C("Au cours des 12 derniers mois, l'inflation a atteint 2 %.", 'des 12 derniers mois', type='DURATION', value='P12M', start='2014-09-15', end='2015-09-15'),
    C('Les quinze derniers jours ont été décisifs.', 'Les quinze derniers jours', type='DURATION', value='P15D', start='2015-08-31', end='2015-09-15'),
    C('Dans les cinq prochaines années, 200 logements seront construits.', 'les cinq prochaines années', type='DURATION', value='P5Y', start='2015-09-15', end='2020-09-15'),
    # ======== calendar families (issue 8 §2 years and periods, issue 13) ========
    # two-digit years after a preposition (1931-2030 window)
    C("Le club a été relégué en 93 puis est remonté en 97.", "93", "DATE", "1993"),
    C("Arrivé en France en 62, il a ouvert une épicerie.", "62", "DATE", "1962"),
    C("Ces modèles, fabriqués de 85 à 91, sont recherchés.", "85 à 91", "DATE", "1985/1991", "1985-01-01", "1991-12-31"),
    C("La canicule de l'été 76 reste dans les mémoires.", "été 76", "DATE", "1976-SU", "1976-06-01", "1976-08-31"),
    C("Le mouvement de mai 68 a commencé à Nanterre.", "mai 68", "DATE", "1968-05"),
    C("Depuis 97, le stade n'a pas été rénové.", "97", "DATE", "1997", "1997-01-01", "2015-09-15"),
    C("En 05, la réforme avait déjà échoué.", "05", "DATE", "2005"),

    # day-first numeric dates
    C("La facture du 30/06/2009 n'a jamais été payée.", "30/06/2009", "DATE", "2009-06-30"),
    C("Date de naissance : 03.11.1975", "03.11.1975", "DATE", "1975-11-03"),
    C("Le jugement rendu le 5/4/2012 a été cassé.", "5/4/2012", "DATE", "2012-04-05"),
    C("Document émis le 12-01-2010 par la préfecture.", "12-01-2010", "DATE", "2010-01-12"),
    C("Par un courrier daté du 31.10.74, le maire refusait le permis.", "31.10.74", "DATE", "1974-10-31"),

    # periods
    C("À la fin de l'année dernière, le groupe a supprimé 300 postes.", "la fin de l'année dernière",
      "DATE", "2014", "2014-09-01", "2014-12-31"),
    C("Fin juin dernier, les syndicats ont claqué la porte.", "Fin juin dernier", "DATE", "2015-06", "2015-06-21", "2015-06-30"),
    C("La première moitié de l'année a été difficile.", "La première moitié de l'année", "DATE", "2015-H1", "2015-01-01", "2015-06-30"),
    C("Au second semestre, les embauches devraient repartir.", "second semestre", "DATE", "2015-H2"),
    # ref 2015-01-06: the new year is the year that has just begun
    C("Les vœux pour la nouvelle année ont été présentés hier.", "la nouvelle année", "DATE", "2015", ref="2015-01-06"),
    # convention: a fiscal year is the calendar year unless the text says otherwise
    C("Le bénéfice de l'exercice 2014 a été distribué.", "exercice 2014", "DATE", "2014"),

    # day + month in words and ordinals; a day alone takes the month from the story or ref
    C("Le premier mars 2013, la réforme est entrée en vigueur.", "premier mars 2013", "DATE", "2013-03-01"),
    C("Le premier janvier, la taxe augmentera.", "premier janvier", "DATE", "2016-01-01"),
    C("L'enquête a été ouverte le 15 fév. 2013.", "15 fév. 2013", "DATE", "2013-02-15"),
    C("Le deux décembre 1851, Louis-Napoléon Bonaparte fait son coup d'État.", "deux décembre 1851", "DATE", "1851-12-02"),
    C("Le trente et un décembre, les pompiers ont été mobilisés.", "trente et un décembre", "DATE", "2014-12-31"),

    # start / end of a period without a number (thirds)
    C("Le projet sera livré en fin d'année.", "fin d'année", "DATE", "2015", "2015-09-01", "2015-12-31"),
    C("À la fin du mois, les stocks seront épuisés.", "la fin du mois", "DATE", "2015-09", "2015-09-21", "2015-09-30"),
    C("Les salaires ont été versés en début de mois.", "début de mois", "DATE", "2015-09", "2015-09-01", "2015-09-10"),
    C("En début d'année, le chômage avait reculé.", "début d'année", "DATE", "2015", "2015-01-01", "2015-04-30"),
    C("Au début de la décennie, l'usine employait 500 personnes.", "début de la décennie", "DATE", "201", "2010-01-01", "2013-12-31"),
    C("À la mi-année, le bilan était positif.", "la mi-année", "DATE", "2015", "2015-05-01", "2015-08-31"),

    # ordinal parts of a period (one expression, no stray "semaine dernière" or weekday)
    # convention: the last week of a month is the last ISO week whose Thursday is in it (2014-W39)
    C("Au quatrième trimestre 2018, les ventes ont bondi.", "quatrième trimestre 2018", "DATE", "2018-Q4", "2018-10-01", "2018-12-31"),
    C("Le chiffre d'affaires du T4 2018 est en baisse.", "T4 2018", "DATE", "2018-Q4"),

    # holidays: fixed, movable (dateutil.easter), other calendars (see docstring)
    C("À Noël, les enfants ouvriront leurs cadeaux.", "Noël", "DATE", "2015-12-25"),
    C("Le jour de l'an 2014, la neige est tombée sur Paris.", "jour de l'an 2014", "DATE", "2014-01-01"),
    C("Les cimetières seront fleuris pour la Toussaint.", "la Toussaint", "DATE", "2015-11-01"),
    C("Le défilé de la fête du Travail a réuni 20 000 personnes.", "la fête du Travail", "DATE", "2015-05-01"),
    C("Le 14 Juillet, le défilé a descendu les Champs-Élysées.", "14 Juillet", "DATE", "2015-07-14"),
    C("Les anciens combattants se rassembleront pour l'Armistice.", "l'Armistice", "DATE", "2015-11-11"),
    # Easter 2016 = 2016-03-27; Easter 2015 = 2015-04-05
    C("À Pâques, les cloches sonneront à toute volée.", "Pâques", "DATE", "2016-03-27"),
    C("Le lundi de Pâques 2015, la circulation était dense.", "lundi de Pâques 2015", "DATE", "2015-04-06"),
    C("Le pont de l'Ascension a vidé les bureaux.", "l'Ascension", "DATE", "2015-05-14"),
    C("Le lundi de Pentecôte 2015 était travaillé.", "lundi de Pentecôte 2015", "DATE", "2015-05-25"),
    C("Le carnaval défilera le jour de Mardi gras.", "Mardi gras", "DATE", "2016-02-09"),
    # hijridate (Umm al-Qura): 1 Ramadan 1436 = 2015-06-18, 29 Ramadan = 2015-07-16 (29 days)
    C("Pendant le ramadan, les horaires du marché ont été adaptés.", "le ramadan", start="2015-06-18", end="2015-07-16"),
    C("L'Aïd el-Fitr a été célébré dans la joie.", "L'Aïd el-Fitr", "DATE", "2015-07-17"),
    # hijridate (Umm al-Qura, a computed calendar): 10 Dhou al-Hijja 1436 = 2015-09-23; the
    # relative days (one day, not an open range) and relative to the story
    C("Le verdict sera rendu après-demain.", "après-demain", "DATE", "2015-09-17", "2015-09-17", "2015-09-17"),
    C("Il a été arrêté avant-hier à Roissy.", "avant-hier", "DATE", "2015-09-13", "2015-09-13", "2015-09-13"),
    C("La nuit dernière, le vent a soufflé à 120 km/h.", "La nuit dernière", "TIME", "2015-09-14TNI"),
    C("Le 9 mars 2012, le tribunal a rendu son jugement. Le jour précédent, l'avocat avait plaidé.",
      "Le jour précédent", "DATE", "2012-03-08"),
    C("Le 9 mars 2012, le tribunal a rendu son jugement. Le jour suivant, l'accusé a fait appel.",
      "Le jour suivant", "DATE", "2012-03-10"),
    C("Le 9 mars 2012, le tribunal a rendu son jugement. Le jour d'après, l'accusé a fait appel.",
      "Le jour d'après", "DATE", "2012-03-10"),
    C("L'audience est fixée à mercredi de la semaine prochaine.", "mercredi de la semaine prochaine", "DATE", "2015-09-23"),
    C("Ce week-end, la fête foraine s'installera sur le port.", "Ce week-end", "DATE", "2015-W38-WE", "2015-09-19", "2015-09-20"),

    # seasons (meteorological); "cet hiver" in February is the winter in progress
    # ref 2016-02-10 (needed: February of a leap year)
    C("Cet hiver, la station n'a presque pas vu de neige.", "Cet hiver", "DATE", "2015-WI", "2015-12-01", "2016-02-29", ref="2016-02-10"),
    C("Cet été, la sécheresse a frappé le sud-ouest.", "Cet été", "DATE", "2015-SU", "2015-06-01", "2015-08-31"),
    C("Au printemps dernier, la rivière a débordé.", "printemps dernier", "DATE", "2015-SP", "2015-03-01", "2015-05-31"),
    # convention: on 2015-09-15 (meteorological autumn) "l'automne prochain" is 2016's
    C("L'automne prochain, le musée rouvrira.", "L'automne prochain", "DATE", "2016-FA"),
    C("L'hiver prochain, les tarifs baisseront.", "L'hiver prochain", "DATE", "2015-WI", "2015-12-01", "2016-02-29"),
    C("À l'été 1976, les nappes étaient à sec.", "été 1976", "DATE", "1976-SU"),

    # numeric dates without a year, two-digit years, other numeric spellings
    C("Le colis a été livré le 17/02.", "17/02", "DATE", "2015-02-17"),
    C("Réouverture prévue le 31/10.", "31/10", "DATE", "2015-10-31"),
    C("Le contrat a été signé le 20/02/14.", "20/02/14", "DATE", "2014-02-20"),
    C("Mise à jour du 2015-3-3 : nouvelle version.", "2015-3-3", "DATE", "2015-03-03"),
    C("Facture de 2/2013, restée impayée.", "2/2013", "DATE", "2013-02"),
    C("Le relevé de 2014-10 montre une hausse.", "2014-10", "DATE", "2014-10"),

    # history and eras
    C("Alésia tombe en 52 av. J.-C. après un long siège.", "52 av. J.-C.", "DATE", "BC0052", "-", "-"),
    C("César est assassiné en 44 avant Jésus-Christ.", "44 avant Jésus-Christ", "DATE", "BC0044"),
    C("Charlemagne est couronné empereur en l'an 800.", "800", "DATE", "0800", "0800-01-01", "0800-12-31"),
    C("L'Empire d'Occident disparaît en 476 apr. J.-C.", "476 apr. J.-C.", "DATE", "0476"),
    # convention: a century BC is written as the TIMEX3 century of its years (3rd c. BC: BC02)
    C("Au IIIe siècle avant notre ère, la cité domine la région.", "IIIe siècle avant notre ère", "DATE", "BC02"),
    C("Au Ve siècle, les Francs s'installent en Gaule.", "Ve siècle", "DATE", "04", "0400-01-01", "0499-12-31"),
    C("En l'an mil, la peur de la fin du monde aurait saisi l'Occident.", "l'an mil", "DATE", "1000"),
    # calendar families: ordinal parts, a day of the month alone, days in words, case
    C("Le 14 juin 1940, l'armée allemande entre dans Paris. Le 22, l'armistice est signé.", "Le 22", "DATE", "1940-06-22"),
    C("Le conseil se réunira le 24.", "24", "DATE", "2015-09-24"),
    C("Le 3, la police a perquisitionné son domicile.", "Le 3", "DATE", "2015-09-03"),
    C("La dernière semaine de septembre 2014, le port a été bloqué.", "La dernière semaine de septembre 2014",
      "DATE", "2014-W39", "2014-09-22", "2014-09-28"),
    C("Le premier week-end de septembre, la braderie a attiré les foules.", "Le premier week-end de septembre",
      "DATE", "2015-W36-WE", "2015-09-05", "2015-09-06"),
    C("Le scrutin aura lieu le premier mardi d'octobre.", "le premier mardi d'octobre", "DATE", "2015-10-06"),
    C("Le troisième jeudi de novembre, le beaujolais nouveau arrivera.", "troisième jeudi de novembre", "DATE", "2015-11-19"),
    C("Le chantier reprendra la semaine du 5 octobre.", "la semaine du 5 octobre", "DATE", "2015-W41", "2015-10-05", "2015-10-11"),
    C("Au dernier trimestre 2011, le PIB a reculé.", "dernier trimestre 2011", "DATE", "2011-Q4", "2011-10-01", "2011-12-31"),
    C("La première quinzaine d'avril a été pluvieuse.", "La première quinzaine d'avril", start="2015-04-01", end="2015-04-15"),
    # approximate dates: the word joins the expression, which is approximate (mod APPROX)
    C("La chapelle a été bâtie vers 1750 par les moines.", "vers 1750", "DATE", "1750", "1750-01-01", "1750-12-31"),
    C("Le vote aura lieu aux alentours du 15 mars.", "aux alentours du 15 mars", value="2016-03-15"),
    C("Ils sont arrivés environ en 1962, selon la famille.", "1962", value="1962"),
]

NEGATIVE = [
    ("Le 6 mars 2015, il a quitté la soirée vers minuit.", "la soirée"),
    ("Le 6 mars 2015, une soirée dansante a réuni le village.", "soirée"),
    ("Le 3 juin 2014, une camionnette immatriculée 2041 KLM 69 a été retrouvée.", "2041"),
    # Noël, prénom ou père Noël
    ("Le 3 mars 2015, Noël Mamère a quitté le parti.", "Noël"),
    ("En décembre 2014, le père Noël est passé à l'école.", "Noël"),
    # "à venir" et "écoulé" sans unité de temps
    ("Il reste trois dossiers à venir devant le tribunal.", "à venir"),
    ("Les stocks écoulés en mars 2015 ont été remplacés.", "écoulés"),
    # "le même jour que", "la même année que" nomment un autre jour, une autre année
    ("Le 3 mai 2012, la crèche a ouvert le même jour que l'école.", "le même jour"),
    ("En mars 2010, il est né la même année que sa femme.", "la même année"),
    ("La 70ème session de l'Assemblée s'ouvre à New York.", "70ème"),
    ("Le bilan s'élève à 2 000 morts.", "2 000"),
    ("La ville compte 10 000 habitants.", "10 000"),
    ("Le chômage touche 1500 personnes.", "1500"),
    ("Il a obtenu 52 % des voix.", "52 %"),
    ("Le texte a été adopté à l'unanimité.", "été"),
    ("Il a été élu au premier tour.", "premier tour"),
    ("La sonde a atteint Mars cette nuit-là.", "Mars"),
    ("Ils ont longé la mer toute la journée.", "mer"),
    ("Jean Martin, 45 ans, a été interpellé.", "45 ans"),
    ("Un enfant de 6 ans a été retrouvé.", "6 ans"),
    # ages said with "avoir" (a capital "A" often loses its accent)
    ("Le maire a 58 ans et brigue un troisième mandat.", "58 ans"),
    ("Elle avait 19 ans lorsqu'elle a quitté Lyon.", "19 ans"),
    # a number before a colon without minutes after it: a heading, not a clock time
    ("Grève, jour 2 : le Premier ministre maintient la réforme.", "2 :"),
    ("Étape 3 : laisser reposer la pâte.", "3 :"),
    ("Le peintre a alors trente quatre ans et expose à Paris.", "trente quatre ans"),
    ("Elle avait donc vingt ans quand la guerre éclata.", "vingt ans"),
    ("A 45 ans, il change de métier.", "45 ans"),
    ("Les deux frères ont 30 ans.", "30 ans"),
    ("Le budget atteint 2015 millions d'euros.", "2015"),
    ("Composez le 01 45 67 89 10 pour réserver.", "01 45"),
    ("Le score final est de 3-2.", "3-2"),
    ("Il habite au 12 rue de la Paix.", "12"),
    ("Les travaux s'achèveront le 24 février au plus tard.", "plus tard"),
    ("L'armée comptait 1200 hommes (1200 au total).", "1200 au total"),
    ("La colonne (1500, surtout des fantassins) avance.", "1500"),
    # a house number before a comma and a street: "au 5, rue de la Paix"
    ("Le 2 mars, il a emménagé au 5, rue de la Paix.", "5, rue"),
    ("Son cabinet est installé au 14, boulevard Haussmann depuis 2009.", "14, boulevard"),
    ("L'étude du 8 bis, place du Marché ferme ses portes.", "8 bis"),
    ("Les habitants du 3, impasse des Lilas ont été évacués le 12.", "3, impasse"),
    ("Le prix a baissé de 2,5 %.", "2,5"),
    ("Mars est la quatrième planète du système solaire.", "Mars"),
    ("La norme 1999-01 reste en vigueur.", "1999-01"),
    # ================ issue 8: story time, genre, weekday + day, direction (discourse)
    # weekday + day: a weekday in a name
    ("Le Journal du dimanche a révélé l'affaire.", "dimanche"),
    ("Le film Vendredi 13 ressort en salle.", "Vendredi 13"),
    # a season that names an event is not the story's season
    ("En 2014, la ville a organisé au printemps de l'environnement une fête.", "printemps"),
    # story time: a number after a dated sentence that is no date
    ("Le 7 juin 1936, les accords sont signés. Le 22 de la rue Royale est perquisitionné.", "22 de la rue"),
    ("En 1987, il publie son premier livre. En 12 chapitres, il raconte son enfance.", "12 chapitres"),
    # genre: a year-like title in a biography is no date of the story
    ("Hugo vit en exil à Guernesey ; « Quatrevingt-treize » paraît en 1874.", "Quatrevingt-treize"),
    # direction / signals
    ("Dès lors, le ministre n'a plus parlé.", "Dès lors"),
    ("Le prochain, s'il vous plaît !", "Le prochain"),
    # "l'hebdomadaire", "un mensuel" : un journal, pas un ensemble
    ("Selon l'hebdomadaire Jeune Afrique, le ministre est parti.", "hebdomadaire"),
    # ---- phrases: the traps of the categories above
    # times of day as nouns
    ('Le canal du Midi traverse Toulouse.', 'Midi'),
    ('Il est parti vivre dans le Midi.', 'Midi'),
    ('La pianiste a joué un nocturne de Chopin.', 'nocturne'),
    # fractional durations
    ('Son demi-frère a repris la ferme.', 'demi-frère'),
    ("L'équipe s'est qualifiée pour la demi-finale.", 'demi-finale'),
    ('Les trois quarts des habitants ont voté.', 'trois quarts'),
    # en + duration
    ('Il a été élu en deux tours.', 'deux tours'),
    ('Elle est en seconde au lycée Victor-Hugo.', 'seconde'),
    ('Le texte a été adopté en première lecture.', 'première lecture'),
    # bare plural units
    ('Les minutes du procès ont été rendues publiques.', 'minutes'),
    ('Il est payé en heures supplémentaires.', 'heures supplémentaires'),
    # h:mm:ss
    ('Le ratio de dilution est de 1:10:100.', '1:10:100'),
    ("Il a cité l'évangile de Jean 3:16.", '3:16'),
    # ces dernières semaines
    ('Ces dernières, très critiquées, ont été retirées.', 'Ces dernières'),
    ('Les derniers arrivés dormiront sur place.', 'derniers'),
    # durations after "de" vs ages
    ("Une femme d'une trentaine d'années a été blessée.", "une trentaine d'années"),
    ('Un enfant âgé de 18 mois a été hospitalisé.', '18 mois'),
    ('Le jeune homme, âgé de 19 ans, a été relâché.', '19 ans'),
    ('À 65 ans, il a pris sa retraite.', '65 ans'),
    ('Un bébé de trois mois a été retrouvé sain et sauf.', 'trois mois'),
    # elliptical ranges
    ('Il mesure de 1,70 à 1,80 m selon les sources.', '1,70 à 1,80'),
    ('Les articles 13 à 18 du règlement ont été modifiés.', '13 à 18'),
    ('Les numéros 12-14 de la revue sont épuisés.', '12-14'),
    # vague references
    ('Cette décision crée un précédent dangereux.', 'précédent'),
    ('Conjuguez le verbe au futur simple.', 'futur'),
    ("Le quotidien L'Avenir a publié une enquête.", 'Avenir'),
    # sets
    ("À chaque fois qu'il pleut, la cave est inondée.", 'chaque fois'),
    ('Il a répondu à chaque question du juge.', 'chaque'),
    # traps
    ('Il a défilé avec 1800 autres grévistes.', '1800'),
    ('Le jury a délibéré une seconde fois.', 'une seconde'),
    ("C'était un jour faste pour la Bourse de Paris.", 'un jour faste'),
    ('Il est devenu célèbre du jour au lendemain.', 'lendemain'),
    ('Il conduit une Peugeot 2008 grise.', '2008'),
    ('Le maréchal Juin a commandé le corps expéditionnaire.', 'Juin'),
    ('La Seconde Guerre mondiale a ravagé la ville.', 'Seconde'),
    ('Chronique 1914-1918\nJours de guerre dans un village lorrain', 'Jours'),
    ('Rapport annuel 2010-2014\nAnnées de crise et de reconstruction', 'Années'),
    # date + time
    ('Il a remporté les 24 Heures du Mans.', '24 Heures'),
    ("Selon le quotidien 20 Minutes, l'accord est proche.", '20 Minutes'),
    ("Le bus de la ligne 15 passe à l'heure.", '15'),
    # ranges between days
    ('Il a traversé Paris du 13e au 18e arrondissement.', '13e au 18e'),
    ("L'équipe a gagné 3 à 1 samedi.", '3 à 1'),
    # lists of days: numbers in a list that are not days of a month
    ("Les lycéens de 16, 17 et 18 ans ont manifesté.", "16, 17"),
    ("Ils ont marqué 3, 5 et 7 buts lors des trois derniers matchs.", "3, 5 et 7 buts"),
    ("Lisez les pages 12, 13 et 14 avant le cours.", "12, 13 et 14"),
    ("Les riverains des 2, 4 et 6 rue du 8-Mai ont été relogés.", "2, 4 et 6"),
    ("Ils ont fini aux places 4, 5 et 6. Les 8 et 9 décembre, ils rejoueront.", "4, 5 et 6"),
    ("Salles 12, 13\n14 et 15 mars : portes ouvertes du lycée", "12, 13"),
    # decades in words: a possessive makes it an age; numbers and years that are no decade
    ("Ses années de jeunesse ont été heureuses.", "années"),
    ("Quatre-vingts personnes ont été évacuées.", "Quatre-vingts"),
    ("Elle a passé ses années trente à voyager.", "années trente"),
    ("Une femme dans la quarantaine a été interpellée.", "quarantaine"),
    ("Leurs années soixante ont été studieuses.", "années soixante"),
    # rolling windows
    ('Les 2 derniers joueurs sont arrivés en retard.', '2 derniers'),
    ('Il a fini parmi les dix derniers.', 'dix derniers'),
    # ======== calendar families (issue 8 §2 years and periods, issue 13) ========
    # two-digit years
    ("Le champion a signé 9 victoires en 11 départs.", "11"),
    ("Divisez la pâte en 12 parts égales.", "12"),
    ("Le prix est passé de 12 à 15 euros en trois ans.", "12 à 15"),
    # day-first numeric dates
    ("Il s'est imposé 6/4, 7/5 en finale.", "6/4"),
    ("Elle a obtenu 17/20 à l'examen.", "17/20"),
    ("Les 3/4 des élus ont voté pour.", "3/4"),
    # periods
    ("En fin de compte, le projet a été abandonné.", "fin de compte"),
    ("Au début du film, le héros perd son emploi.", "début du film"),
    # day + month / day alone
    ("Le premier ministre a démissionné.", "premier"),
    ("Le Quinze de France a battu l'Italie.", "Quinze"),
    ("Les jeunes du 93 ont manifesté devant la préfecture.", "93"),
    # start / end without a number
    ("Il est en fin de contrat.", "fin de contrat"),
    ("Au début de la rencontre, les deux équipes se sont observées.", "début de la rencontre"),
    # ordinal parts of a period
    ("Ils louent un T4 en centre-ville.", "T4"),
    ("Le premier jeu de la partie a duré longtemps.", "premier jeu"),
    # holidays
    ("Le Père Noël a distribué des jouets à l'hôpital.", "Père Noël"),
    ("Toussaint Louverture est mort au fort de Joux.", "Toussaint"),
    ("Les statues de l'île de Pâques attirent les touristes.", "Pâques"),
    # relative days
    ("Il promettait des lendemains qui chantent.", "lendemains"),
    # seasons
    ("Le Printemps a ouvert un grand magasin à Doha.", "Printemps"),
    ("Elle a été nommée directrice.", "été"),
    ("Les Quatre Saisons de Vivaldi ont été jouées.", "Saisons"),
    # numeric dates without a year
    ("Le code 17 02 a été saisi par erreur.", "17 02"),
    ("Il a été élu avec 12/15 des voix du bureau.", "12/15"),
    # history
    ("La Ve République a été fondée par de Gaulle.", "Ve"),
    ("Le IIIe Reich a capitulé sans condition.", "IIIe"),
    ("Louis XIV a fait construire Versailles.", "XIV"),
    ("Au premier trimestre de grossesse, la fatigue est fréquente.", "premier trimestre"),
    ("L'ordinateur est resté en veille toute la nuit.", "veille"),
    ("Le service de veille technologique a été renforcé.", "veille"),
    ("Le musée a fermé le 3 au classement des visites.", "3"),
    # approximate dates: "vers" a place is not a date
    ("Le cortège a marché vers la Bastille.", "vers"),
]


# extents that must be exact: the expression tagged over these words is these words
EXTENTS = [
    ("Programme du samedi 3 mars 2012\n10h : conférence inaugurale", "10h"),
    ("Rendez-vous à 10h devant la mairie.", "10h"),
]

TABLE = CaseTable(tuple(CASES), tuple(NEGATIVE), tuple(EXTENTS))
