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
    C("Crime has dropped in recent years.", "recent years", "DURATION", "PXY"),
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
    # a date that opens the sentence takes the tense of the clause after its comma: a past form
    # after a subject pronoun, a past auxiliary
    C("On December 14, he resigned.", "December 14", value="2014-12-14"),
    C("In November, they quietly sold the plant.", "November", value="2014-11"),
    C("In October, the old bridge was closed to trucks.", "October", value="2014-10"),
    C("In October, the bridge will close to trucks.", "October", value="2015-10"),
    # a part of the story's day, or of the day before or after it; a part of day on a date
    C("The plane landed on March 3, 2012. That night, the storm hit.", "That night", "TIME", "2012-03-03TNI"),
    C("The plane landed on March 3, 2012. The next morning, the crew left.", "The next morning", "TIME", "2012-03-04TMO"),
    C("The plane landed on March 3, 2012. The night before, fog had closed the airport.", "The night before", "TIME", "2012-03-02TNI"),
    C("Bids are due by noon on Sept. 25.", "noon on Sept. 25", "TIME", "2015-09-25T12:00"),
    C("Around October, the suspect moved to Ohio.", "October", "DATE"),
    # the past perfect is background: its date does not move the story; a move in days counts
    # from the last day when the last date is coarser (a century named in passing)
    C("The ship sailed on April 14, 1865. Its escort had left four days earlier. The next morning, the fog lifted.", "The next morning", "TIME", "1865-04-15TMO"),
    C("The ship sailed on April 14, 1865. Its escort had left four days earlier. The next morning, the fog lifted.", "four days earlier", value="1865-04-10"),
    C("The plant opened on May 2, 1990, and its 20th-century machinery soon failed. Four days later, the mayor came.", "Four days later", value="1990-05-06"),
    # a sports season is found, before, at or after the reference date, and not dated
    C("Last season, the Bills won ten games.", "Last season", "DATE", "PAST_REF", "-", "-"),
    C("He will miss most of next season.", "next season", "DATE", "FUTURE_REF"),
    # a quantity counted in a length is a span, not a date ahead
    C("The center received 3,300 calls in eight hours.", "eight hours", "DURATION", "PT8H"),
    C("The talks will resume in two weeks.", "two weeks", "DATE", "2015-09-29"),
    # a range of weekdays runs forward, in the week the tense gives; clock times before a day
    # are on that day
    C("From Monday to Friday, the president will be in China.", "Monday to Friday", start="2015-09-21", end="2015-09-25"),
    C("The shop will open from 9 a.m. to 5 p.m. on Friday.", "9 a.m. to 5 p.m. on Friday", "TIME", "2015-09-18T09:00/2015-09-18T17:00"),
    # a clock time and the half of the day in words; in a narrative, a clock time with no day
    # of the story before it is not on the reader's day
    C("The ferry left at 7 in the evening on Friday, September 18.", "7 in the evening on Friday, September 18", "TIME", "2015-09-18T19:00"),
    C("In 1888, the widow lived in London. At 8:30 on the evening of the fire, she was seen in a pub.", "8:30", "TIME", "XXXX-XX-XXT20:30", "-", "-"),
    # "pm" without dots after hours and minutes; a range whose first end closes with a comma
    C("The train steamed into the station at 8:20 pm, while the crowd waited.", "8:20 pm", "TIME", "2015-09-15T20:20"),
    C("Between Sept. 14, 2013, and Jan. 31, 2014, claims were frozen.", "Sept. 14, 2013, and Jan. 31, 2014", start="2013-09-14", end="2014-01-31"),
    # two quarters in a row named once
    C("Jobless claims fell in the second and third quarters of 2014.", "second and third quarters of 2014", start="2014-04-01", end="2014-09-30"),
    # "one day" opening a clause is some day of the story, not a length
    C("One day, the mayor found the letter on his desk.", "One day", "DATE", "XXXX-XX-XX", "-", "-"),
    C("The strike lasted one day.", "one day", "DURATION", "P1D"),
    # "early in" / "late in" a period is its part, as "early 2014" is
    C("Late in 2013, the firm cut jobs.", "Late in 2013", value="2013", start="2013-09-01", end="2013-12-31"),
    C("Early in the 20th century, the port grew fast.", "Early in the 20th century", value="19", start="1900-01-01"),
    C("Late in the 1980s, the plant moved south.", "Late in the 1980s", value="198", start="1987-01-01", end="1989-12-31"),
    # a negation before "until" or "before": the date is when it happens, not a bound
    C("Deliberations did not begin until March 9.", "March 9", value="2015-03-09", start="2015-03-09", end="2015-03-09"),
    C("The singer didn't win an award until 2013.", "2013", start="2013-01-01", end="2013-12-31"),
    C("It was not until 1769 that the ship came back.", "1769", start="1769-01-01", end="1769-12-31"),
    C("The bridge will not reopen before 2020.", "2020", start="2020-01-01", end="-"),
    # "next weekend" is the next one to come, as "next Monday" is (ref Tuesday 15 September)
    C("Next weekend, the museum will open its new wing.", "Next weekend", value="2015-W38-WE"),
    # ... and when it does not, news leans to the past, unless the next one is much closer
    C("Shares of the bank closed higher Friday on Wall Street.", "Friday", value="2015-09-11"),
    C("Talks resume Wednesday in Geneva.", "Wednesday", value="2015-09-16"),
    C("Gulf markets: trading Sunday morning, prices steady.", "Sunday morning", "TIME",
      "2015-09-13TMO"),
    C("The summit in April drew protests.", "April", value="2015-04"),
    # "drew" is a past verb: the summit of April 2015 (a November that drew protests is 2014)
    C("The summit in November will draw protests.", "November", value="2015-11"),
    C("The launch is planned for late October.", "late October", value="2015-10"),
    C("A summit is set for early March.", "early March", value="2016-03"),
    # relative to the story
    C("The firm was founded in 1998. Two years later it went public.", "Two years later", value="2000"),
    C("He arrived on March 3, 2012. The next day he left.", "The next day", value="2012-03-04"),
    C("She landed on May 2, 2011. The day before, it snowed.", "The day before", value="2011-05-01"),
    C("Profit rose in the third quarter, up from $5 million a year earlier.", "a year earlier", value="2014-Q3"),
    C("He moved there in 2004 and married the following year.", "the following year", value="2005"),
    # ranges and open periods
    # a weekday before each end of a range of days; both ends without a year share one
    C("The museum will close from Monday 21 to Wednesday 23 September.", "Monday 21 to Wednesday 23 September", start="2015-09-21", end="2015-09-23"),
    C("From January to March, sales fell.", "January to March", value="2014-01/2014-03", start="2014-01-01", end="2014-03-31", ref="2015-02-10"),
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
    # "that day" on its own, "the same day", "that week": the story's day or week
    C("A gas leak was found on Aug. 8, 2016. Crews sealed it that day.", "that day", value="2016-08-08"),
    C("The suit was filed on 2 Feb. 2021 and dismissed the same day.", "the same day", value="2021-02-02"),
    C("The mine flooded on April 11, 1994, and two more shafts closed that week.", "that week",
      "DATE", "1994-W15", "1994-04-11", "1994-04-17"),
    C("The mayor took office in May 1987 and was sued the same month.", "the same month",
      value="1987-05"),
    C("Three days later, the index had recovered.", "Three days later", "DURATION", "P3D"),

    # ================ issue 8: story time, genre, weekday + day, direction (discourse)
    # ---- issue 8 §1: story time, a yearless date takes its year from the focus -----------------
    C("The factory opened on 3 May 1962. On 12 November, the first cars left the line.",
      "12 November", "DATE", "1962-11-12", "1962-11-12", "1962-11-12"),
    C("In 1987 the mill shut in April and reopened in October.", "October", "DATE", "1987-10",
      "1987-10-01", "1987-10-31"),
    C("In 1987 the mill shut in April and reopened in October.", "April", "DATE", "1987-04"),
    C("The bill passed on March 3, 1999, and the governor signed it on March 20.", "March 20",
      "DATE", "1999-03-20"),
    C("Her first novel appeared in 1934. By December it had sold 40,000 copies.", "December",
      "DATE", "1934-12", "-", "1934-12-31"),
    C("Troops landed in Sicily in July 1943. On 25 July, Mussolini was deposed; on 8 September, "
      "Italy surrendered.", "8 September", "DATE", "1943-09-08"),
    C("The band toured Japan in 2004. In the autumn they recorded their third album.",
      "the autumn", "DATE", "2004-FA", "2004-09-01", "2004-11-30"),
    C("Floods struck the delta in 1953. That spring, engineers drew up the plan.", "That spring",
      "DATE", "1953-SP", "1953-03-01", "1953-05-31"),
    # ---- story time, relative words count from the focus, not from the reference date --------
    C("He joined the firm in 1971 and became a partner the following year.", "the following year",
      "DATE", "1972", "1972-01-01", "1972-12-31"),
    C("Revenue grew 4% in the second quarter of 2013, after a decline in the previous quarter.",
      "the previous quarter", "DATE", "2013-Q1", "2013-01-01", "2013-03-31"),
    C("The cholera outbreak began in 1854; that year, more than 600 people died in Soho.",
      "that year", "DATE", "1854", "1854-01-01", "1854-12-31"),
    C("The treaty was signed on 4 April 1949. The week before, ministers had met in London.",
      "The week before", "DATE", "1949-W13", "1949-03-28", "1949-04-03"),
    C("She won the title in 2006 and lost it the year after.", "the year after", "DATE", "2007"),
    C("The strike started on Jan. 5, 1970; two weeks later the mines were empty.",
      "two weeks later", "DATE", "1970-01-19", "1970-01-19", "1970-01-19"),
    # in a narrative, "the month", "the next month" count from the story's date
    C("Strikes paralysed the ports in March 1926. During the month, coal prices doubled.",
      "the month", "DATE", "1926-03", "1926-03-01", "1926-03-31"),
    C("The dam was finished in June 1936, and the turbines started the next month.",
      "the next month", "DATE", "1936-07", "1936-07-01", "1936-07-31"),
    # ---- genre: narrative (biography, history) prefers the story; news the reference date -----
    # narrative: a biography, far from its publication date
    C("Ada Brennan (1890-1962) was an Irish aviator. She learned to fly in 1911. In August she "
      "crossed the Irish Sea alone.", "August", "DATE", "1911-08"),
    C("The abbey was founded in 1132 by twelve monks. On 14 May, the first stones were laid.",
      "14 May", "DATE", "1132-05-14"),
    C("The emperor fell ill in 1612. The following spring he died at Prague.",
      "The following spring", "DATE", "1613-SP", "1613-03-01", "1613-05-31"),
    # news: a past year in a relative clause is background, the news is about the reference
    C("The plant, which opened in 1962, will close in December, the company said.", "December",
      "DATE", "2015-12", "2015-12-01", "2015-12-31"),
    C("The bank, founded in 1870, reported on Monday a 5% fall in profits.", "Monday", "DATE",
      "2015-09-14"),
    C("Smith, who was first elected in 1998, said on Thursday that he would not run again.",
      "Thursday", "DATE", "2015-09-10"),
    C("The museum, built in 1904, reopens in October after repairs.", "October", "DATE",
      "2015-10"),
    # a date in an embedded clause takes its tense from that clause, not from the main verb
    # after it (the main verb says nothing of the clause's date)
    C("The plant, which opened in March, will close in June.", "March", "DATE", "2015-03"),
    C("Shareholders, who met in a special meeting on March 1, will receive $12 a share.",
      "March 1", "DATE", "2015-03-01"),
    C("The board, which approved the plan in a March 1 vote, will meet again.", "March 1",
      "DATE", "2015-03-01"),
    C("The plant, which opened in March, will close in June.", "June", "DATE", "2016-06"),
    C("The hall, which will reopen in March, was built in 1904.", "March", "DATE", "2016-03"),
    # a date qualifying a noun after a preposition: the verb before it governs it
    C("Shareholders approved the deal at a March 1 meeting and will receive $12 a share.",
      "March 1", "DATE", "2015-03-01"),
    C("The firm disclosed the loss in a March 3 filing and will restate its accounts.",
      "March 3", "DATE", "2015-03-03"),
    C("The company will hold the vote at its March 3 meeting.", "March 3", "DATE",
      "2016-03-03"),
    C("Her mother received in March a sum which would be worth a fortune now.", "March",
      "DATE", "2015-03"),
    C("The decision, expected in March, will be final.", "March", "DATE", "2016-03"),
    # an intention in the present looks ahead; a past one does not say
    C("The company announced plans to reopen the plant on June 21.", "June 21", "DATE",
      "2016-06-21"),
    C("The mayor hopes to open the bridge in May.", "May", "DATE", "2016-05"),
    C("The mayor opened the bridge in May.", "May", "DATE", "2015-05"),
    C("The bonus will be paid at a still undisclosed date in February.", "February", "DATE",
      "2016-02"),
    # a present copula right before the date states a schedule: ahead (ref Tuesday 15 Sep)
    C("The vote is at 5:30 p.m. on Monday.", "5:30 p.m. on Monday", "TIME", "2015-09-21T17:30"),
    C("The deadline is Friday, the agency said.", "Friday", "DATE", "2015-09-18"),
    C("The final is in March.", "March", "DATE", "2016-03"),
    C("The hearing was on Monday.", "Monday", "DATE", "2015-09-14"),
    # a quarter or a length said to end on a date ends there (a fiscal quarter keeps its name)
    C("BHP earned $518 million in its first quarter ended Sept. 30.", "its first quarter", "DATE",
      "2015-Q1", "2015-07-01", "2015-09-30", ref="2015-11-10"),
    C("Net rose in the nine months ended June 30.", "the nine months", "DURATION", "P9M",
      "2014-10-01", "2015-06-30"),
    C("Profit rose in the third quarter.", "the third quarter", "DATE", "2015-Q3", "2015-07-01",
      "2015-09-30"),
    # "from" before the same period a year before is a comparison's baseline, not a start
    C("Profits rose 27 percent in the third quarter from the same period last year.",
      "the same period last year", "DATE", "2014-Q3", "2014-07-01", "2014-09-30"),
    C("Sales fell in the second quarter from year-ago levels.", "year-ago", "DATE", "2014-Q2",
      "2014-04-01", "2014-06-30"),
    # a quarter of a fiscal year named with "year", and ended on the date after it
    C("Net income for the third quarter of fiscal year 2011, ended Dec. 31, 2010, doubled.",
      "the third quarter of fiscal year 2011", "DATE", "2011-Q3", "2010-10-01", "2010-12-31"),
    # the quarter a date after it ends is the period the text speaks of: "the year-ago
    # quarter" is that one a year back, a fiscal one by its own days
    C("Net sales for the third quarter, ended Sept. 30, 2012, topped the year-ago quarter.",
      "the third quarter", "DATE", "2012-Q3", "2012-07-01", "2012-09-30"),
    C("Net sales for the third quarter, ended Sept. 30, 2012, topped the year-ago quarter.",
      "the year-ago quarter", "DATE", "2011-Q3", "2011-07-01", "2011-09-30"),
    C("Sales for the second quarter of fiscal 2010, ended Nov. 27, 2009, beat the year-ago quarter.",
      "the year-ago quarter", "DATE", "2009-Q2", "2008-08-28", "2008-11-27"),
    C("Orders in the quarter ended June 30 fell from the year-earlier period.",
      "the year-earlier period", "DATE", "2014-Q2", "2014-04-01", "2014-06-30"),
    # a quarter named with "a year ago": that quarter of the year before the one in focus
    C("Revenue for the fourth quarter of 2011 beat the fourth quarter a year ago.",
      "the fourth quarter a year ago", "DATE", "2010-Q4", "2010-10-01", "2010-12-31"),
    C("Revenue for the fourth quarter of 2011 rose; the third quarter a year earlier was weak.",
      "the third quarter a year earlier", "DATE", "2010-Q3", "2010-07-01", "2010-09-30"),
    C("Costs were lower than in the first quarter a year ago.", "the first quarter a year ago",
      "DATE", "2014-Q1", "2014-01-01", "2014-03-31"),
    # a clock time in the past after a few days of the story (a weekend, a week): one of them
    C("The fire broke out last weekend. Crews arrived at 3 a.m.", "3 a.m.", "TIME",
      "XXXX-XX-XXT03:00", "-", "-"),
    # in a narrative, a day and month given earlier with their year are that date, unless
    # the story has moved since ("A year later, on 3 May")
    C("She was born on 3 May 1901 in Leeds, moved to London in 1920, married in 1925 and "
      "published a novel in 1931. She died in 1970. Her diary for 3 May recalls her childhood.",
      "3 May recalls", "DATE", "1901-05-03"),
    C("He married on 3 May 1920 in Leeds, moved in 1921, worked in 1925 and retired in 1931. "
      "A year later, on 3 May, his son was born.", "on 3 May,", "DATE", "1932-05-03"),
    # a quarter the text showed to be fiscal: its quarters named again are counted from it
    C("Sales for the first quarter of fiscal 2012, ended Aug. 26, 2011, rose. The second "
      "quarter of fiscal 2012 will be harder.", "The second quarter of fiscal 2012", "DATE",
      "2012-Q2", "2011-08-27", "2011-11-26"),
    C("Sales for the first quarter of fiscal 2012, ended Aug. 26, 2011, rose. In the first "
      "quarter of fiscal 2012, costs fell.", "the first quarter of fiscal 2012", "DATE",
      "2012-Q1", "2011-05-27", "2011-08-26"),
    # a fiscal year or quarter abbreviated
    C("The chipmaker cut its FY2016 outlook.", "FY2016", "DATE", "2016"),
    C("Results for Q3 FY'09 beat forecasts.", "Q3 FY'09", "DATE", "2009-Q3", "2009-07-01",
      "2009-09-30"),
    # the period in focus in another year
    C("Sales for the second quarter of 2013 beat the same period of 2011.",
      "the same period of 2011", "DATE", "2011-Q2", "2011-04-01", "2011-06-30"),
    C("Sales in May 2013 fell short of the same month in 2012.", "the same month in 2012",
      "DATE", "2012-05", "2012-05-01", "2012-05-31"),
    # a change measured from a date: the date is the baseline, not an open start
    C("Exports climbed 12 percent from the first quarter of last year.",
      "the first quarter of last year", "DATE", "2014-Q1", "2014-01-01", "2014-03-31"),
    C("Attendance was down from 2012, the museum said.", "2012", "DATE", "2012", "2012-01-01",
      "2012-12-31"),
    C("The index had slipped 40 points from Friday.", "Friday", "DATE", "2015-09-11",
      "2015-09-11", "2015-09-11"),
    # the end of a working day named by its weekday, with "by" before it (ref Tuesday)
    C("The agency hopes to reopen the bridge by the end of the day Thursday.",
      "the end of the day Thursday", "DATE", "2015-09-17", "-", "2015-09-17"),
    C("Offers must be filed by end of day Friday.", "end of day Friday", "DATE", "2015-09-18",
      "-", "2015-09-18"),
    # "as of" a date: the state at that date, not an open start
    C("As of March 31, 2014, the fund held $2 billion in bonds.", "March 31, 2014", "DATE",
      "2014-03-31", "2014-03-31", "2014-03-31"),
    C("As of Monday night, 300 homes were still flooded.", "Monday night", "TIME",
      "2015-09-14TNI", "2015-09-14", "2015-09-14"),
    # with no change before it, "from" still opens the date
    C("The gallery has been open to the public from May.", "May", "DATE", "2015-05",
      "2015-05-01", "-"),
    # a verb of schedule in the present looks ahead (ref Tuesday 15 Sep); a past one does not
    C("The trial opens Monday in Paris.", "Monday", "DATE", "2015-09-21"),
    C("The club plays Nantes on Saturday.", "Saturday", "DATE", "2015-09-19"),
    C("Voting begins in March.", "March", "DATE", "2016-03"),
    C("Trading opens Sunday morning in the Gulf.", "Sunday morning", "TIME", "2015-09-20TMO"),
    C("The museum opened Monday.", "Monday", "DATE", "2015-09-14"),
    C("The talks Monday ended without a deal.", "Monday", "DATE", "2015-09-14"),
    # a clock time with a dot between hours and minutes (British use) and a time zone
    C("The final whistle went at 10.02pm GMT.", "10.02pm GMT", "TIME", "2015-09-15T22:02"),
    C("Kick-off is at 7.45 p.m. on Saturday.", "7.45 p.m. on Saturday", "TIME",
      "2015-09-19T19:45"),
    # a range of clock times that runs past midnight ends the next day
    C("The curfew runs from 9 p.m. to 6 a.m.", "9 p.m. to 6 a.m.", "TIME",
      "2015-09-15T21:00/2015-09-16T06:00", "2015-09-15", "2015-09-16"),
    C("The store is open from 9 a.m. to 6 p.m.", "9 a.m. to 6 p.m.", "TIME",
      "2015-09-15T09:00/2015-09-15T18:00", "2015-09-15", "2015-09-15"),
    # ---- a weekday + day of month pin the year ------------------------------------------------
    # ref 2024-01-10: the issue's own setting, a weekday far from the reference year
    C("On Tuesday, June 14, the strike resumed at the port.", "Tuesday, June 14", "DATE",
      "2022-06-14", ref="2024-01-10"),
    C("On Saturday, September 20, the plant closed its doors.", "Saturday, September 20",
      "DATE", "2014-09-20"),
    C("He was born on Wednesday, 29 February, in a snowstorm.", "Wednesday, 29 February",
      "DATE", "2012-02-29"),
    C("The museum will reopen on Monday, October 3.", "Monday, October 3", "DATE", "2016-10-03"),
    # convention: a weekday that would move the date more than two years from its own
    # occurrence is taken for a slip: the date stays where the tense puts it, with a warning
    # (the ferry's 2 October was a Sunday in 2011, the storm's 9 November a Thursday in 2006)
    C("The ferry sank on Sunday, October 2, with 300 people on board.", "Sunday, October 2",
      "DATE", "2014-10-02"),
    C("The storm struck the coast on Thursday, November 9.", "Thursday, November 9", "DATE",
      "2014-11-09"),
    C("The trial opened Saturday 21 May in the capital.", "Saturday 21 May", "DATE", "2015-05-21"),
    # a weekday that agrees with this year's date keeps this year
    C("The talks resumed on Friday, 15 September 2015.", "15 September 2015", "DATE",
      "2015-09-15"),
    # convention: an explicit year wins over a weekday that contradicts it (15 September 2015 is a
    # Tuesday): the date stands and the tool warns, it does not crash
    C("The results came out on Friday, Sept. 11.", "Friday, Sept. 11", "DATE", "2015-09-11"),
    # ---- direction from the verb: will / would / is to / was to / said -------------------------
    C("Ministers are to meet in Brussels on Thursday.", "Thursday", "DATE", "2015-09-17"),
    C("The senator said Friday that the bill would pass.", "Friday", "DATE", "2015-09-11"),
    C("He said the treaty would be signed on Wednesday.", "Wednesday", "DATE", "2015-09-16"),
    # convention: "would" after a past "said" looks ahead from the reference date
    C("Talks that began on Monday will continue next week.", "Monday", "DATE", "2015-09-14"),
    C("The agency said Thursday it will publish the figures Friday.", "Friday", "DATE",
      "2015-09-18"),
    C("The agency said Thursday it will publish the figures Friday.", "Thursday", "DATE",
      "2015-09-10"),
    C("The verdict, which was to be read on Friday, has been postponed.", "Friday", "DATE",
      "2015-09-11"),  # convention: "was to" + a cancelled plan = the past occurrence
    # the week a day falls in
    C("Ballots will be mailed the week of October 12.", "the week of October 12", "DATE",
      "2015-W42", "2015-10-12", "2015-10-18"),
    C("The crew spent the week of 3 August 2009 at sea.", "the week of 3 August 2009", "DATE",
      "2009-W32", "2009-08-03", "2009-08-09"),
    # "was going to" looks ahead, as "would" does; "was" alone does not
    C("The board agreed that Nov. 2 was going to be the last day of sales.", "Nov. 2", "DATE",
      "2015-11-02"),
    C("The board agreed that March 2 was the last day of sales.", "March 2", "DATE",
      "2015-03-02"),
    C("The lawyers filed the appeal Wednesday; a hearing will follow.", "Wednesday", "DATE",
      "2015-09-09"),
    # a programme's items are on its heading's day; a live report's posts are not on the day
    # the previous post spoke of
    C("Program for Saturday, March 3, 2012\n9:30 a.m. - Registration", "9:30 a.m.", "TIME",
      "2012-03-03T09:30"),
    C("The minister arrived in Lyon on Monday and went straight to the\n10 a.m. meeting with "
      "the mayor.", "10 a.m.", "TIME", "2015-09-14T10:00"),  # wrapped prose: no stamp
    C("Strike live.\n\n5:21 p.m.: Transit officials said service will be cut tomorrow."
      "\n\n4:43 p.m.: Traffic jams grew across the city.", "4:43 p.m.", "TIME",
      "2015-09-15T16:43"),
    # a past verb with its object or a "with" phrase before the date, in a sentence whose main
    # verb looks ahead: the date is the verb's
    C("The plant will close on Oct. 30, according to the notice the company sent the state "
      "labor commission on Aug. 20.", "Aug. 20", "DATE", "2015-08-20"),
    C("The mine will reopen next year under a plan the owners filed with the state on Aug. 14.",
      "Aug. 14", "DATE", "2015-08-14"),
    C("The board reported it will hold the vote on Aug. 14.", "Aug. 14", "DATE", "2016-08-14"),
    C("Officials said the mill would restart on Aug. 14.", "Aug. 14", "DATE", "2016-08-14"),
    # ---- direction from signal words ----------------------------------------------------------
    C("A convoy carrying aid is due to arrive Saturday.", "Saturday", "DATE", "2015-09-19"),
    C("Police have questioned him since Monday.", "Monday", "DATE", "2015-09-14", "2015-09-14",
      "2015-09-15"),
    C("The border stays shut until Thursday.", "Thursday", "DATE", "2015-09-17", "-",
      "2015-09-17"),
    C("The report must be filed by Friday.", "Friday", "DATE", "2015-09-18", "-", "2015-09-18"),
    C("The shop was robbed last Saturday.", "last Saturday", "DATE", "2015-09-12"),
    C("The new line opens this coming Saturday.", "this coming Saturday", "DATE", "2015-09-19"),
    C("Starting Thursday, buses will run every ten minutes.", "Thursday", "DATE", "2015-09-17",
      "2015-09-17", "-"),
    # ---- phrases (issue 8 §2, issue 13): times of day, date + time, durations, ranges,
    # rolling windows, vague references, sets, traps; cases adopted from the scratch tables
    # a clock time takes the date of a day word after it
    C('Polls open at 8 p.m. tomorrow.', '8 p.m. tomorrow', type='TIME', value='2015-09-16T20:00'),
    C('The alarm went off at 6:45 a.m. Monday.', '6:45 a.m. Monday', type='TIME', value='2015-09-14T06:45'),
    C('The fire started at 11 p.m. yesterday in a warehouse.', '11 p.m. yesterday', type='TIME', value='2015-09-14T23:00'),
    C('At 3:30 p.m., Sunday, the first results came in.', '3:30 p.m., Sunday', type='TIME', value='2015-09-13T15:30'),
    C('Markets reopen at 10 a.m. today.', '10 a.m. today', type='TIME', value='2015-09-15T10:00'),
    # fractional durations
    C('The meeting lasted half an hour.', 'half an hour', type='DURATION', value='PT30M', start='-', end='-'),
    C('The two clubs have been rivals for a half-century.', 'a half-century', type='DURATION', value='P50Y'),
    C('Rescuers waited a quarter of an hour for the crane.', 'a quarter of an hour', type='DURATION', value='PT15M'),
    C('The strike will cost the firm half a day of output.', 'half a day', type='DURATION', value='PT12H'),
    C('He spent a year and a half in prison.', 'a year and a half', type='DURATION', value='P1Y6M'),
    C('The speech ran three-quarters of an hour.', 'three-quarters of an hour', type='DURATION', value='PT45M'),
    C('For half a century, the town lived from coal.', 'half a century', type='DURATION', value='P50Y'),
    # in + duration: a span, not a future date
    C('Inflation hit its highest rate in 20 years.', '20 years', type='DURATION', value='P20Y'),
    C('The engineers built the footbridge in 90 days.', '90 days', type='DURATION', value='P90D', start='-', end='-'),
    C('It was the worst harvest in a decade.', 'a decade', type='DURATION', value='P10Y'),
    C('The crew repaired the line in six hours.', 'six hours', type='DURATION', value='PT6H', start='-', end='-'),
    C('Prices fell for the first time in three months.', 'three months', type='DURATION', value='P3M'),
    C('The team lost four games in eight days.', 'eight days', type='DURATION', value='P8D'),
    C('The results will be announced in two days.', 'two days', start='2015-09-17', end='2015-09-17'),
    # over the next decade, the past five years
    C('Demand for power will double over the next decade.', 'the next decade', type='DURATION', value='P10Y'),
    C('Rents have risen 30% in the past five years.', 'the past five years', type='DURATION', value='P5Y', start='2010-09-15', end='2015-09-15'),
    C('The city plans to plant 10,000 trees over the next five years.', 'the next five years', type='DURATION', value='P5Y'),
    C('Over the last decade, the region lost a third of its jobs.', 'the last decade', type='DURATION', value='P10Y', start='2005-09-15', end='2015-09-15'),
    C('During the coming months the bridge will be repainted.', 'the coming months', type='DURATION', value='PXM'),
    # bare plural units
    C('The gunman fled minutes before the police arrived.', 'minutes', type='DURATION', value='PTXM'),
    C('Clearing the debris could take weeks.', 'weeks', type='DURATION', value='PXW'),
    C('The negotiations dragged on for months.', 'months', type='DURATION', value='PXM'),
    C('Within hours, the video had been shared a million times.', 'hours', type='DURATION', value='PTXH'),
    C('The family waited years for an answer.', 'years', type='DURATION', value='PXY'),
    C('The patient was discharged days after the operation.', 'days', type='DURATION', value='PXD'),
    # h:mm:ss race times
    C('She won the marathon in 2:19:36.', '2:19:36', type='DURATION', value='PT2H19M36S', start='-', end='-'),
    C('His winning time of 3:58:12 was a course record.', '3:58:12', type='DURATION', value='PT3H58M12S'),
    C('The leader crossed the line in 1:07:45, ahead of the pack.', '1:07:45', type='DURATION', value='PT1H7M45S'),
    C('The stage was completed in 4:31:02 by the Belgian rider.', '4:31:02', type='DURATION', value='PT4H31M2S'),
    # recent / coming periods as durations
    C('Tensions have risen in recent months.', 'recent months', type='DURATION', value='PXM'),
    C('In recent weeks, prices have fallen.', 'recent weeks', type='DURATION', value='PXW'),
    C('The party has lost ground in recent years.', 'recent years', type='DURATION', value='PXY'),
    C('Sales have slowed in the last few months.', 'the last few months', type='DURATION', value='PXM'),
    C('In the past few days, three ships were seized.', 'the past few days', type='DURATION', value='PXD'),
    # durations that sit next to ages (the age is a negative case)
    C('The court handed down a sentence of two years.', 'two years', type='DURATION', value='P2Y'),
    C('He was jailed for 18 months for fraud.', '18 months', type='DURATION', value='P18M'),
    C('Children aged 6 months to 5 years will be vaccinated within three weeks.', 'three weeks', type='DURATION', value='P3W'),
    C('The 40-year-old driver was banned for three years.', 'three years', type='DURATION', value='P3Y'),
    # ranges with an elliptical first end
    C('The course lasts from three to five years.', 'three to five years', type='DURATION', value='P3Y/P5Y'),
    C('He coached the club in the 2005-06 season.', '2005-06', type='DATE', value='2005/2006', start='2005-01-01', end='2006-12-31'),
    C('The festival ran from March to May 2014.', 'March to May 2014', type='DATE', value='2014-03/2014-05', start='2014-03-01', end='2014-05-31'),
    # a range runs forward: a first end later in the year than the second is in the year before
    C('Layoffs will run from October through March 2021.', 'October through March 2021', value='2020-10/2021-03', start='2020-10-01', end='2021-03-31'),
    C('The mill was idle between November and February 2013.', 'November and February 2013', value='2012-11/2013-02', start='2012-11-01', end='2013-02-28'),
    C('The strike lasted from 28 December to 3 January 2016.', '28 December to 3 January 2016', value='2015-12-28/2016-01-03', start='2015-12-28', end='2016-01-03'),
    C('Orders slumped from the fourth quarter to the first quarter of 2014.', 'the fourth quarter to the first quarter of 2014', value='2013-Q4/2014-Q1', start='2013-10-01', end='2014-03-31'),
    C('The works ran from February through November 2014.', 'February through November 2014', value='2014-02/2014-11', start='2014-02-01', end='2014-11-30'),
    C('Guests stay 10 to 12 days on average.', '10', type='DURATION', value='P10D'),
    # vague references
    C("She was the club's treasurer at the time.", 'the time', value='PAST_REF'),
    C('The hearing was adjourned to a later date.', 'a later date', value='FUTURE_REF'),
    C('Officials will decide at a future date.', 'a future date', value='FUTURE_REF'),
    C('At present, no buyer has come forward.', 'present', value='PRESENT_REF'),
    C('The plan has recently been revised.', 'recently', value='PAST_REF'),
    C('For now, the border remains closed.', 'now', value='PRESENT_REF'),
    # sets
    C('He runs every morning before work.', 'every morning', type='SET', value='XXXX-XX-XXTMO', start='-', end='-'),
    C('Each night, the guards lock the gates.', 'Each night', type='SET', value='XXXX-XX-XXTNI'),
    C('The market is held on Sundays.', 'Sundays', type='SET', value='XXXX-WXX-7'),
    C('Elections are held every four years.', 'every four years', type='SET', value='P4Y'),
    C('The magazine appears weekly.', 'weekly', type='SET', value='P1W'),
    C('The bridge is inspected every other month.', 'every other month', type='SET', value='P2M'),
    C('The choir rehearses every evening.', 'every evening', type='SET', value='XXXX-XX-XXTEV'),
    # traps: the temporal uses that must stay (their non-temporal uses are negatives)
    C('Nobody can say what will happen in the near future.', 'the near future', value='FUTURE_REF'),
    C('In the future, all buses will be electric.', 'the future', value='FUTURE_REF'),
    C('The group published its Nine Month 2021 results.', '2021', type='DATE', value='2021'),
    C('Annual Report 2013-2014\nYears of growth and change', '2013-2014', type='DATE', value='2013/2014', start='2013-01-01', end='2014-12-31'),
    C('Timeline of the strike\n12 May\nWorkers walk out of the plant.', '12 May', type='DATE', value='2015-05-12'),
    C('CHAPTER 4: 1916\nMonths of trench warfare followed.', '1916', type='DATE', value='1916'),
    # bare clock times
    C('The first tremor was felt at 4:23.', '4:23', type='TIME', value='2015-09-15T04:23'),
    C('Yesterday the train left at 10:30 sharp.', '10:30', type='TIME', value='2015-09-14T10:30'),
    C('Flights resumed at 15:45 local time.', '15:45', type='TIME', value='2015-09-15T15:45'),
    C('The polls will close at 19:00.', '19:00', type='TIME', value='2015-09-15T19:00'),
    C('The shop opened at 9.30 this morning.', '9.30', type='TIME', value='2015-09-15T09:30'),
    # ranges between days
    C('The fair was held from 13 to 15 July.', '13 to 15 July', type='DATE', value='2015-07-13/2015-07-15', start='2015-07-13', end='2015-07-15'),
    C('The congress runs 12 to 16 September in Vienna.', '12 to 16 September', type='DATE', value='2015-09-12/2015-09-16', start='2015-09-12', end='2015-09-16'),
    C('Classes were suspended 1-8 September.', '1-8 September', type='DATE', value='2015-09-01/2015-09-08', start='2015-09-01', end='2015-09-08'),
    C('The talks will take place between 3 and 5 October.', '3 and 5 October', type='DATE', value='2015-10-03/2015-10-05', start='2015-10-03', end='2015-10-05'),
    C('The exhibition will run from March 30 to April 2.', 'March 30 to April 2', type='DATE', value='2016-03-30/2016-04-02', start='2016-03-30', end='2016-04-02'),
    C('The strike lasted from June 2 to June 9, 1936.', 'June 2 to June 9, 1936', type='DATE', value='1936-06-02/1936-06-09', start='1936-06-02', end='1936-06-09'),
    C('Roadworks ran November 3-7, 2014.', 'November 3-7, 2014', type='DATE', start='2014-11-03', end='2014-11-07'),
    # lists of days sharing a month: one entry per day ("March 3", "5", "7"; "3", "5", "7 March"),
    # each with the month and the year of the list (the year of its last day when the text gives
    # none); two days in a row stay one span of two days, as "April 24 and 25"
    C("The talks were held on March 3, 5 and 7.", "March 3", "DATE", "2015-03-03", "2015-03-03", "2015-03-03"),
    C("The talks were held on March 3, 5 and 7.", "5", "DATE", "2015-03-05", "2015-03-05", "2015-03-05"),
    C("The talks were held on March 3, 5 and 7.", "7", "DATE", "2015-03-07", "2015-03-07", "2015-03-07"),
    C("The vote took place on 3, 5 and 7 March 2014.", "3", "DATE", "2014-03-03", "2014-03-03", "2014-03-03"),
    C("The vote took place on 3, 5 and 7 March 2014.", "5", "DATE", "2014-03-05"),
    C("The vote took place on 3, 5 and 7 March 2014.", "7 March 2014", "DATE", "2014-03-07"),
    C("Concerts are scheduled for the 14th, 21st and 28th of November.", "14th", "DATE", "2015-11-14", "2015-11-14", "2015-11-14"),
    C("Concerts are scheduled for the 14th, 21st and 28th of November.", "21st", "DATE", "2015-11-21"),
    C("Strikes on May 5, 12, and 19 crippled the railways.", "12", "DATE", "2015-05-12", "2015-05-12", "2015-05-12"),
    C("Strikes on May 5, 12, and 19 crippled the railways.", "19", "DATE", "2015-05-19"),
    C("The final rounds will be played on June 2, 9 and 16, 2016.", "June 2", "DATE", "2016-06-02"),
    C("The final rounds will be played on June 2, 9 and 16, 2016.", "9", "DATE", "2016-06-09"),
    C("The final rounds will be played on June 2, 9 and 16, 2016.", "16, 2016", "DATE", "2016-06-16"),
    C("Polls were held on April 4 and 11.", "April 4", "DATE", "2015-04-04", "2015-04-04", "2015-04-04"),
    C("Polls were held on April 4 and 11.", "11", "DATE", "2015-04-11", "2015-04-11", "2015-04-11"),
    C("In 1998 the company held auditions on 4, 5 and 6 April.", "4", "DATE", "1998-04-04", "1998-04-04", "1998-04-04"),
    C("In 2014, the band played on March 3, 5 and 7 in Leeds.", "7", "DATE", "2014-03-07"),
    C("The museum will close early on the 7th, 14th, 21st and 28th of October.", "21st", "DATE", "2015-10-21"),
    C("The summit met on April 24 and 25.", "April 24 and 25", "DATE", start="2015-04-24", end="2015-04-25"),
    # decades in words ("the nineties" as "the 1990s", after "the"); early/mid/late thirds
    C("Prices soared in the nineties.", "the nineties", "DATE", "199", "1990-01-01", "1999-12-31"),
    C("The firm grew fast in the early eighties.", "the early eighties", "DATE", "198", "1980-01-01", "1983-12-31"),
    C("The house was built in the 'nineties.", "the 'nineties", "DATE", "199"),
    C("Jazz flourished in the twenties.", "the twenties", "DATE", "192", "1920-01-01", "1929-12-31"),
    C("In the late sixties, the band split up.", "the late sixties", "DATE", "196", "1967-01-01", "1969-12-31"),
    C("By the late sixties, the band had split.", "the late sixties", "DATE", "196", "-", "1969-12-31"),
    C("The plant closed at the end of the seventies.", "the end of the seventies", "DATE", "197", "1977-01-01", "1979-12-31"),
    C("In the mid-nineties the company moved to Ohio.", "the mid-nineties", "DATE", "199", "1994-01-01", "1996-12-31"),
    C("The fashions of the nineteen-twenties are back.", "the nineteen-twenties", "DATE", "192"),
    C("Rents doubled during the Thirties and Forties.", "the Thirties", "DATE", "193"),
    # rolling windows: anchored ranges
    C('Sales rose 8% over the last 2 years.', 'the last 2 years', type='DURATION', value='P2Y', start='2013-09-15', end='2015-09-15'),
    C('Crime has fallen over the past two years.', 'the past two years', type='DURATION', value='P2Y', start='2013-09-15', end='2015-09-15'),
    C('She has led the union for the past three years.', 'the past three years', type='DURATION', value='P3Y', start='2012-09-15', end='2015-09-15'),
    C('Exports have stalled in the last six months.', 'the last six months', type='DURATION', value='P6M', start='2015-03-15', end='2015-09-15'),
    C('Three ships were seized in the past 24 hours.', 'the past 24 hours', type='DURATION', value='PT24H', start='2015-09-14', end='2015-09-15'),
    C('For the last ten days, the road has been closed.', 'the last ten days', type='DURATION', value='P10D', start='2015-09-05', end='2015-09-15'),
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
    # calendar families: ordinal parts, a day of the month alone, days in words, case
    C("He retired late last June.", "late last June", "DATE", "2015-06", "2015-06-21",
      "2015-06-30"),
    C("The law took effect on the first of March.", "the first of March", "DATE", "2015-03-01"),
    C("The new timetable will apply March first.", "March first", "DATE", "2016-03-01"),
    C("The vote will take place on Tuesday the 22nd.", "Tuesday the 22nd", "DATE",
      "2015-09-22"),
    C("The contract was signed on Tuesday the 19th.", "Tuesday the 19th", "DATE", "2015-05-19"),
    C("Payments are due on the 30th.", "the 30th", "DATE", "2015-09-30"),
    C("The box office opened on the 3rd.", "the 3rd", "DATE", "2015-09-03"),
    C("They married on the twenty-first of June, 1998.", "the twenty-first of June, 1998",
      "DATE", "1998-06-21"),
    C("He arrived in Lisbon on 2 May 1755. On the 9th he sailed for Brazil.", "the 9th", "DATE",
      "1755-05-09"),
    C("The dam was planned at the end of the 1950s.", "the end of the 1950s", "DATE", "195",
      "1957-01-01", "1959-12-31"),
    C("The vote is held on the first Tuesday of October.", "the first Tuesday of October",
      "DATE", "2015-10-06"),
    # convention (README): the last week of a month is the ISO week of its last Thursday
    C("The plant was shut during the last week of September 2014.",
      "the last week of September 2014", "DATE", "2014-W39", "2014-09-22", "2014-09-28"),
    C("The fair takes place on the first weekend of October.", "the first weekend of October",
      "DATE", "2015-W40-WE", "2015-10-03", "2015-10-04"),
    C("Stores will open early on the last Friday of November.", "the last Friday of November",
      "DATE", "2015-11-27"),
    C("The vote will be held on february 15.", "february 15", "DATE", "2016-02-15"),
    C("We will be home for christmas.", "christmas", "DATE", "2015-12-25"),
    C("prices fell in january 2014.", "january 2014", "DATE", "2014-01"),
    C("He proposed on new year's eve 2012.", "new year's eve 2012", "DATE", "2012-12-31"),
    C("The ruling came on march 3.", "march 3", "DATE", "2015-03-03"),
    C("Output fell in the final quarter of 2011.", "the final quarter of 2011", "DATE",
      "2011-Q4", "2011-10-01", "2011-12-31"),
    C("The firm expects growth in the second half of next year.",
      "the second half of next year", "DATE", "2016-H2", "2016-07-01", "2016-12-31"),
    C("Sales slumped early last month.", "early last month", "DATE", "2015-08", "2015-08-01",
      "2015-08-10"),
    C("The plant was idle for the last quarter of 2013.", "the last quarter of 2013", "DATE",
      "2013-Q4"),
    C("Prisoners were released for Eid al-Fitr.", "Eid al-Fitr", "DATE", "2015-07-17"),
    C("The family met in Jerusalem for Passover.", "Passover", "", "", "2015-04-04"),
    C("The festival will open during Hanukkah.", "Hanukkah", "", "", "2015-12-07",
      "2015-12-14"),
    C("The markets will close for Yom Kippur.", "Yom Kippur", "DATE", "2015-09-23"),
    C("Synagogues were full for Rosh Hashanah.", "Rosh Hashanah", "", "", "2015-09-14"),
    C("Sweet shops expect record sales at Diwali.", "Diwali", "DATE", "2015-11-11"),
    C("Millions travelled home for Chinese New Year.", "Chinese New Year", "DATE", "2015-02-19"),
    C("The report is due a week from today.", "a week from today", "DATE", "2015-09-22"),
    # approximate dates: the word joins the expression, which is approximate (mod APPROX)
    C("The town hall was built around 1892.", "around 1892", "DATE", "1892", "1892-01-01", "1892-12-31"),
    C("The manuscript dates from circa 1750.", "circa 1750", value="1750"),
    C("The ceasefire began roughly in March 2014.", "March 2014", value="2014-03"),
    # a relative year or month that opens a sentence frames it, as a year does; a date placed
    # by the frame passes it on to the rest of the sentence (news: that sentence only)
    C("Last year, on March 10, the plant closed.", "March 10", value="2014-03-10"),
    C("Last month, on the 10th, the plant closed.", "the 10th", value="2015-08-10"),
    C("In 2013 the plant closed on March 10 and reopened on June 2.", "June 2", value="2013-06-02"),
    C("In 2013 the plant closed. On May 3, it exploded.", "May 3", value="2015-05-03"),
    # a length at the start or the end of the date that follows it is placed there
    C("Exports fell 4% in the first nine months of 2014.", "the first nine months", "DURATION", "P9M", "2014-01-01", "2014-09-30"),
    C("Prices rose over the last three months of 2013.", "the last three months", "DURATION", "P3M", "2013-10-01", "2013-12-31"),
    C("It rained for the first two weeks of March 2015.", "the first two weeks", "DURATION", "P2W", "2015-03-01", "2015-03-14"),
    C("Prices rose over the last three months.", "the last three months", "DURATION", "P3M", "2015-06-15", "2015-09-15"),
    # "the same period" followed by its year, with no period in focus: the year is the date
    # (not the period just reported); with one, that period in that year (above)
    C("Sales fell 30 percent from the same period in 2013.", "the same period in 2013",
      value="2013"),
    C("Costs rose against the comparable quarter of 2014.", "the comparable quarter of 2014",
      value="2014"),
]

