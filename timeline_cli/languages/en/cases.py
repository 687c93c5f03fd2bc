"""English cases: expressions in sentences of our own, with what they resolve to on 2015-09-15
(a Tuesday), a negative table of things that look like dates and are not, and extents.

A new case is one line in CASES (or NEGATIVE); tests/test_cases.py runs them all.
"""

from __future__ import annotations

from ...schema import Case, CaseTable

C = Case
CASES = [
    # absolute dates, in words and in numbers
    C("The museum reopened on June 4, 2013 after repairs.", "June 4, 2013", "DATE", "2013-06-04"),
    C("The treaty was signed on 9 December 1905 in Paris.", "9 December 1905", value="1905-12-09"),
    C("The pact dates from the 1st of April 2010.", "1st of April 2010", value="2010-04-01"),
    C("The hearing on Thursday, Sept. 3, 2015 ended early.", "Thursday, Sept. 3, 2015", value="2015-09-03"),
    C("The letter dated 02/07/2011 went unanswered.", "02/07/2011", value="2011-02-07"),
    C("The report released on 2013-11-20 caused a stir.", "2013-11-20", value="2013-11-20"),
    C("The cabinet fell in February 1934.", "February 1934", value="1934-02", start="1934-02-01", end="1934-02-28"),
    C("The town was founded in 1604 by traders.", "1604", value="1604", start="1604-01-01", end="1604-12-31"),
    C("The 1929 crash hit every market.", "1929", value="1929"),
    C("Color television spread in the 1960s.", "1960s", value="196", start="1960-01-01", end="1969-12-31"),
    C("Disco ruled the '70s in that city.", "'70s", value="197"),
    C("The canal was dug in the 19th century.", "19th century", value="18", start="1800-01-01", end="1899-12-31"),
    C("Caesar crossed the Rubicon in 49 BC with one legion.", "49 BC", value="BC0049"),
    C("The tower opened in Jan. 1889 to crowds.", "Jan. 1889", value="1889-01"),
    C("The council meets again on Oct. 2, officials said.", "Oct. 2", value="2015-10-02"),
    # seasons, quarters, halves, parts of the day
    C("Heavy rain fell in the autumn of 2012.", "autumn of 2012", value="2012-FA", start="2012-09-01", end="2012-11-30"),
    C("Snow blocked roads during winter 2010.", "winter 2010", value="2010-WI", start="2010-12-01", end="2011-02-28"),
    C("Jobless claims fell in the third quarter of 2014.", "third quarter of 2014", value="2014-Q3", start="2014-07-01", end="2014-09-30"),
    C("The firm posted a second-quarter profit.", "second-quarter", value="2015-Q2"),
    C("Sales dropped in the first half of 2013.", "first half of 2013", value="2013-H1", start="2013-01-01", end="2013-06-30"),
    C("This morning, traffic was heavy downtown.", "This morning", "TIME", "2015-09-15TMO"),
    C("The mayor spoke yesterday evening at the hall.", "yesterday evening", "TIME", "2015-09-14TEV"),
    C("The board will meet tomorrow afternoon.", "tomorrow afternoon", "TIME", "2015-09-16TAF"),
    # early / mid / late
    C("Debt rose sharply in late 2012.", "late 2012", value="2012", start="2012-09-01", end="2012-12-31"),
    C("The strike began in early March 2015.", "early March 2015", value="2015-03", start="2015-03-01", end="2015-03-10"),
    C("Prices soared by mid-2014 in the region.", "mid-2014", value="2014"),
    C("The internet spread in the late 1990s.", "late 1990s", value="199", start="1997-01-01", end="1999-12-31"),
    C("The plant will close in early October.", "early October", value="2015-10", start="2015-10-01", end="2015-10-10"),
    # relative to the reference date
    C("Today the council votes on the budget.", "Today", value="2015-09-15"),
    C("The minister resigned yesterday after the vote.", "yesterday", value="2015-09-14"),
    C("The results will be known tomorrow.", "tomorrow", value="2015-09-16"),
    C("Exports grew last week despite the strike.", "last week", value="2015-W37", start="2015-09-07", end="2015-09-13"),
    C("The plan will be unveiled next month.", "next month", value="2015-10", start="2015-10-01", end="2015-10-31"),
    C("Unemployment fell this year in the north.", "this year", value="2015"),
    C("The factory closed last year.", "last year", value="2014"),
    C("The company was sold last Monday.", "last Monday", value="2015-09-14"),
    C("The ferry will run again next Friday.", "next Friday", value="2015-09-18"),
    C("The bridge collapsed two years ago.", "two years ago", value="2013", start="2013-01-01", end="2013-12-31"),
    C("The rules change in three weeks.", "three weeks", start="2015-10-06", end="2015-10-06"),
    C("The mill shut down a decade ago.", "a decade ago", value="2005"),
    C("Crime has dropped in recent years.", "recent years", value="PAST_REF"),
    C("The firm grew earlier this year.", "earlier this year", value="2015"),
    C("The line opens early next year.", "early next year", value="2016", start="2016-01-01", end="2016-04-30"),
    C("The cuts were announced in June last year.", "June last year", value="2014-06"),
    C("Prices are now higher than ever.", "now", value="PRESENT_REF"),
    C("Nobody knows what the future holds.", "the future", value="FUTURE_REF"),
    C("The current rules favour large banks.", "current", value="PRESENT_REF"),
    C("The ministry will soon publish its report.", "soon", value="FUTURE_REF"),
    C("The ban was announced late yesterday.", "late yesterday", value="2015-09-14"),
    # a date without its year: the tense of the sentence decides
    C("The minister said Friday that talks would resume.", "Friday", value="2015-09-11"),
    C("The talks will resume on Thursday in Geneva.", "Thursday", value="2015-09-17"),
    C("The vote was held in March.", "March", value="2015-03"),
    C("Shares were issued July 1 to staff.", "July 1", value="2015-07-01"),
    C("The dividend will be paid Dec. 14 to holders of record.", "Dec. 14", value="2015-12-14"),
    C("In October, the firm announced plans to build a plant, which was a surprise.", "October", value="2014-10"),
    C("The harvest was poor in the summer.", "the summer", value="2015-SU"),
    # ... and when it does not, news leans to the past, unless the next one is much closer
    C("Shares of the bank closed higher Friday on Wall Street.", "Friday", value="2015-09-11"),
    C("Talks resume Wednesday in Geneva.", "Wednesday", value="2015-09-16"),
    C("Trading opens Sunday morning in the Gulf.", "Sunday morning", "TIME", "2015-09-13TMO"),
    C("The summit in April drew protests.", "April", value="2015-04"),
    C("The summit in November drew protests.", "November", value="2015-11"),
    C("The launch is planned for late October.", "late October", value="2015-10"),
    C("A summit is set for early March.", "early March", value="2016-03"),
    # relative to the story
    C("The firm was founded in 1998. Two years later it went public.", "Two years later", value="2000"),
    C("He arrived on March 3, 2012. The next day he left.", "The next day", value="2012-03-04"),
    C("She landed on May 2, 2011. The day before, it snowed.", "The day before", value="2011-05-01"),
    C("Profit rose in the third quarter, up from $5 million a year earlier.", "a year earlier", value="2014-Q3"),
    C("He moved there in 2004 and married the following year.", "the following year", value="2005"),
    # ranges and open periods
    C("The dam was built from 2011 to 2014.", "2011 to 2014", value="2011/2014", start="2011-01-01", end="2014-12-31"),
    C("The works ran between March and May 2015.", "March and May 2015", start="2015-03-01", end="2015-05-31"),
    C("The festival runs July 3-5, 2016 downtown.", "July 3-5, 2016", start="2016-07-03", end="2016-07-05"),
    C("The war of 1914-1918 emptied the village.", "1914-1918", start="1914-01-01", end="1918-12-31"),
    C("The road stays closed until 2017.", "2017", start="-", end="2017-12-31"),
    C("The city wants a new port by 2020.", "2020", start="-", end="2020-12-31"),
    C("Prices were stable before 2010.", "2010", start="-", end="2009-12-31"),
    C("The tax rises after 2020.", "2020", start="2021-01-01", end="-"),
    C("Since 2011, the station has been closed.", "2011", start="2011-01-01", end="2015-09-15"),
    # durations
    C("The war lasted for ten years.", "ten years", "DURATION", "P10Y", "-", "-"),
    C("Exports fell in the past three years.", "the past three years", "DURATION", "P3Y"),
    C("Talks may last for the next few days.", "the next few days", "DURATION", "PXD"),
    C("He worked there for more than twenty years.", "more than twenty years", "DURATION", "P20Y"),
    C("The guard must act within a week.", "a week", "DURATION", "P1W"),
    C("It signed a three-year contract.", "three-year", "DURATION", "P3Y"),
    C("The refugees spent 2 1/2 years in the camp.", "2 1/2 years", "DURATION", "P2Y6M"),
    C("The crossing took a day and a half.", "a day and a half", "DURATION", "P1DT12H"),
    C("The debate ran three and a half hours.", "three and a half hours", "DURATION", "PT3H30M"),
    C("The border stayed shut for three decades.", "three decades", "DURATION", "P30Y"),
    C("The storm raged for about six hours.", "six hours", "DURATION", "PT6H"),
    C("Net income rose in the year ended June 30.", "the year", "DURATION", "P1Y"),
    C("The troops may stay for two more weeks.", "two more weeks", "DURATION", "P2W"),
    C("It was the third crash in two weeks on that road.", "two weeks", "DURATION", "P2W"),
    C("The lease can be renewed for an additional year.", "an additional year", "DURATION", "P1Y"),
    # spoken years, as broadcast transcripts write them
    C("The bridge opened in nineteen eighty-seven.", "nineteen eighty-seven", value="1987"),
    C("Floods hit in March nineteen ninety-three.", "March nineteen ninety-three", value="1993-03"),
    C("It aims to end hunger by the year two thousand.", "the year two thousand", value="2000"),
    # sets
    C("The committee meets every month.", "every month", "SET", "P1M"),
    C("The market opens every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"),
    C("The index is updated daily.", "daily", "SET", "P1D"),
    # times
    C("The blast occurred at 3 p.m. on March 3, 2012.", "3 p.m. on March 3, 2012", "TIME", "2012-03-03T15:00"),
    C("Polls closed at 8 p.m. Sunday, officials said.", "8 p.m. Sunday", "TIME", "2015-09-13T20:00"),
    C("Talks broke off at noon Monday.", "noon Monday", "TIME", "2015-09-14T12:00"),
    C("The suspect appeared in court at midday.", "midday", "TIME", "2015-09-15T12:00"),
    C("The ship will sail at 5 in the morning.", "5 in the morning", "TIME", "2015-09-15T05:00"),
    # holidays: fixed days and nth weekdays
    C("The boy was rescued on Thanksgiving Day, officials said.", "Thanksgiving Day", value="2014-11-27"),
    C("The stores will open late on Christmas Day.", "Christmas Day", value="2015-12-25"),
    C("Voters head to the polls on Election Day.", "Election Day", value="2015-11-03"),
    C("Schools reopen after Labor Day.", "Labor Day", value="2015-09-07"),
    C("The ban took effect on New Year's Day 2012.", "New Year's Day 2012", value="2012-01-01"),
    C("The boat sank last Thanksgiving near the coast.", "last Thanksgiving", value="2014-11-27"),
    # relative to the last date of the story
    C("The mill closed in March 2009 and reopened later that year.", "later that year", value="2009"),
    C("Riots broke out in 1968; that year the dean resigned.", "that year", value="1968"),
    C("The vote was on May 2, 2010. Earlier that day, rain fell.", "Earlier that day", value="2010-05-02"),
    C("Three days later, the index had recovered.", "Three days later", "DURATION", "P3D"),
    # ======== calendar families (issue 8 §2 years and periods, issue 13) ========
    # ---- two-digit years after a preposition or apostrophe ------------------------------------
    C("The plant closed in '98 and reopened in 2003.", "'98", "DATE", "1998", "1998-01-01",
      "1998-12-31"),
    C("Nothing had changed since '05.", "'05", "DATE", "2005", "2005-01-01", "2015-09-15"),
    C("She graduated with the class of '87.", "'87", "DATE", "1987"),
    C("The '94 season was his best.", "'94", "DATE", "1994"),
    C("They met in Rome in spring '76.", "spring '76", "DATE", "1976-SP"),
    # ---- numeric dates: day-first when unambiguous, else month-first in English ----------------
    C("The minutes dated 30/06/2009 were never published.", "30/06/2009", "DATE", "2009-06-30"),
    C("The decree of 30.06.2009 was annulled.", "30.06.2009", "DATE", "2009-06-30"),
    C("Payment was received on 06/30/2009.", "06/30/2009", "DATE", "2009-06-30"),
    C("The memo dated 5/12/2013 was leaked.", "5/12/2013", "DATE", "2013-05-12"),
    # convention: ambiguous slashes in English are month/day (US), as spec e07
    C("Her visa expired on 31/1/2014.", "31/1/2014", "DATE", "2014-01-31"),
    C("The attack of 9/11/2001 changed air travel.", "9/11/2001", "DATE", "2001-09-11"),
    # ---- periods ------------------------------------------------------------------------------
    C("Prices rose in the first half of the year.", "the first half of the year", "DATE",
      "2015-H1", "2015-01-01", "2015-06-30"),
    C("The deficit will narrow this fiscal year.", "this fiscal year", "DATE", "2015"),
    # convention: a fiscal year whose calendar is unknown keeps the calendar year (TimeBank
    # ---- day and month in words and ordinals --------------------------------------------------
    # the past month whose 19th is a Tuesday (September 19, 2015 is a Saturday)
    # ---- start and end of a period without a number -------------------------------------------
    C("At the end of 2012, the firm had 300 staff.", "the end of 2012", "DATE", "2012",
      "2012-09-01", "2012-12-31"),
    C("Storms hit the coast at the beginning of January.", "the beginning of January", "DATE",
      "2015-01", "2015-01-01", "2015-01-10"),
    C("The works will be finished at the end of the month.", "the end of the month", "DATE",
      "2015-09", "2015-09-21", "2015-09-30"),
    C("A new plant opens at the start of next year.", "the start of next year", "DATE", "2016",
      "2016-01-01", "2016-04-30"),
    C("The deal was closed at the end of last year.", "the end of last year", "DATE", "2014",
      "2014-09-01", "2014-12-31"),
    C("Prices peaked in the middle of 2013.", "the middle of 2013", "DATE", "2013",
      "2013-05-01", "2013-08-31"),
    # ---- ordinal parts of a period ------------------------------------------------------------
    # convention: "the last week of <month>" is its last seven days
    C("Profit doubled in the 4th quarter 2018.", "4th quarter 2018", "DATE", "2018-Q4",
      "2018-10-01", "2018-12-31"),
    C("Revenue in Q4 2018 beat forecasts.", "Q4 2018", "DATE", "2018-Q4", "2018-10-01",
      "2018-12-31"),
    C("The 2018Q4 figures were revised.", "2018Q4", "DATE", "2018-Q4"),
    C("Rainfall was low in the second half of 2014.", "the second half of 2014", "DATE",
      "2014-H2", "2014-07-01", "2014-12-31"),
    # ---- holidays: fixed days ----------------------------------------------------------------
    C("The shops were shut on Christmas Eve.", "Christmas Eve", "DATE", "2014-12-24"),
    C("Fireworks are planned for New Year's Eve.", "New Year's Eve", "DATE", "2015-12-31"),
    C("Children will go trick-or-treating on Halloween.", "Halloween", "DATE", "2015-10-31"),
    C("The parade was held on St Patrick's Day.", "St Patrick's Day", "DATE", "2015-03-17"),
    C("The bridge opened on Independence Day 1976.", "Independence Day 1976", "DATE",
      "1976-07-04"),
    C("Fireworks lit the sky on the Fourth of July.", "the Fourth of July", "DATE",
      "2015-07-04"),
    C("Florists were busy on Valentine's Day 2014.", "Valentine's Day 2014", "DATE",
      "2014-02-14"),
    # ---- holidays: movable Christian feasts (dateutil.easter) -------------------------------
    C("The church will be full on Easter 2016.", "Easter 2016", "DATE", "2016-03-27"),
    C("The uprising began on Easter Monday.", "Easter Monday", "DATE", "2015-04-06"),
    C("The procession took place on Good Friday.", "Good Friday", "DATE", "2015-04-03"),
    C("Palm Sunday 2012 drew large crowds.", "Palm Sunday 2012", "DATE", "2012-04-01"),
    C("The pope spoke on Pentecost.", "Pentecost", "DATE", "2015-05-24"),
    C("The carnival ended on Ash Wednesday.", "Ash Wednesday", "DATE", "2015-02-18"),
    C("The hostages were freed at Easter.", "Easter", "DATE", "2015-04-05"),
    # ---- holidays: US/UK civic days ---------------------------------------------------------
    C("Families will gather on Thanksgiving.", "Thanksgiving", "DATE", "2015-11-26"),
    C("The pool closed on Memorial Day.", "Memorial Day", "DATE", "2015-05-25"),
    C("The strike ends on Labor Day 2016.", "Labor Day 2016", "DATE", "2016-09-05"),
    C("Schools will close on MLK Day.", "MLK Day", "DATE", "2016-01-18"),
    C("Crowds queued outside stores on Black Friday 2014.", "Black Friday 2014", "DATE",
      "2014-11-28"),
    C("The sales will start on Boxing Day.", "Boxing Day", "DATE", "2015-12-26"),
    C("Offices were closed for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
      "DATE", "2015-01-19"),
    # ---- holidays of other calendars, against the reference --------------------------------
    # convention: the Islamic dates are the Umm al-Qura calendar (hijridate); the observed start
    # ---- holidays of other calendars, with a year ---------------------------------------------
    C("Ramadan 2016 will begin in early June.", "Ramadan 2016", "", "", "2016-06-06",
      "2016-07-05"),
    C("Rosh Hashanah 2016 falls in early October.", "Rosh Hashanah 2016", "", "",
      "2016-10-03"),
    C("Chinese New Year 2016 falls in the Year of the Monkey.", "Chinese New Year 2016", "DATE",
      "2016-02-08"),
    C("Diwali 2016 will be quieter, with fewer fireworks.", "Diwali 2016", "DATE",
      "2016-10-30"),
    C("Passover 2016 starts late in April.", "Passover 2016", "", "", "2016-04-23"),
    # ---- relative days -----------------------------------------------------------------------
    C("The ministers meet the day after tomorrow.", "the day after tomorrow", "DATE",
      "2015-09-17", "2015-09-17", "2015-09-17"),
    C("The boat left the day before yesterday.", "the day before yesterday", "DATE",
      "2015-09-13", "2015-09-13", "2015-09-13"),
    C("Two cars were set alight last night.", "last night", "TIME", "2015-09-14TNI"),
    C("The board will meet Wednesday next week.", "Wednesday next week", "DATE", "2015-09-23"),
    C("He will fly to Rome tomorrow night.", "tomorrow night", "TIME", "2015-09-16TNI"),
    C("The talks collapsed on Monday of last week.", "Monday of last week", "DATE",
      "2015-09-07"),
    # ---- seasons ----------------------------------------------------------------------------
    # ref 2016-02-10: "this winter" said in February is the winter under way
    C("Snowfall this winter has broken records.", "this winter", "DATE", "2015-WI",
      "2015-12-01", "2016-02-29", ref="2016-02-10"),
    C("Heating bills will rise this winter.", "this winter", "DATE", "2015-WI", "2015-12-01",
      "2016-02-29"),
    C("The harvest was poor last summer.", "last summer", "DATE", "2015-SU", "2015-06-01",
      "2015-08-31"),
    # convention: "last summer" is the latest summer already over (June-August 2015 here)
    C("The stadium will open next spring.", "next spring", "DATE", "2016-SP", "2016-03-01",
      "2016-05-31"),
    C("Leaves are falling early this autumn.", "this autumn", "DATE", "2015-FA", "2015-09-01",
      "2015-11-30"),
    # ref 2016-02-10 again: "this spring" is the next one, not the one of 2015
    C("The bridge reopens this spring.", "this spring", "DATE", "2016-SP", ref="2016-02-10"),
    C("The river froze in the winter of 1962-63.", "the winter of 1962-63", "DATE", "1962-WI",
      "1962-12-01", "1963-02-28"),
    # ---- numeric dates -------------------------------------------------------------------------
    C("The figures for 2/2013 were revised.", "2/2013", "DATE", "2013-02", "2013-02-01",
      "2013-02-28"),
    C("The index was launched in 2014-10.", "2014-10", "DATE", "2014-10", "2014-10-01",
      "2014-10-31"),
    C("The order is dated 2015-3-3.", "2015-3-3", "DATE", "2015-03-03"),
    C("The warranty expires 12/31/99.", "12/31/99", "DATE", "1999-12-31"),
    C("The log entry 2015/09/01 was deleted.", "2015/09/01", "DATE", "2015-09-01"),
    C("Shipments resumed on 7/4.", "7/4", "DATE", "2015-07-04"),
    # ---- lowercase month, weekday and holiday names ----------------------------------------
    C("the shop was closed on monday.", "monday", "DATE", "2015-09-14"),
    # ---- history and eras --------------------------------------------------------------------
    C("Augustus died in 14 AD.", "14 AD", "DATE", "0014", "0014-01-01", "0014-12-31"),
    C("The town was founded in AD 43.", "AD 43", "DATE", "0043"),
    C("The temple dates from the 1st century BC.", "the 1st century BC", "DATE", "BC00", "-",
      "-"),
    # convention: TIMEX3 century BC values count like AD ones (1st century BC = BC00)
    C("Caesar was murdered in 44 BC.", "44 BC", "DATE", "BC0044", "-", "-"),
    C("The abbey was built in 800 CE.", "800 CE", "DATE", "0800"),
    C("Rome was sacked in the 5th century.", "5th century", "DATE", "04", "0400-01-01",
      "0499-12-31"),
    C("The aqueduct was built in the 2nd century AD.", "2nd century AD", "DATE", "01",
      "0100-01-01", "0199-12-31"),
]

