/**
 * The schema of the interface table: every word the site's furniture shows (header, navigation,
 * help strip, exit control, footer, page furniture, search, opening hours, service cards, labels),
 * as flat dotted keys, each with a description of where it appears. One file per locale
 * (src/i18n/en.ts) must match it exactly: a missing, extra or misspelt key fails the build.
 * Guidance pages (MDX) and the words of the guide and letter builder live in their content files.
 *
 * Templates use `{name}` placeholders (src/i18n/format.ts fills them). Plural entries give one
 * template per Intl.PluralRules category the language uses (`other` always), with `{count}`.
 */
import { z } from 'astro/zod';

/** A plain template. */
const text = (description: string) => z.string().min(1).describe(description);

/** A plural entry: a template per plural category of the language, `other` required. */
const plural = (description: string) =>
  z
    .object({
      zero: z.string().min(1).optional(),
      one: z.string().min(1).optional(),
      two: z.string().min(1).optional(),
      few: z.string().min(1).optional(),
      many: z.string().min(1).optional(),
      other: z.string().min(1),
    })
    .strict()
    .describe(description);

/** Number words, zero to nine, for GOV.UK style ("two years", but "12 months"). */
const numberWords = (description: string) => z.array(z.string().min(1)).length(10).describe(description);

export const uiSchema = z
  .object({
    'site.name': text('The site’s name: the header, the home page title, and after every page title'),
    'site.shortName': text('The site’s name in the header on narrow screens'),
    'site.scope': text('Where the law the site describes applies, for the footer note'),
    'page.title': text('A page’s <title>: {title} is the page’s own title, {site} the site’s name'),
    'layout.skipToMain': text('The skip link to the main content, shown on keyboard focus'),

    'figures.hours': plural('An amount of hours in figures, {count} ("48 hours"), in the protective orders comparison'),
    'figures.dayRange': plural('A range of days, {from} to {to} ("14 to 28 days"); the form is chosen by the upper end'),

    'exit.button': text('The sticky red exit button and the hidden exit skip link'),
    'exit.leaving': text('Announced when the Shift shortcut leaves the page'),
    'exit.stopped': text('Announced when the Shift count runs out of time; {count} presses leave the page'),
    'exit.progress': text('Announced after each Shift press: {pressed} and {left} are the two sentences below'),
    'exit.pressed': plural('How many times Shift has been pressed, {count}'),
    'exit.left': plural('How many more presses leave the page, {count}'),
    'exit.openInOwnTab': text('The only link shown when another site frames this page'),

    'nav.label': text('Accessible name of the main navigation'),
    'nav.guide': text('Main navigation: the guide contents page'),
    'nav.checkYourSituation': text('Main navigation: the step-by-step guide'),
    'nav.getHelp': text('Main navigation: the getting-help page'),
    'nav.search': text('Main navigation: search (a button that opens the header search where scripts run)'),

    'footer.navLabel': text('Accessible name of the footer navigation'),
    'footer.about': text('Footer link: about this site'),
    'footer.accessibility': text('Footer link: accessibility statement'),
    'footer.privacy': text('Footer link: privacy page'),
    'footer.stayingSafe': text('Footer link: staying safe online'),
    'footer.sources': text('Footer link: sources page'),
    'footer.aToZ': text('Footer link: the A to Z of pages'),
    'footer.note': text('The footer’s last line; {scope} is site.scope'),

    'helpStrip.label': text('Accessible name of the help strip on every page'),
    'helpStrip.dangerLabel': text('Help strip: the words above the 999 number'),
    'helpStrip.call': text('Help strip: the word before the 999 number'),
    'helpStrip.hours': text('Help strip: the helpline’s hours in a few words, {hours}'),
    'helpStrip.closedLabel': text('Help strip: the bold start of the line about services open when the helpline is closed'),
    'helpStrip.closed': text('Help strip: {label} is helpStrip.closedLabel, {hours} the 24-hour service’s hours'),
    'helpStrip.walesLabel': text('Help strip: the label of the Wales line, {name} its name'),
    'helpStrip.more': text('Help strip: last line; {link} is the link to all support'),
    'helpStrip.allSupport': text('Help strip: the link to the getting-help page'),

    'page.summary': text('Guidance page: heading of the summary box'),
    'page.onThisPage': text('Guidance page: heading of the contents list on long pages'),
    'page.notAdvice': text('Guidance page footer: not legal advice; {phone} is the helpline’s number link'),
    'page.lastReviewed': text('Guidance page footer: {date} the page was last reviewed'),
    'page.reviewDue': text('Guidance page footer: {date} the next review is due'),
    'page.updates': text('Guidance page footer: heading of the dated list of corrections'),
    'page.update': text('Guidance page footer: one correction, {date} then {text}'),
    'page.sources': text('Guidance page footer: heading of the page’s sources'),
    'page.sourcePinpoint': text('Guidance page footer: a source, {source} its link, {pinpoint} the part cited'),

    'scope.england-and-wales': text('Tag under a page’s heading: a page about the law in England and Wales'),
    'scope.scotland-and-northern-ireland': text('Tag under a page’s heading: a page about Scotland and Northern Ireland'),

    'topic.stalking': text('Topic heading (guide contents) and search filter: understanding stalking'),
    'topic.orders': text('Topic heading and search filter: Stalking Protection Orders'),
    'topic.breach': text('Topic heading and search filter: when an order is broken'),
    'topic.other-orders': text('Topic heading and search filter: other orders'),
    'topic.record': text('Topic heading and search filter: keeping a record'),
    'topic.help': text('Topic heading and search filter: getting help'),
    'topic.safety': text('Topic heading and search filter: staying safe'),
    'topic.law': text('Topic heading and search filter: the law and how it is changing'),
    'topic.site': text('Topic heading: pages about the site itself'),

    'audience.victim': text('Search filter: pages for someone being stalked'),
    'audience.supporter': text('Search filter: pages for someone helping'),

    'search.label': text('Header search: the field’s label and the form’s accessible name'),
    'search.pageLabel': text('Search page: the field’s label'),
    'search.hint': text('Search page: the hint under the label'),
    'search.button': text('Search: the submit button'),
    'search.filters': text('Search page: the summary that opens the filters'),
    'search.topicLegend': text('Search page: legend of the topic filters'),
    'search.audienceLegend': text('Search page: legend of the audience filters'),
    'search.resultsHeading': text('Search: heading of the results list'),
    'search.close': text('Header search: the button that closes the results'),
    'search.aToZLink': text('Search: the link shown when search fails'),
    'search.searching': text('Search status while a slow search runs'),
    'search.noQuery': text('Search status when the field is empty'),
    'search.none': text('Search status when nothing matches'),
    'search.count': plural('Search status: {count} pages match'),
    'search.filtered': plural('Search status: {count} pages match the words and ticked boxes'),
    'search.best': plural('Added to the status when more match than are shown: the best {count}'),
    'search.allShown': plural('Added to the status once every result is shown, {count}'),
    'search.more': plural('The button that shows the other {count} results'),
    'search.failed': text('Search status when search cannot run'),
    'search.sections': text('Accessible name of a result’s matching sections, {title} the page title'),
    'search.closed': text('Announced when the header results close'),
    'search.noResults': text('No matches: the first sentence'),
    'search.noResultsAToZ': text('No matches: the A to Z line; {link} is the link'),
    'search.noResultsAToZLink': text('No matches: the link to the A to Z'),
    'search.noResultsTalk': text('No matches: {name} the helpline, {call} its call link, {times} the link to other support'),
    'search.noResultsCall': text('No matches: the call link, {number} the helpline number'),
    'search.noResultsTimes': text('No matches: the link to opening times and other support'),
    'search.noResultsDanger': text('No matches: the 999 line, {call} the 999 link'),
    'search.dangerTitle': text('Danger panel above results: its title'),
    'search.dangerCall': text('Danger panel: the call link, {number} is 999'),
    'search.dangerSilent': text('Danger panel: what to do on a mobile without speaking, {advice} from the 999 record'),

    'phone.callNote': text('Short note that calls show in call history (help strip, search)'),
    'phone.note': text('The note near lists of phone numbers'),
    'phone.call': text('The word before a number in a call link, "Call 0808…"'),

    'hours.day.mon': text('Day name: Monday'),
    'hours.day.tue': text('Day name: Tuesday'),
    'hours.day.wed': text('Day name: Wednesday'),
    'hours.day.thu': text('Day name: Thursday'),
    'hours.day.fri': text('Day name: Friday'),
    'hours.day.sat': text('Day name: Saturday'),
    'hours.day.sun': text('Day name: Sunday'),
    'hours.midday': text('12:00 in words'),
    'hours.midnight': text('00:00 in words'),
    'hours.am': text('A morning time, {time} like "9:30"'),
    'hours.pm': text('An afternoon or evening time, {time} like "4"'),
    'hours.range': text('A day’s opening period, {opens} to {closes}'),
    'hours.periodJoin': text('Between two opening periods on one day'),
    'hours.listJoin': text('Between items of a list except the last two'),
    'hours.listLast': text('Between the last two items of a list'),
    'hours.dayRange': text('Consecutive days, {first} to {last}'),
    'hours.line': text('A line of opening hours, {days}: {times}'),
    'hours.closedDays': text('Days a service is closed, {days}'),
    'hours.closedBankHolidays': text('Line for services closed on bank holidays'),
    'hours.always': text('Opening hours of a service open all the time'),
    'hours.notConfirmed': text('Line for a service whose hours are not known'),
    'hours.lastConfirmed': text('How sure the hours are: {when} last confirmed, {source} the kind of source'),
    'hours.fewAlways': text('Help strip: a service open all the time, in a few words'),
    'hours.fewUnknown': text('Help strip: hours not known, in a few words'),
    'hours.fewClosed': text('Help strip: closed every day, in a few words'),
    'hours.fewWeekdays': text('Help strip: Monday to Friday'),
    'hours.fewWeekends': text('Help strip: Saturday and Sunday'),
    'hours.fewEveryDay': text('Help strip: every day'),
    'hours.fewDaytime': text('Help strip: times that all fall in the day'),
    'hours.fewVary': text('Help strip: times that differ'),
    'hours.few': text('Help strip: {days}, {times}'),
    'hours.openAlways': text('Open-now status of a service open all the time'),
    'hours.openCloses': text('Open-now status: open, closes at {time} today'),
    'hours.closedNow': text('Open-now status: closed, no next opening known'),
    'hours.closedOpens': text('Open-now status: closed, opens again {next}'),
    'hours.unknownNow': text('Open-now status when it cannot be worked out'),
    'hours.nextToday': text('Next opening today, at {time}'),
    'hours.nextTomorrow': text('Next opening tomorrow, at {time}, {day} the day name'),
    'hours.nextOn': text('Next opening later, at {time} on {day} {date}'),
    'hours.alwaysOpenList': text('Open-now box: heading of the services open all the time'),

    'service.runBy': text('Service card: who runs it, {name}'),
    'service.coverage': text('Service card: who a service not for all of England and Wales is for, {places} from place.*'),
    'place.england': text('England, in service.coverage'),
    'place.wales': text('Wales, in service.coverage'),
    'place.scotland': text('Scotland, in service.coverage'),
    'place.northern-ireland': text('Northern Ireland, in service.coverage'),
    'service.phone': text('Service card: the label of the main number'),
    'service.hours': text('Service card: the label of the opening hours'),
    'service.website': text('Service card: the label of the website'),
    'service.websiteName': text('Service card: hidden words after the website link, {name} the service'),
    'service.insecureWebsite': text('Service card: a website not linked because it is not secure, {host}'),

    'pages.home.title': text('The home page in the A to Z list'),
    'pages.home.description': text('The home page in the A to Z list: what it offers'),
    'pages.checkYourSituation.title': text('The step-by-step guide in the A to Z list'),
    'pages.checkYourSituation.description': text('The step-by-step guide in the A to Z list: what it offers'),
    'pages.makeALetter.title': text('The letter builder in the A to Z list'),
    'pages.makeALetter.description': text('The letter builder in the A to Z list: what it offers'),
    'pages.search.title': text('The search page: its title and heading, and its A to Z entry'),
    'pages.search.description': text('The search page: its description and A to Z entry'),
    'pages.search.noScript': text('The search page without JavaScript: where to find pages instead'),
    'pages.search.browse': text('The search page: heading of the A to Z list under the search box'),
    'pages.guide.title': text('The guide contents page: its title and heading, and its A to Z entry'),
    'pages.guide.description': text('The guide contents page: its description and A to Z entry'),
    'pages.guide.lede': text('The guide contents page: the line under the heading'),
    'pages.guide.elsewhere': text('The guide contents page: last line; {aToZ} and {search} are links'),
    'pages.guide.aToZLink': text('The guide contents page: the link to the A to Z'),
    'pages.guide.searchLink': text('The guide contents page: the link to search'),
    'pages.aToZ.title': text('The A to Z page: its title and heading, and its A to Z entry'),
    'pages.aToZ.description': text('The A to Z page: its description and A to Z entry'),
    'pages.aToZ.lede': text('The A to Z page: the line under the heading; {link} goes to the guide contents'),
    'pages.aToZ.guideLink': text('The A to Z page: the link to the guide contents'),
    'pages.sources.title': text('The sources page: its title and heading, and its A to Z entry'),
    'pages.sources.description': text('The sources page: its description and A to Z entry'),
    'pages.sources.lede': text('The sources page: the line under the heading'),
    'pages.sources.ownWords': text('The sources page: how the guide uses its sources'),
    'pages.sources.usedOn': text('The sources page: before the pages that cite a source'),
    'pages.sources.listJoin': text('The sources page: between the pages that cite a source'),
    'pages.notFound.title': text('The 404 page: its title and heading'),
    'pages.notFound.description': text('The 404 page: its description'),
    'pages.notFound.check': text('The 404 page: what to check'),
    'pages.notFound.youCan': text('The 404 page: before the list of ways on'),
    'pages.notFound.home': text('The 404 page: {link} to the home page'),
    'pages.notFound.homeLink': text('The 404 page: the link to the home page'),
    'pages.notFound.aToZ': text('The 404 page: {link} to the A to Z'),
    'pages.notFound.aToZLink': text('The 404 page: the link to the A to Z'),
    'pages.notFound.searchLink': text('The 404 page: the link to search'),
    'pages.notFound.help': text('The 404 page: whom to call; {helpline} and {emergency} are call links'),

    'police.listSource': text('Under the list of police forces: {source} links to where it comes from, {date} when it was checked'),
    'orders.caption': text('Caption of the table comparing protective orders'),

    'number.words': numberWords('Numbers zero to nine in words, for amounts like "two years"'),
    'unit.day': plural('An amount of days, {count} in words or figures'),
    'unit.month': plural('An amount of months'),
    'unit.year': plural('An amount of years'),
    'unit.occasion': plural('An amount of occasions'),
  })
  .strict();

/** The interface table of one locale, as written in its file. */
export type UiStrings = z.input<typeof uiSchema>;

/** Keys whose value is a plain template. */
export type TextKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings];

/** Keys whose value is a plural entry. */
export type PluralKey = { [K in keyof UiStrings]: UiStrings[K] extends { other: string } ? K : never }[keyof UiStrings];