NEGATIVE = [
    ("On June 3, 2014 police stopped a van with the license plate 2041 KLM.", "2041"),
    # a year that opens a case-law database number
    ("See Doe v. Roe, 2016 WL 3345120, at *2 (Tex. App. May 5, 2016).", "2016 WL"),
    ("In May 2016 he said that at the end of the day, voters decide.", "the end of the day"),
    ("In December 2014, Father Christmas visited the ward.", "Christmas"),
    # "day" starting a compound, and "the same day as" another event, name no day of the story
    ("On May 3, 2012 she said that day care fees would rise.", "that day"),
    ("In 2014 he argued that day traders were to blame.", "that day"),
    ("On June 1, 2015 the clinic opened on the same day as the school.", "the same day"),
    ("In March 2010 he was born in the same year as his wife.", "the same year"),
    # a quarter-final is a stage of a competition, not a quarter of the year
    ("They were knocked out at the quarter-final stage.", "quarter"),
    # a count in brackets is no year
    ("The army had 1200 men (1200 in all).", "1200 in all"),
    ("The column (1500, mostly infantry) advanced.", "1500"),
    # a part of the day qualifying a noun is not a time: a compound noun
    ("He took drawing lessons at evening classes in Le Havre.", "evening"),
    ("She worked during night shifts at the plant.", "night"),
    ("The story ran in the morning newspapers across the state.", "morning"),
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
    # ================ issue 8: story time, genre, weekday + day, direction (discourse)
    # weekday + day, direction: a weekday or a date inside a name
    ("The Sunday Times sold 800,000 copies.", "Sunday"),
    ("Tuesday Morning Corporation reported lower sales.", "Tuesday Morning"),
    ("Girl Friday is a 1940 comedy classic.", "Girl Friday"),
    ("The last Saturday Night Live show aired.", "Saturday Night Live"),
    ("The 12 November Movement held a rally.", "12 November"),
    # story time: a month name that is a first name; relative words in a non-temporal use
    ("In 1962, May Britt starred in a western.", "May"),
    ("The previous owner painted the door red.", "The previous"),
    # genre: a list index is not a date in any genre
    ("Section 12.11 covers the pension rules.", "12.11"),
    # direction from the verb, signal words: the same words in a non-temporal use
    ("The will was read by the family lawyer.", "will"),
    ("She said that she would sue the company.", "would"),
    ("He has been ill since the accident.", "since"),
    ("The shop is open until late.", "late"),
    # a year inside a document number; a quarter of a game
    ("See release IR-2024-203 for details.", "2024"),
    ("He scored twice in the fourth quarter of the Super Bowl.", "fourth quarter"),
    # the night before an event the text names is not the night before the story's date
    ("The night before the vote, he slept well.", "The night before"),
    # an award of the year, a show named after a day word, a holiday as an attribute
    ("The record won album of the year twice.", "the year"),
    ("She was named Coach of the Year by the league.", "the Year"),
    ("He hosted The Tonight Show for years.", "Tonight"),
    ("It was a Christmas comedy full of good cheer.", "Christmas"),
    ("The film captures the Christmas spirit.", "Christmas"),
    # ---- phrases: the traps of the categories above
    # noon / midnight
    ('The film High Noon made Gary Cooper a star.', 'High Noon'),
    ('He ordered a Midnight Blue sedan.', 'Midnight Blue'),
    ('The noonday sun blinded the guards.', 'noonday'),
    # clock time + day word
    ('The score was 8-0 at half time.', '8-0'),
    ('He read Psalm 23:4 at the funeral.', '23:4'),
    ('The motion passed by a 2:1 majority.', '2:1'),
    # fractional durations
    ('Half the town was flooded.', 'Half'),
    ('A quarter of the staff quit.', 'A quarter'),
    ('Three-quarters of voters backed the plan.', 'Three-quarters'),
    # in + duration
    ('He finished in third place.', 'third'),
    ('The team lost in the final seconds of overtime.', 'final seconds'),
    # over the next decade / the past five years
    ('The past tense is hard for learners.', 'The past'),
    ('The past five champions all came from Kenya.', 'The past five'),
    # bare plural units
    ('Opening hours are posted online.', 'hours'),
    ('She took the minutes of the meeting.', 'minutes'),
    ('The Days of Rage protests were planned.', 'Days'),
    # race times
    ('The timecode 01:02:03:04 marks the cut.', '01:02:03:04'),
    ('The mortar is 3:2:1 sand, lime and cement.', '3:2:1'),
    # recent / coming
    ('The recent flood damaged 40 homes.', 'recent'),
    ('The coming storm worried farmers.', 'coming'),
    # ages are not durations
    ('Children aged 6 months to 5 years will be vaccinated.', '6 months'),
    ('A 3-month-old baby was rescued from the rubble.', '3-month-old'),
    ('The 18-month-old girl was found safe.', '18-month-old'),
    ('A woman in her forties was arrested.', 'her forties'),
    # elliptical ranges
    ('The final score was 4-6 after the tie-break.', '4-6'),
    ('Pages 10 to 12 describe the method.', '10 to 12'),
    # vague references
    ('He was fined for wasting police time.', 'time'),
    ('The present was wrapped in red paper.', 'present'),
    ('The future king visited the school.', 'future'),
    # sets
    ('Every morning paper led with the story.', 'Every morning'),
    ('Each nightclub must close by law.', 'Each night'),
    ('She reads the Sunday papers.', 'Sunday'),
    # traps proper
    ('She met her future husband at a dance.', 'future'),
    ('Oil futures fell 2% in Asian trade.', 'futures'),
    ('The group published its Nine Month 2021 results.', 'Nine Month'),
    ('Annual Report 2013-2014\nYears of growth and change', 'Years'),
    ('CHAPTER 4: 1916\nMonths of trench warfare followed.', 'Months'),
    # date + time
    ('The Boeing 747 at gate 4 was delayed.', '747'),
    ('He lives at 4 Friday Street.', 'Friday'),
    # bare clock times
    ('The team won 3:1 at home.', '3:1'),
    ('Read John 3:16 aloud.', '3:16'),
    ('The map has a scale of 1:50000.', '1:50000'),
    # ranges between days
    ('The team won 13 to 15 in overtime.', '13 to 15'),
    ('Rooms 1-8 are on the ground floor.', '1-8'),
    ('Ages 12 to 16 may enter free.', '12 to 16'),
    # decades in words: a possessive makes it an age, and so do age words; temperatures
    ("She is in her twenties.", "twenties"),
    ("A man in his forties was arrested on Friday.", "forties"),
    ("Both victims were in their early thirties.", "early thirties"),
    ("Most applicants were in the twenties age bracket.", "the twenties"),
    ("Voters aged in the sixties and over backed the plan.", "the sixties"),
    ("Temperatures will climb into the nineties on Friday.", "the nineties"),
    ("Highs will be in the mid-eighties across the valley.", "mid-eighties"),
    # lists of days: numbers in a list that are not days of a month
    ("The team scored 3, 5 and 7 points in its last three games.", "3, 5 and 7 points"),
    ("Read pages 12, 13 and 14 before the class.", "12, 13 and 14"),
    ("Teenagers aged 16, 17 and 18 took part in the survey.", "16, 17 and 18"),
    ("On May 3, 20 and 25 people were arrested in two cities.", "20 and 25 people"),
    ("The seeds were 4, 5 and 6. On 8 and 9 March they play again.", "4, 5 and 6"),
    ("Rooms 12, 13\n14 and 15 March: open days at the school", "12, 13"),
    # rolling windows
    ('The last two chapters cover the war.', 'last two'),
    ('He read the past three issues of the magazine.', 'the past three'),
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
    ("The first half ended goalless.", "The first half"),
    ("She won the 19th stage on the 3rd attempt.", "3rd"),
    ("Thousands joined the march 3 kilometres long.", "march"),
    # approximate dates: "around" a place or a number is not a date
    ("The band toured around 2015 Main Street.", "2015"),
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
