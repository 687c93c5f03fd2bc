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
    C("Ces derniers mois, les prix ont baissé.", "Ces derniers mois", value="PAST_REF", start="-", end="-"),
    C("Pour le moment, rien n'est décidé.", "Pour le moment", value="PRESENT_REF", start="-", end="-"),
    # dates without a year, by the tense of the sentence
    C("Le 2 août, l'incendie a ravagé la forêt.", "2 août", value="2015-08-02"),
    C("Le 2 octobre, le ministre inaugurera le pont.", "2 octobre", value="2015-10-02"),
    C("En novembre, la commission rendra son avis.", "novembre", value="2015-11"),
    C("En février, les ventes ont reculé.", "février", value="2015-02"),
    C("Lundi, le président recevra les syndicats.", "Lundi", value="2015-09-21"),
    C("Dimanche, les électeurs ont voté.", "Dimanche", value="2015-09-13"),
    C("Fin octobre, les travaux seront terminés.", "Fin octobre", value="2015-10", start="2015-10-21", end="2015-10-31"),
    # relative to the story
    C("Il est arrivé en 2004. Deux ans plus tard, il est reparti.", "Deux ans plus tard", value="2006"),
    C("Le 14 juin 2011, le pont a cédé. Trois jours plus tard, il a été fermé.", "Trois jours plus tard", value="2011-06-17"),
    C("Le 5 mai 2014, l'usine a fermé. La veille, les ouvriers avaient manifesté.", "La veille", value="2014-05-04"),
    C("Le 5 mai 2014, l'usine a fermé. Le surlendemain, elle a été vendue.", "Le surlendemain", value="2014-05-07"),
    # ranges and bounds
    C("De 1995 à 2002, il a présidé le club.", "1995 à 2002", start="1995-01-01", end="2002-12-31"),
    C("Entre avril et juin 2014, les ventes ont doublé.", "avril et juin 2014", start="2014-04-01", end="2014-06-30"),
    C("L'exposition se tient du 12 au 18 octobre 2015.", "12 au 18 octobre 2015", start="2015-10-12", end="2015-10-18"),
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
]

NEGATIVE = [
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
    ("Le budget atteint 2015 millions d'euros.", "2015"),
    ("Composez le 01 45 67 89 10 pour réserver.", "01 45"),
    ("Le score final est de 3-2.", "3-2"),
    ("Il habite au 12 rue de la Paix.", "12"),
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
]


TABLE = CaseTable(tuple(CASES), tuple(NEGATIVE))