NEGATIVE = [
    ("The crowd counted 10,000 people at the rally.", "10,000"),
    ("The quake left 2,000 dead in the valley.", "2,000"),
    ("Turnout reached 45% in the capital.", "45%"),
    ("The 70th session of the assembly opens today.", "70th"),
    ("He won in the first round with ease.", "first round"),
    ("Officials may announce the results soon.", "may"),
    ("Thousands joined the march through the capital.", "march"),
    ("The probe reached Mars after seven months.", "Mars"),
    ("She asked for a second opinion on the scan.", "second"),
    ("Call 555-1212 for tickets.", "555-1212"),
    ("The final score was 3-2 after extra time.", "3-2"),
    ("He lives at 2014 Elm Street in the old town.", "2014 Elm"),
    ("The repairs cost $1,500 in total.", "$1,500"),
    ("The ticket costs $2015 at the door.", "2015"),
    ("A 6-year-old boy was found safe.", "6-year-old"),
    ("Mr. Smith, 52 years old, will retire in the spring.", "52 years old"),
    ("The plant saves $3 million a year in fuel.", "a year"),
    ("We saw this house from the road.", "this"),
    ("This is a hard case for the court.", "This"),
    ("The minister met Jan Peters in Prague.", "Jan"),
    ("The club has nineteen twenty-year-olds on its roster.", "nineteen"),
    ("The current account deficit widened again.", "current"),
    ("She left as soon as the rain stopped.", "soon"),
    ("The island imports three-quarters of its grain.", "three-quarters"),
    ("Such habits are rare in today's world.", "today's"),
    ("Members pay $1.50 a month for the service.", "a month"),
    ("Exports should grow 4% annually until the crisis.", "annually"),
    ("The family bought a Christmas tree downtown.", "Christmas"),
    ("He reads the morning papers at home.", "morning"),
    # ======== calendar families (issue 8 §2 years and periods, issue 13) ========
    # two-digit years vs counts
    ("The team won 14 victories in 17 races.", "17"),
    ("He played in 98 games that season.", "98"),
    ("Route 66 crosses eight states.", "66"),
    ("She scored 87 points in '98.", "87"),
    # numeric dates: day/month order
    ("The vote was 17 02 in committee.", "17 02"),
    ("The patient took 2/3 of the dose.", "2/3"),
    ("He scored 30/40 on the test.", "30/40"),
    # periods
    ("The late Queen Mother opened the hall.", "late"),
    ("She reached the final quarter of the course.", "the final quarter"),
    ("The first half ended goalless.", "The first half"),
    # ordinals
    ("She came first in the race.", "first"),
    ("She won the 19th stage of the race.", "19th"),
    ("The 30th anniversary gala was cancelled.", "30th"),
    # start / end of a period
    ("The end of the film surprised everyone.", "The end"),
    ("The beginning of the book is slow.", "The beginning"),
    # ordinal parts
    ("The Audi Q4 was unveiled in Geneva.", "Q4"),
    ("The Fourth Estate criticised the plan.", "Fourth"),
    # holidays
    ("The family bought a Christmas tree downtown.", "Christmas"),
    ("Easter eggs were sold out in the shop.", "Easter"),
    ("They bought a Black Friday deal online.", "Black Friday"),
    ("Easter Island lies in the Pacific.", "Easter"),
    ("The Thanksgiving turkey was too big.", "Thanksgiving"),
    ("He read about Ramadan customs in school.", "Ramadan"),
    # relative days
    ("They handle the day-to-day work.", "day-to-day"),
    ("The night shift starts soon.", "night shift"),
    # seasons
    ("She wore a winter coat.", "winter"),
    ("The spring in the mattress broke.", "spring"),
    ("The fall of the Berlin Wall changed Europe.", "fall"),
    # numeric dates (issue 13)
    ("The bill passed 51-49 in the Senate.", "51-49"),
    ("The bike has a 12/32 cassette.", "12/32"),
    # lowercase names
    ("Officials may announce the results soon.", "may"),
    ("Thousands joined the march through the capital.", "march"),
    ("He sat in the sun all afternoon.", "sat"),
    ("The sun set behind the hills.", "sun"),
    ("It is an august institution.", "august"),
    # history
    ("The AD agency won the contract.", "AD"),
    ("The BC Lions won the Grey Cup.", "BC"),
    ("He scored 44 points before half time.", "44"),
]


# Determiners and modifiers are inside the extent, signal words outside.
EXTENTS = [
    ("Exports fell in the past three years.", "the past three years"),
    ("The firm grew earlier this year.", "earlier this year"),
    ("It will act in five years.", "five years"),
    ("The guard must act within a week.", "a week"),
    ("Russia has often claimed that in the past.", "the past"),
    ("Profits rose in the third quarter.", "the third quarter"),
]

TABLE = CaseTable(tuple(CASES), tuple(NEGATIVE), tuple(EXTENTS))
