/**
 * Events and roles in English news: "presided over a meeting" (chair), "signed an agreement" (signing, the bodies
 * named as parties), "inspected"/"visited" (inspection), "met (with)" (reception: host and guest), "attended"
 * (attendee), "said"/"stressed" (speaker), "launched", "unveiled", "released". Plans ("will sign", "plans to") are not
 * events. One sentence at a time; dates from the sentence, else the article's first.
 *
 * @module
 */
import { softless, unbreak, wordEnd } from './hyphen.js';
import { findEnglishAwards, NAMED_HONOUR } from './awards.js';
import { findEnglishIncidents } from './incidents.js';
import { clauseOpening, sentencesOf } from './sentences.js';
import { RoleBook, takePart } from '../stages/events/roles.js';
import { MentionRange } from '../stages/events/range.js';
import type { Award, DateValue, Event, Role } from '../types.js';
import type { Cand, Doc } from '../stages/recognize/index.js';
import type { EventAnalysis, NameOf } from '../stages/events/index.js';

/**
 * What a release puts out (a plan, a report, figures), the noun phrase ending in one of those words before a comma, a
 * preposition or a word of time: the same phrase the release pattern takes and the launch pattern leaves to it.
 */
const RELEASED_THING = String.raw`(?:(?!(?:on|in|at|with|to|for|during|after|before|and|which|that)\b)[\w'-]{1,30}\s+){0,4}?(?:plans?|reports?|guidelines?|white paper|figures|data|list|rules|regulations|blueprint|outline|statistics|survey|study|notice|forecast|warning)(?=\s*[,.;:]|\s+(?:on|in|at|for|to|with|by|from|last|this|next|yesterday|today|that|which|and)\b|\s*$)`;

interface Pattern {
  re: RegExp;
  type: Event['type'];
  role?: Role;
  /** The object after the verb names the event (a meeting, an agreement). */
  named?: boolean;
  /** The name comes first (group 1) and no trigger verb is kept as a role (The … Forum opened; … were signed). */
  nameFirst?: boolean;
  /** Only with a day named in the sentence (a facility set to open next Monday). */
  dated?: boolean;
  /** The role of the person named right after the match (… was presided over by 甲). */
  passiveRole?: Role;
  /** The trigger is the gathering's head noun in the name (a meeting of …), not the words around it. */
  headTrigger?: RegExp;
  /** Only an event of the type told before, told again (signed the document): none of its own. */
  toldBefore?: boolean;
}

/** How far after the words that tell an event a day is its own (… on Thursday). */
const RIGHT_AFTER = 12;
/** What may stand between those words and the day: on, at, a comma, or the place (… by three ministries in Beijing yesterday). */
const RIGHT_GAP = /^\s*(?:in\s+[A-Z][\w'-]*\s*)?,?\s*(?:on|at)?\s*$/;
/** The meeting told before, then where it was held (the meeting, which was held in …). */
const HELD_IN_BACK = /\bthe (meeting|conference|forum|session|ceremony),? which was held in (?:the )?/gi;

/** Words that tell an event right after the one told before it (then, later, afterwards, after the talks). */
const THEN = /\b(?:then|later|afterwards|afterward|subsequently)\b|\b[Aa]fter the (?:talks|meeting|ceremony|signing|visit|forum)\b/;
/** Common nouns that name an inspected place without telling which (the site, the area). */
const GENERIC_SITE = /^(?:the\s+)?(?:site|sites|area|areas|place|places|facility|facilities|project|projects|scene|works|premises|venue)$/i;
/** The works a sentence tells before "as he inspected the site" (construction of the second phase of …). */
const WORKS_BEFORE = /\b(?:construction|building|upgrading|expansion|renovation|progress)\s+(?:of|on)\s+(?:the\s+)?([^,.;]{3,100}?)\s+(?:as|when|while)\s+(?:he|she|they)\s+$/;
/** The works an inspection sees in progress (inspected the construction of …). */
const PROCESS_NOUN = /^(?:construction|progress|building|renovation|upgrading|expansion|development|operation|operations|work|works)$/i;
/** Of and what is built: up to six words, ending before a participle, a preposition, a conjunction or punctuation. */
const OF_WORK = /^\s*of\s+(?:(?:a|an|the)\s+)?(?:(?!(?:linking|connecting|in|on|at|to|with|and|for|during|by|from|which|that|where)\b)[A-Za-z0-9'’-]+\s*){1,6}/;

/** The opening of a gathering named in capitals (opening of the 2026 Global Forum on Open Trade), as group 2; no day after
 * "on" (… Forum on Sunday). */
const OPENING_OF = String.raw`(opening(?:\s+ceremony)?\s+of\s+the\s+(?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the)\s+){1,10}?(?:Forum|Conference|Summit|Expo|Symposium|Congress|Festival|Fair)(?:\s+on(?:\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w'-]{0,30}|and)){1,5})?)`;

const PATTERNS: Pattern[] = [
  { re: /\b(presided over|presiding over|chaired|hosted)\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,6}?(?:meeting|conference|teleconference|videoconference|session|symposium|forum|seminar|discussion)(?:\s+on(?:\s+(?!in\b|on\b|at\b)[a-z][\w'-]{0,30}){1,4})?)\b/i, type: 'meeting', role: 'chair', named: true },
  // Guizhou held a provincial promotion meeting on the digital economy: a gathering held, its holder no chair told.
  // (… and one to come: Zhejiang province will hold a conference on high-quality development next Tuesday.)
  { re: /\b(held|convened|will hold|will convene)\s+(?:a|an|its|their)\s+((?:(?!(?:press|news)\b)[\w'-]{1,30}\s+){0,5}?(?:meeting|conference|symposium|forum|seminar|summit|workshop)(?:\s+on(?:\s+(?:the\s+)?(?!in\b|on\b|at\b|next\b|last\b|this\b)[a-z][\w'-]{0,30}){1,4})?)\b/, type: 'meeting', named: true },
  // During an inspection tour of the … prefecture: the tour is the inspection.
  { re: /\b(?:during|on|made|began|conducted|paid|wrapped up)\s+(?:an?|his|her|their)\s+((?:inspection(?:\s+(?:tour|trip))?|(?:fact-finding|research)\s+(?:tour|trip))\s+(?:of|to|in)\s+(?:the\s+)?(?:(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|Central) China['’]s\s+)?(?:[A-Z][\w'-]{0,30}\s+|and\s+|autonomous\s+|prefecture\s*|province\s*|region\s*|county\s*){1,10})/, type: 'inspection', role: 'inspector', named: true, nameFirst: true },
  // … during an inspection tour of the southeastern tip of Pudong: a tour of a place written in lower case first.
  { re: /\b(?:during|on|made|began|conducted|paid|wrapped up)\s+(?:an?|his|her|their)\s+((?:inspection|fact-finding|research)\s+(?:tour|trip)\s+(?:of|to)\s+(?:the\s+)?[a-z][\w'-]{0,30}(?:\s+[\w'-]{1,30}){0,7}?)(?=\s*[,.;]|\s*$)/, type: 'inspection', role: 'inspector', named: true, nameFirst: true },
  // Told a news conference in Beijing: a meeting the speaker spoke at.
  { re: /\b(told|addressed|held|gave|hosted)\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:news|press)\s+(?:conference|briefing))\b/i, type: 'meeting', role: 'speaker', named: true },
  // Told a symposium with 36 foreign financial institutions: a gathering the speaker spoke at, told first.
  // (Not a news conference, the pattern above; and a day after "on" is no part of the name: told a forum on Friday.)
  { re: /\b(told|addressed)\s+(?:a|an)\s+(?!(?:news|press)\s)((?:[\w'-]{1,30}\s+){0,3}?(?:symposium|forum|conference|meeting|seminar|summit)(?:\s+with(?:\s+(?!(?:in|on|at|that)\b)[\w'-]{1,30}){1,5}|\s+(?:of|on)(?:\s+(?!(?:in|on|at|that|yesterday|today|last|next|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d)[\w'-]{1,30}){1,5})?)\b/, type: 'meeting', role: 'speaker', named: true },
  { re: /\b(signed|inked)\s+(?:(?:a|an|the)\s+)?((?:[\w'-]{1,30}\s+){0,6}?(?:agreements?|memorand(?:um|ums|a)(?: of understanding)?|MOUs?|deals?|contracts?|accords?|pacts?))\b/i, type: 'signing', role: 'party', named: true },
  // … and signed the document, a deal told before: its parties (only the deal told again, never a signing of its own).
  { re: /\b(signed)\s+the\s+(documents?)\b/, type: 'signing', role: 'party', named: true, toldBefore: true },
  // Ganzhou signed 26 investment projects: projects counted and signed for, the subject a party (not a tally: Since
  // January, Wuxi has signed 186 projects).
  { re: /\b(?<!\bha(?:s|ve) )(signed|inked)\s+((?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+(?:[\w'-]{1,30}\s+){0,3}?projects)\b/i, type: 'signing', role: 'party', named: true },
  // … are expected to sign an agreement: a signing to come.
  { re: /\b(?:to|will)\s+(sign|ink)\s+(?:a|an|the|two|several)\s+((?:[\w'-]{1,30}\s+){0,6}?(?:agreements?|memorand(?:um|ums|a)(?: of understanding)?|MOUs?|deals?|contracts?|accords?|pacts?))\b/i, type: 'signing', role: 'party', named: true },
  // The two ministers witnessed the signing of a memorandum of understanding on … between A and B: a signing the
  // subject attends, its parties the bodies named.
  { re: /\b(witnessed|attended|oversaw|marked)\s+the\s+signing\s+of\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:agreements?|memorand(?:um|ums|a)(?: of understanding)?|MOUs?|deals?|contracts?|accords?|pacts?|(?:cooperation|bilateral)\s+documents)(?:\s+on(?:\s+(?!between\b)[a-z][\w'-]{0,30}){1,4})?)/i, type: 'signing', role: 'attendee', named: true },
  // (… toured the 210-hectare site at San Tin: the named place the site is at belongs to the name.)
  // (Not crowds counted: 260,000 people visited the fairs.)
  { re: /(?<!\b(?:people|visitors|residents|tourists|travell?ers|citizens|shoppers|customers|fans|students|children|families|passengers)\s)\b(inspected|inspect|toured|visited|surveyed)\s+((?:(?!(?:and|in|on|at|with|to|for|of|during|after|before)\b)[A-Za-z0-9'-]{1,30}(?:,\d{3})*\s*){1,8}(?:at\s+(?:[A-Z][\w'-]{0,30}\s*){1,4})?)/, type: 'inspection', role: 'inspector', named: true },
  // Held talks with: a meeting of two sides, the one after "with" the guest.
  { re: /\b(held talks|had talks)\s+with\s+/i, type: 'meeting', role: 'host' },
  // Met with someone; received a visitor (not "received the … Award"; not a body that met on Monday).
  // (Nor what was received, no one: orders, funding, approval, complaints.)
  { re: /\b(met(?: with)?|received(?!\s+(?:(?:the|a|an|its|their|his|her|more|over|about|some|nearly|almost|around|orders|funding|funds|investments?|approvals?|support|applications|complaints|calls|reports|donations|requests|payments|subsidies|loans|bids|votes|treatment|training|letters|feedback|inquiries|enquiries|bookings|reservations|permission|financing)\b|\d))(?![^.;]{0,50}\b(?:prizes?|awards?|medals?|honou?rs?|titles?|certificates?)\b))\s+(?!(?:on|in|at|last|this|yesterday|today|earlier|again|twice|regularly|monthly|weekly)\b)/i, type: 'reception', role: 'host' },
  { re: /\b(attended|was present at|were present at)\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,4}?(?:ceremony|celebration|inauguration|gala))\b/i, type: 'ceremony', role: 'attendee', named: true },
  { re: /\b(presided over|officiated at|chaired)\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,4}?(?:ceremony|celebration|inauguration|gala))\b/i, type: 'ceremony', role: 'chair', named: true },
  // … was the guest of honor at the opening ceremony of the Lunar New Year fair: a ceremony its guest attends.
  { re: /\b(?:was|were)\s+(?:the\s+)?(guests?\s+of\s+honou?r)\s+at\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,4}?(?:ceremony|celebration|inauguration|gala)(?:\s+of\s+the\s+(?:[A-Z][\w'’-]{0,30}\s+){1,5}(?:fair|festival|expo|exhibition|carnival|show|games)s?\b)?)/i, type: 'ceremony', role: 'guest', named: true },
  { re: /\b(hosted|held)\s+(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,4}?(?:ceremony|celebration|inauguration|gala))\b/i, type: 'ceremony', role: 'host', named: true },
  // The chamber held its annual New Year reception: a reception the subject hosts.
  { re: /\b(hosted|held|gave|threw)\s+(?:a|an|the|its|their)\s+((?:[\w'-]{1,30}\s+){0,4}?reception)\b/i, type: 'reception', role: 'host', named: true },
  // A Lantern Festival reception hosted by the Chinese embassy: a reception told first, its host after "by".
  { re: /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[A-Z][\w'’-]{0,30}\s+){0,4}?reception)\s+(hosted|given|held|organi[sz]ed|thrown)\s+by\b/, type: 'reception', named: true, nameFirst: true, passiveRole: 'host' },
  // The 2023 … Forum opened on Thursday: a gathering named by its capitalized name before the verb.
  { re: /\b((?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the)\s+){1,10}?(?:Forum|Conference|Summit|Expo|Fair|Symposium|Congress|Festival|Session|Competition|Contest|Games|Championships?|Tournament|Carnival)(?:\s+(?:on|of|for)(?:\s+(?:[A-Z][\w'-]{0,30}|and)){1,5})?),?\s+(?:opened|kicked off|closed|concluded|was held|got under way|began)\b/, type: 'meeting', named: true, nameFirst: true },
  // … the Silk Road Home and Build Expo, which opened at the Dubai World Trade Centre on Tuesday: a fair told in a
  // relative clause is a gathering of its own kind (no opening ceremony is told).
  { re: /\b((?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the)\s+){1,10}?(?:Expo|Exposition|Fair|Exhibition|Show)),\s+which\s+(?:opened|opens|kicked off|began)\b/, type: 'other', named: true, nameFirst: true, dated: true },
  // The fourth session of the 13th Yunnan Provincial Committee of the CPPCC, the province's top political advisory
  // body, opened on Wednesday: a session of a congress or a committee, named by its ordinal, after an apposition too.
  { re: /\b(?:The|the)\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:plenary\s+)?session\s+of\s+the\s+(?:[\w'’-]{1,30}\s+){1,14}?(?:Congress|Conference|Committee|CPPCC|NPC))(?:,\s[^,.;]{3,80},)?\s+(?:opened|closed|concluded|began|kicked off|was held)\b/, type: 'meeting', named: true, nameFirst: true },
  // The 2025 … Forum will open in Hangzhou next Monday: a gathering to come, named by its capitalized name.
  { re: /\b((?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the)\s+){1,10}?(?:Forum|Conference|Summit|Expo|Fair|Symposium|Congress|Festival))\s+will\s+(?:open|kick off|take place|begin|start)\b/, type: 'meeting', named: true, nameFirst: true },
  // A China-Kenya investment forum will be held in Nairobi on Dec 1: a gathering to come, named by its kind.
  { re: /\b(?:A|An|The)\s+((?:[\w'-]{1,30}\s+){0,5}?(?:forum|conference|symposium|seminar|summit|Forum|Conference|Symposium|Seminar|Summit))\s+will\s+(?:also\s+)?be\s+held\b/, type: 'meeting', named: true, nameFirst: true },
  // The award ceremony was held last Friday at …: a ceremony told by its kind, then held.
  { re: /\b(?:The|An?)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:ceremony|gala|celebration))\s+was\s+held\b/, type: 'ceremony', named: true, nameFirst: true },
  // Experts said at a forum held at Renmin University: a gathering the text names by its kind alone.
  { re: /\b(?:at|during)\s+(?:a|an)\s+((?:[a-z][\w'-]{0,30}\s+){0,3}?(?:forum|symposium|seminar|conference|workshop|summit|roundtable))\s+(?:held|hosted|organized|organised)\b/, type: 'meeting', named: true, nameFirst: true },
  // Speaking at the 2023 … Conference, at the third … Forum: the gathering the article's words were said at.
  // (… a ceremony held at the Macau Forum: a venue, no gathering.)
  { re: /\b(?<!\b(?:held|hosted|located|based)\s)(?:at|attended|attending) the ((?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+){1,10}?(?:Forum|Conference|Summit|Expo|Fair|Symposium|Congress|Festival))\b(?!\s+(?:Complex|Centre|Center|Hall|Building|Venue|Grounds))/, type: 'meeting', named: true, nameFirst: true },
  // Three companies were honoured at the 2024 … Awards: the awards' ceremony, named by the awards.
  // The 2025 … Awards were presented at a ceremony in Suzhou: the awards' ceremony, named by the awards.
  // (… were presented to 276 projects and individuals at a conference in Chengdu: to whom may stand between, and the
  // gathering may be a conference.)
  { re: /\b((?:\d{4}\s+)?[A-Z][\w'-]{0,30}\s+(?:(?:[A-Z][\w'-]{0,30}|and|of|for)\s+){0,6}?(?:Awards|Prizes))\s+(?:were|was)\s+(?:presented|handed out|given out|conferred)(?:\s+to\s+[^.;]{1,60}?)?\s+at\s+a\s+(?:ceremony|conference|gala)\b/, type: 'ceremony', named: true, nameFirst: true },
  // Shenzhen presented its 2025 … Awards at a ceremony: the same, told in the active.
  // (… presented the 2025 … Awards for Industries to 16 companies at a ceremony: what the awards are for, and to whom,
  // may stand between.)
  { re: /\b(?:presented|handed out|conferred)\s+(?:its|their|the)\s+((?:\d{4}\s+)?[A-Z][\w'’-]{0,30}\s+(?:(?:[A-Z][\w'’-]{0,30}|and|of|for)\s+){0,6}?(?:Awards|Prizes)(?:\s+for\s+[A-Z][\w'’-]{0,30}(?:\s+(?:and\s+)?[A-Z][\w'’-]{0,30}){0,2})?)(?:\s+to\s+[^.;]{1,60}?)?\s+at\s+a\s+ceremony\b/, type: 'ceremony', named: true, nameFirst: true },
  // (… at the 2025 … Quality Award ceremony: the ceremony, named with it.)
  { re: /\b(?:were|was)\s+(?:honou?red|recogni[sz]ed|celebrated|commended)\s+at\s+the\s+((?:\d{4}\s+)?(?:[A-Z][\w'-]{0,30}\s+){1,6}?(?:Awards|(?:Awards?|Prizes?)\s+ceremony))\b/, type: 'ceremony', named: true, nameFirst: true },
  // Their paper, Hidden carbon stocks …, was published: a release named by its title.
  { re: /\b(?:paper|report|study|book|white paper|guideline|plan)s?,\s+([A-Z][^,.;]{3,80}),\s+(?:was|were)\s+(?:published|released|issued)\b/, type: 'release', named: true, nameFirst: true },
  // … according to a report released by the Ministry of Culture and Tourism on Wednesday: a report a body released,
  // named by the word (report, white paper) and what it is on where the text says so.
  { re: /\b(?:a|an|the)\s+((?:annual\s+|new\s+|white\s+)?(?:report|white paper|survey|study|guideline|blue book|bulletin)(?:\s+on\s+(?:[\w'-]{1,30}\s+){0,4}?[\w'-]{1,30})?)\s+(?:released|published|issued)\s+by\s+(?:the\s+)?[A-Z]/, type: 'release', named: true, nameFirst: true },
  // … according to the China Climate Bulletin 2025 released by the China Meteorological Administration: a report
  // named in capitals.
  { re: /\b[Tt]he\s+((?:[A-Z][\w'’-]{0,30}\s+){1,6}(?:Bulletin|Report|White Paper|Yearbook|Outlook|Survey|Index|Blue Book)(?:\s+\(?\d{4}\)?)?)\s+(?:released|published|issued)\s+by\s+(?:the\s+)?[A-Z]/, type: 'release', named: true, nameFirst: true },
  // … according to figures released by the Ministry of Industry and Information Technology on Thursday: the same, of
  // figures or data, told without "a" (the latest figures too).
  // (… or by bodies counted: according to figures released by three ministries.)
  { re: /\b[Aa]ccording to\s+((?:new\s+|the\s+latest\s+|latest\s+|official\s+|preliminary\s+)?(?:figures|data|statistics))\s+(?:released|published|issued)\s+by\s+(?:the\s+)?(?:[A-Z]|(?:two|three|four|five|six|several|\d{1,2})\s+(?:ministries|departments|bureaus|agencies|authorities)\b)/, type: 'release', named: true, nameFirst: true },
  // A State Council executive meeting held last Friday approved …: a meeting of a body named, told by when it was held.
  { re: /\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w'’-]{0,30}\s+){1,5}(?:(?:executive|plenary|standing|regular|special)\s+)?(?:meeting|session))\s+held\s+(?=on\b|last\b|this\b|yesterday\b|earlier\b)/, type: 'meeting', named: true, nameFirst: true },
  // An investment agreement signed on Thursday; the contract, signed in Jakarta last week with X; the agreement was
  // signed between A and B: a deal named before the verb.
  // (A deal named by what it is about, or "the contract" told again; not "from January under an agreement".)
  { re: /\b((?:(?!(?:under|from|to|in|on|at|of|for|with|by|and|an|a|the|was|were|is|are)\b)[\w'-]{1,30}\s+){1,3}?(?:agreements?|contracts?|deals?|memorand(?:um|ums|a)|MOUs?|pacts?)|(?<=\b[Tt]he\s)(?:contract|agreement|deal))\s*,?\s+(?:was\s+|were\s+)?signed\s+(?=on\b|in\b|last\b|this\b|yesterday\b|earlier\b|between\b|with\b)/, type: 'signing', named: true, nameFirst: true },
  // 23 projects … were signed; a … fund … was launched.
  // (Twenty-one projects …: a count spelled out, as a sentence opens with one.)
  { re: /\b((?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|several|dozens of|hundreds of)\s+(?:[\w-]{1,30}\s+){0,3}?(?:projects|agreements|deals|contracts|memorandums|MOUs))\b.{0,120}?\bwere (?:also )?signed\b/i, type: 'signing', named: true, nameFirst: true },
  { re: /\b(?:A|An|The)\s+((?:[\w$'-]{1,30}\s+){0,6}?(?:[Ff]und|[Pp]rogram|[Pp]rogramme|[Cc]ampaign|[Ii]nitiative|[Pp]latform|[Pp]lan|[Aa]lliance))\b.{0,120}?\bwas (?:also )?(?:launched|unveiled|inaugurated)\b/, type: 'launch', named: true, nameFirst: true },
  // A new container route linking A and B was launched on Monday: a route or a service launched, its head right before
  // what it links or the verb.
  { re: /\b(?:A|An|The)\s+((?:[\w$'-]{1,30}\s+){0,4}?(?:route|service|flight|line))(?=,?\s+(?:linking|between|from|to|connecting|was|were)\b)[^.;]{0,120}?\b(?:was|were) (?:also )?(?:launched|inaugurated)\b/, type: 'launch', named: true, nameFirst: true },
  // …, marking the launch of a regular cold-chain service on the railway: what was launched.
  { re: /\bmark(?:ing|ed|s)?\s+the\s+(?:launch|opening|start|debut|inauguration)\s+of\s+(?:a\s+|an\s+|the\s+)?([^,.;]{3,80}?)(?=\s*[,.;]|\s*$)/, type: 'launch', named: true, nameFirst: true },
  // A 420-megawatt wind farm built by a Chinese company was inaugurated on Wednesday: a facility's inauguration is a
  // ceremony (who built it may stand between).
  { re: /\b(?:A|An|The)\s+((?:[\w$'-]{1,30}\s+){0,6}?(?:center|centre|hub|park|plant|farm|factory|base|line|railway|port|station|facility|terminal|airport|bridge|tunnel|highway|expressway|project|warehouse|mall|hospital|school|stadium|dam))(?:\s+(?:built|developed|constructed|financed|funded|operated)\s+by\s+[^,.;]{1,60}?)?\s+(?:was|were) (?:officially |formally )?inaugurated\b/, type: 'ceremony', named: true, nameFirst: true },
  // … declared the line open at a ceremony at …: the one who declares it open attends the opening ceremony.
  { re: /\b(declared)\s+(?:the\s+|it\s+)?(?:[\w'-]{1,30}\s+){0,3}?open(?:ed)?\s+at\s+(?:a|an|the)\s+((?:opening\s+|inauguration\s+|launch\s+)?ceremony)\b/, type: 'ceremony', role: 'attendee', named: true },
  // … offered 12,000 jobs at a spring job fair in Baotou: a fair told by its kind in lower case, a gathering of its own
  // kind.
  { re: /\b(?:at|during|held|hosted|organized|organised)\s+(?:a|an|the)\s+((?:[a-z][\w'-]{0,30}\s+){0,2}?(?:job|jobs|recruitment|career|employment|trade|book|food|flower|temple|spring|autumn|winter|summer)\s+(?:fair|expo))\b/, type: 'other', named: true, nameFirst: true, dated: true },
  // About 3,000 officials and volunteers planted saplings on Thursday: a planting drive, a gathering of its own kind.
  { re: /\b(planted)\s+((?:[\w'-]{1,30}\s+){0,6}?(?:trees|saplings|seedlings|tree saplings))\b/, type: 'other', named: true, dated: true },
  // … cut the ribbon at the ceremony: those named before attend the ceremony told.
  { re: /\b(cut the ribbon)\s+(?:at|during)\s+(the\s+(?:inauguration\s+|opening\s+)?ceremony)\b/, type: 'ceremony', role: 'attendee', named: true },
  // A … logistics center was put into operation: a facility that starts work.
  { re: /\b(?:A|An|The)\s+((?:[\w$'-]{1,30}\s+){0,6}?(?:center|centre|hub|park|plant|factory|base|line|railway|port|station|facility|terminal|airport|bridge|tunnel|highway|expressway|project|zone|warehouse|mall))\s+(?:was|were) (?:officially |formally )?(?:put into (?:operation|use|service)|opened|commissioned|completed)\b/, type: 'launch', named: true, nameFirst: true }, // (inaugurated: a ceremony, above)
  // A cold chain logistics hub designed to handle … began operation at …: a facility that starts work, told with a
  // clause on what it is between the facility and the verb.
  // (… or with where it stands, or a clause between commas: A … hub at Yantian Port in …, started operation; The
  // first phase of Metro Line 29, linking A with B, began operation.)
  { re: /\b(?:A|An|The)\s+(?:new\s+)?((?:[\w$'-]{1,30}\s+){0,6}?(?:center|centre|hub|park|plant|factory|base|[Ll]ine(?:\s\d{1,3})?|railway|port|station|facility|terminal|airport|bridge|tunnel|highway|expressway|zone|warehouse|mall))(?:\s+(?:designed|built|located|capable|able|set|equipped|covering|with|that|which|at|in|near)\b[^.;!?]{0,160}?\s+|,\s[^.;!?]{0,160}?,\s+|\s+)(?:officially\s+|formally\s+)?(?:began|started|commenced|entered|went into)\s+(?:trial\s+)?(?:operation|operations|operating|service)\b/, type: 'launch', named: true, nameFirst: true },
  // A service centre for young entrepreneurs … opened in Qianhai on Thursday: a facility that opens, told with no
  // one opening it.
  { re: /\b(?:A|An|The)\s+(?:new\s+)?((?:[\w$'-]{1,30}\s+){0,4}?(?:center|centre|hub|park|museum|library|station|terminal|office|campus)(?:\s+for\s+[^,.;]{3,60}?)?)\s+(?:officially\s+|formally\s+)?opened\s+(?=in\b|at\b|on\b|yesterday\b|today\b|last\b|this\b|its doors\b|to the public\b)/, type: 'launch', named: true, nameFirst: true },
  // … addressed the opening of the 2026 Global Forum on Open Trade: the gathering's opening, its speaker; those who
  // attended the opening are its attendees.
  { re: new RegExp(String.raw`\b(addressed|spoke at)\s+the\s+${OPENING_OF}`), type: 'meeting', role: 'speaker', named: true },
  { re: new RegExp(String.raw`\b(attended)\s+the\s+${OPENING_OF}`), type: 'meeting', role: 'attendee', named: true },
  // A Long March 2D carrier rocket sent the Tianjian-07 Earth observation satellite into orbit: a satellite launched.
  { re: /\b(sent|put|placed|launched)\s+((?:the|a|an|two|three|four|five|six|\d{1,2})\s+(?:[\w'-]{1,30}\s+){0,5}?satellites?)\s+into\s+(?:orbit|space)\b/, type: 'launch', named: true },
  // A 139-km high-speed railway linking Ganzhou and Ruijin opened on Thursday: a line that opens, what it links between.
  { re: /\b(?:A|An|The)\s+(?:new\s+)?((?:[\w$'-]{1,30}\s+){0,4}?(?:railway|railroad|rail line|metro line|expressway|highway|bridge|tunnel|airport))(?:\s+(?:linking|connecting|between)\s+[^.;,]{3,80}?)?,?\s+(?:officially\s+|formally\s+)?opened\s+(?:to\s+(?:traffic|passengers|the public)\s+)?(?=on\b|yesterday\b|today\b|last\b|this\b)/, type: 'launch', named: true, nameFirst: true },
  // … said on Tuesday it would invest 6 billion yuan in a plant in Hefei: an investment announced, a plant to build.
  { re: /\b(?:would|will|plans? to|is to|agreed to)\s+(invest)\s+((?:[\d.,]+\s+(?:billion|million)\s+(?:yuan|dollars|euros|US dollars)|(?:\$|US\$|€)[\d.,]+\s+(?:billion|million))\s+in\s+(?:a|an|the|its)\s+(?:[\w'-]{1,30}\s+){0,4}?(?:plant|factory|project|base|center|centre|facility|park|hub))\b/, type: 'other', named: true, dated: true },
  // A man surnamed Ge was jailed for three years … by the … Court on Wednesday: a sentence passed, an event of its own
  // kind with the day the sentence names ("was sentenced to" is read with the personnel news, below).
  { re: /\b(?:was|were|has been|have been)\s+((?:jailed|imprisoned)\s+(?:to|for)\s+(?:[\w'-]{1,20}\s+){0,7}?(?:years?|months?|days?|life|death)(?:\s+(?:in\s+prison|imprisonment|behind\s+bars))?)\b/, type: 'other', named: true, nameFirst: true, dated: true, headTrigger: /^(?:jailed|imprisoned)/ },
  // … launched Huting, a parking app that shows …: a product named, then what it is (an app, a platform, a service).
  { re: /\b(launched|unveiled|rolled out)\s+([A-Z][\w'-]{1,30}(?:\s+[A-Z][\w'-]{1,30}){0,3}),\s+(?:a|an)\s+(?:[\w'-]{1,30}\s+){0,3}?(?:app|application|platform|service|system|programme|program|website|portal|mini-program)\b/, type: 'launch', named: true },
  // Vice-Mayor … released the plan at the meeting: a plan, a report or figures released are a release, not a launch.
  { re: new RegExp(String.raw`\b(released|issued|published)\s+(?:a|an|the|its|their)\s+(${RELEASED_THING})`, 'i'), type: 'release', named: true },
  { re: new RegExp(String.raw`\b(launched|kicked off|unveiled|released(?!\s+(?:a|an|the|its|their)\s+${RELEASED_THING}))\s+(?:a|an|the|its|their)\s+((?:(?!(?:on|in|at|with|to|for|during|after|before|and|which|that)\b)[\w'“”"-]{1,30}\s*){1,8})`, 'i'), type: 'launch', named: true },
  // … opened a one-stop service center for foreign-funded enterprises: a facility it opened.
  // … will open a direct route between Chengdu and Budapest on March 10: a route or service opened (or to come, on
  // the day the sentence sets); not a service center.
  { re: /\b(open|opened)\s+(?:a|an|its|their)\s+((?:new\s+|direct\s+|nonstop\s+|international\s+){0,2}(?:air\s+|cargo\s+|passenger\s+|freight\s+|shipping\s+)?(?:route|routes|service|air service|flight service)(?:\s+(?:between|from|to|linking)\s+[A-Z][\w'-]{1,30}(?:\s+(?:and|to)\s+[A-Z][\w'-]{1,30})?)?)(?=\s*[,.;]|\s+(?:on|in|at|from|next|this|starting|with)\b)/, type: 'launch', named: true, dated: true },
  // The company said in an earnings report filed with …: results disclosed.
  { re: /\b(said|announced|reported|disclosed)\s+in\s+(?:an?|its)\s+((?:annual\s+|quarterly\s+|interim\s+|preliminary\s+)?(?:earnings report|results announcement|annual report|earnings statement))\b/, type: 'release', named: true },
  { re: /\b(opened)\s+(?:a|an|its|their)\s+((?:[\w'-]{1,30}\s+){0,5}?(?:center|centre|hub|office|plant|factory|store|branch|station|museum|library|park|laboratory|lab|base|terminal)(?:\s+for\s+(?!the\b)[\w'-]{1,30}(?:\s+(?!(?:on|in|at|last|next|this)\b)[\w'-]{1,30}){0,3})?)\b/, type: 'launch', named: true },
  // Metro Line 15 will open to passengers next Monday: a facility set to open on a day the sentence names.
  { re: /\b((?:[A-Z][\w'-]{0,30}\s+){1,5}(?:Line|Railway|Bridge|Airport|Station|Museum|Center|Centre|Park|Expressway|Tunnel|Terminal)(?:\s+\d{1,3})?)\s+(?:will|is set to|is scheduled to|is due to)\s+(?:officially\s+)?open\b/, type: 'launch', named: true, nameFirst: true, dated: true },
  // The second phase of Metro Line 16, with eight stations in …, will open next Tuesday: a phase of it so, an
  // apposition between.
  { re: /\b[Tt]he\s+((?:first|second|third|fourth|fifth|final|new|\d{1,2}(?:st|nd|rd|th))\s+(?:phase|section|stage|extension)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]{0,30}\s+){1,4}(?:Line|Railway|Expressway|Airport|Metro)(?:\s+\d{1,3})?)(?:,[^,.;]{3,100},)?\s+(?:will|is set to|is scheduled to|is due to)\s+(?:officially\s+)?open\b/, type: 'launch', named: true, nameFirst: true, dated: true },
  // A drone delivery route linking 12 office towers … went into service yesterday: a route, a line or a service put
  // to use.
  { re: /\b(?:A|An|The)\s+(?:new\s+)?((?:[\w$'-]{1,30}\s+){0,4}?(?:route|service|line|railway|bridge|tunnel|terminal|station|system|platform))\b[^.;]{0,140}?(?<!\b(?:which|that|when|since|it)\s)\b(?:went|goes|was put|were put|has gone)\s+into\s+(?:service|operation|use)\b(?!\s+(?:in|since)\s+\d{4})/, type: 'launch', named: true, nameFirst: true },
  // An AI assistant launched last Friday by the bureau has handled …: a thing launched on a day, told in passing.
  { re: /\b(?:A|An|The)\s+(?:new\s+)?((?:[\w'-]{1,30}\s+){0,3}?(?:assistant|platform|app|application|service|system|program|programme|portal|robot|model|chatbot))\s+(?:launched|unveiled|rolled out)\s+(?=(?:last|on|this|earlier|yesterday)\b)/, type: 'launch', named: true, nameFirst: true },
  // The session was presided over by 甲: a gathering its chair is named after.
  // (The two-day event, co-hosted by X and Y, was presided over by 甲: an apposition may stand between.)
  { re: /\b(?:The|the)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:meeting|session|conference|forum|symposium|seminar|event))(?:,[^,.;]{3,120},)?\s+(?:was|were)\s+(presided over|chaired|hosted)\s+by\b/, type: 'meeting', named: true, nameFirst: true, passiveRole: 'chair' },
  // 600 companies gathered in Suzhou on Wednesday for the 2025 … Conference: the gathering they came to.
  { re: /\b(?:gathered|convened|assembled|met)\b[^.;]{0,80}?\bfor the ((?:(?:[A-Z0-9][\w'-]{0,30}|and|of|for|on|the)\s+){1,10}?(?:Forum|Conference|Summit|Expo|Fair|Symposium|Congress|Festival))\b/, type: 'meeting', named: true, nameFirst: true },
  // … after a three-hour meeting chaired by committee chairman Chan Hok-fung: the same, in a reduced relative.
  { re: /\b(?:a|an)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:meeting|session|hearing|conference|forum|symposium|seminar))\s+(presided over|chaired|hosted)\s+by\b/, type: 'meeting', named: true, nameFirst: true, passiveRole: 'chair' },
  // The conference, chaired by Mayor Qian Mingyuan, brought together …: the same, in apposition.
  { re: /\b(?:The|the)\s+((?:[\w'-]{1,30}\s+){0,3}?(?:meeting|session|conference|forum|symposium|seminar)),\s+(presided over|chaired|hosted)\s+by\b/, type: 'meeting', named: true, nameFirst: true, passiveRole: 'chair' },
  // … follows a symposium with 30 firms that Deng Wei chaired on Dec 12: the one named after "that" chairs it.
  { re: /\b(?:a|an|the)\s+((?:[\w'-]{1,30}\s+){0,2}?(?:meeting|conference|forum|symposium|seminar))\b[^.;"]{0,80}?\b(?:that|which)(?=\s+[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,2}\s+(presided over|chaired|hosted|convened)\b)/, type: 'meeting', named: true, nameFirst: true, passiveRole: 'chair' },
  // Sun Weiqi announced at a regular press conference: what a spokesperson announces there is a release.
  { re: /\b(?:announced|released|unveiled)\s+at\s+(?:a|an|the)\s+((?:regular|daily|weekly|routine)?\s*(?:press|news)\s+(?:conference|briefing))\b/, type: 'release', role: 'speaker', named: true, nameFirst: true },
  // Officials said at a work conference on the low-altitude economy: the meeting the words were said at.
  { re: /\b(?:said|announced(?!\s+at\s+(?:a|an|the)\s+(?:(?:regular|daily|weekly|routine)\s+)?(?:press|news)\b)|told reporters|spoke)\s+at\s+(?:a|an)\s+((?:[a-z][\w'-]{0,30}\s+){0,3}?(?:conference|meeting|forum|symposium|seminar)(?:\s+on(?:\s+(?:the\s+)?(?!in\b|on\b|at\b)[a-z][\w'-]{0,30}){1,4})?)\b(?!\s+(?:held|hosted|organized|organised)\b)/, type: 'meeting', named: true, nameFirst: true },
  // At a meeting of the Legislative Council's Panel on Housing, …: the meeting of a named body.
  // (… at a panel discussion of the Yunnan delegation: a body's head noun in lower case may close the name.)
  { re: /\b(?:[Aa]t|[Dd]uring)\s+(?:a|an|the)\s+((?:special\s+|closed-door\s+|panel\s+|group\s+|plenary\s+)?(?:meeting|session|hearing|discussion)\s+of\s+the\s+[A-Z][\w'’-]{0,30}(?:\s+(?:(?:of|on|for|and|the)\s+){0,2}(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]{0,30}){0,8}(?:\s+(?:delegation|government|committee|council|panel|group))?)/, type: 'meeting', named: true, nameFirst: true, headTrigger: /\b(?:meeting|session|hearing|discussion)\b/ },
];
/** How far back a gathering told again by its kind looks for its full name (a session of the … Committee). */
const LOOK_BACK = 3000;

/** A subject that stands for two people named before (the two ministers, both leaders). */
const BOTH = /\b(?:the two|both)\s+(?:ministers|leaders|sides|officials|presidents|premiers|heads of state|heads of government|delegations|foreign ministers)\b/i;

/** The last two different people mentioned before `at`. */
function lastTwo(people: readonly Cand[], at: number, nameOf: NameOf): Cand[] {
  const out: Cand[] = [];
  for (let k = people.length - 1; k >= 0 && out.length < 2; k--) {
    const p = people[k]!;
    if (p.end <= at && !out.some((x) => nameOf(x) === nameOf(p))) out.unshift(p);
  }
  return out;
}
/** The trigger of a facility that starts work (began operation, was put into service, opened). */
const FACILITY_OPENED = /\b(?:operation|operations|operating|service|use|opened|inaugurated|commissioned)$/;
/** A sentence about the main event (At the conference, …; Following the meeting, …). */
const AT_MAIN = /^\s*(?:At|During|On the sidelines of|Following|After) the (?:conference|forum|meeting|talks|event|expo|summit|session|ceremony|opening ceremony|opening|fair|exhibition)\b/i;
/** Those who witness a signing or a launch (witnessed by A, in the presence of A and B): attendees. */
const WITNESSED = /\b(?:witnessed by|in the presence of)\s+[^.;]{1,160}/;
/** What a signing names when it tells a deal again (signed the pact, the agreement, the deal). */
const GENERIC_DEAL = /^(?:agreement|pact|deal|accord|memorandum|MoU|MOU|contract|document|documents|agreements|deals)$/;
/** Those present at an event told in the same sentence: "with Wang and Moreau in attendance". */
const IN_ATTENDANCE = /\bwith\s+[^.;]{1,120}?\s+in attendance\b/;
/** A host named where a visit goes on: "where its chairman Zhou Kaiming briefed him". */
const HOSTED = /\b(?:where|and)\s+[^.;]{1,80}?\s+(?:briefed|received|welcomed|showed)\b/;
const SPEECH = /\b(said|stressed|noted|urged|urging|called for|calling for|called on|asked for|told|delivered (?:a |the )?(?:keynote |opening |welcome )?(?:speech|speeches|address|addresses)|gave (?:a |the )?(?:keynote )?(?:speech|speeches)|addressed|addressing|spoke|briefed|saying)\b/i;
const SPEECH_ALL = new RegExp(SPEECH.source, 'gi');
/** A sentence that names the article's gathering (told the conference, at the meeting, Speaking at …). */
const AT_EVENT = /\b(?:the|this)\s+(?:[\w-]{1,30}\s+){0,6}?(?:conference|meeting|forum|ceremony|expo|event|session|summit|briefing|talks|symposium|seminar)\b|\b(?:said|says|spoke|speaking|added|noted|stressed)\s+at the\b/i; // (not any "at the": who has sold blossoms at the fair for 20 years, said …)
/** People cited, not present: "the instructions of General Secretary Xi Jinping". */
/** … Xi Jinping's instructions: the one whose words are followed. */
const CITED_AFTER = /^['’]s\s+(?:important\s+)?(?:instructions|remarks|speech|thought|directives?|letter|congratulatory message)\b/i;
const CITED = /\b(?:instructions|remarks|speech|thought|directive|letter|congratulatory message)s?\s+(?:of|by|from)\s+$/i;
/** "The conference was hosted by Ma Lijuan": the host of the event told before. */
const HOSTED_BY = /\b(?:was|were)\s+(hosted|moderated|presided over|chaired|witnessed|signed)\s+(?:(?:in|at)\s+(?:[A-Z][\w'-]{0,30}\s+){1,3})?by\b/i;
/** The event of the type told last, or undefined (the signing a later sentence's signers and witnesses join). */
function lastOfType(events: readonly Event[], type: Event['type']): Event | undefined {
  for (let k = events.length - 1; k >= 0; k--) if (events[k]!.type === type) return events[k];
  return undefined;
}

/** …, who arrived in the Indonesian capital on Wednesday for a three-day visit; …, who is on a four-day visit to China. */
const ON_VISIT = /^,\s+who\s+(?:(?:is|was)\s+(?:on|paying)\s+an?\s+(?:[\w-]{1,20}\s+){0,3}?visit\b|arrived\s+(?:in|at)\s+[^,.;]{2,60}?\s+for\s+an?\s+(?:[\w-]{1,20}\s+){0,3}?visit\b)/;

/**
 * One named as on a visit is the guest of the talks or the meeting told with him, the other side its host, whoever
 * the sentence named first (Vice-Premier Lu held talks with President Adiwangsa in Jakarta. Lu, who arrived … for a
 * three-day visit, …). The roles the article gives them change with it.
 */
function guestsOnVisit(t: string, people: readonly Cand[], nameOf: NameOf, events: readonly Event[], roles: Map<string, Role[]>): void {
  const visitors = new Set<string>();
  for (const p of people) if (t.charCodeAt(p.end) === 44 && ON_VISIT.test(t.slice(p.end, p.end + 120))) visitors.add(nameOf(p));
  if (!visitors.size) return;
  const swapped = new Set<string>();
  for (const e of events) {
    if (e.type !== 'meeting' && e.type !== 'reception') continue;
    const hosts = e.participants.filter((x) => x.role === 'host');
    const guests = e.participants.filter((x) => x.role === 'guest');
    if (!hosts.length || !guests.length || !hosts.every((x) => visitors.has(x.name)) || guests.some((x) => visitors.has(x.name))) continue;
    for (const x of hosts) x.role = 'guest';
    for (const x of guests) x.role = 'host';
    for (const x of [...hosts, ...guests]) swapped.add(x.name);
  }
  if (!swapped.size) return;
  // Host and guest, for those whose roles changed, are what the events now give them (one pass over the events).
  const held = new Map<string, Set<Role>>();
  for (const e of events) {
    for (const x of e.participants) if (swapped.has(x.name) && (x.role === 'host' || x.role === 'guest')) (held.get(x.name) ?? held.set(x.name, new Set()).get(x.name)!).add(x.role);
  }
  for (const name of swapped) {
    const now = held.get(name) ?? new Set<Role>();
    const out = (roles.get(name) ?? []).filter((r) => (r !== 'host' && r !== 'guest') || now.has(r));
    for (const r of now) if (!out.includes(r)) out.push(r);
    roles.set(name, out);
  }
}

/** One who signs for a side: "signed for the city", "signed on behalf of the company". */
const SIGNED_FOR = /\bsigned\s+(?:the\s+(?:agreements?|deals?|contracts?|documents?)\s+)?(?:for|on behalf of)\s+(?:the|its|their|his|her)\s+(?:city|company|group|government|province|bank|university|firm|municipality|county|district|side|corporation)\b/;
/** Officials attending included A, B and C: those who attended the gathering told last. */
const ATTENDING = /\b(?:[Oo]fficials|[Gg]uests|[Dd]ignitaries|[Tt]hose|[Ll]eaders|[Pp]articipants)\s+(?:attending|present|in attendance)\s+(?:included|include|were|are)\s+|^\s*(?:Also\s+)?(?:[Aa]ttending|[Pp]resent(?:\s+at)?)(?:\s+(?:the|a|an)(?:\s+[\w-]{1,30}){1,4}?)?\s+(?:were|was|included)\s+/;
const ATTEND = /\b(attended|were present at|was present at)\b/i;
/** At a gathering told before (… released the plan at the meeting). */
const AT_GATHERING = /\b(?:at|during)\s+the\s+(meeting|conference|forum|session|symposium|ceremony)\b(?!\s+(?:of|on|in)\b)/i;
/** A speaker telling an audience where (told about 1,200 officials and business people at the …): up to the venue. */
const TOLD_AUDIENCE_AT = /\b(?:told|addressed)\s+(?:(?!\bthat\b)[^.;]){1,80}?\s+at\s+(?:the\s+)?(?=[A-Z])/;
/** The last word of a venue's name (Shanghai Exhibition Center, Great Hall of the People). */
const VENUE_WORD = /\b(?:Center|Centre|Hall|Hotel|Stadium|Arena|Park|Museum|Theater|Theatre|Auditorium|Building|Guesthouse|Square|Plaza|People)$/;
/** A sentence told of another time than the story's (Last year, …; … two years ago). */
const OTHER_TIME = /\b(?:last|previous)\s+(?:year|month|week)\b|\bago\b|\bin\s+(?:19|20)\d\d\b/i;
const PLAN = /\b(will|would|plans? to|is to|are to|is expected to|are expected to)\s+$/i;

/**
 * Analyzes the events of an English article's body.
 *
 * @example
 * ```ts
 * analyzeEnglishEvents(doc, nameOf).events[0]?.type; // 'meeting'
 * ```
 */
export function analyzeEnglishEvents(doc: Doc, nameOf: NameOf, opts: { datelineCity?: string } = {}): EventAnalysis {
  const t = doc.text;
  const book = new RoleBook();
  const roles = book.roles;
  const addRole = (name: string, role: Role): void => book.add(name, role);
  const dates = doc.cands.filter((c) => c.label === 'date').sort((a, b) => a.start - b.start);
  const people = doc.cands.filter((c) => c.label === 'person').sort((a, b) => a.start - b.start);
  const bodies = doc.cands.filter((c) => c.label === 'company' || c.label === 'government' || c.label === 'organization');
  const events: Event[] = [];
  let toldBefore = 0;
  let lastMeetingBefore: Event | undefined;
  let lastCeremonyBefore: Event | undefined;
  // Which sentence each event was told in (a signing told "then" takes the day of an event told just before).
  let sentenceNo = 0;
  const toldIn = new Map<Event, number>();
  // An opening the article tells as a ceremony: an opening ceremony, someone declaring it open, or "at the opening".
  const toldAsCeremony = /\b(?:opening ceremony|at the opening\b|declared\s+(?:the\s+[\w'-]{1,30}(?:\s+[\w'-]{1,30})?|it)\s+open)/i.test(t);
  // The launch or signing whose ceremony was told (attended the launch ceremony): "the ceremony" later is that event.
  let ceremonyOfEvent: Event | undefined;
  let main: Event | undefined;
  // Names that hold an office somewhere in the article.
  const officials = new Set(people.filter((p) => p.titles?.some((ti) => doc.cands[ti]?.title?.official)).map(nameOf));
  let first = true;
  /** Events the article's first sentence tells. */
  const leads = new Set<Event>();
  for (const s of sentencesOf(t)) {
    const lead = first;
    first = false;
    // Words a line broke at a soft hyphen are read whole (signed a mem- / orandum); offsets stay those of the text.
    const text = softless(t, s.start, s.end, doc.hyphenBreaks);
    const before = (at: number): Cand[] => people.filter((p) => p.start >= s.start && p.end <= s.start + at);
    // A deadline (by June, until 2026) is no day the sentence's events took place.
    // (A day before a year alone: output rose in 2025, according to figures released on Thursday — the year is the
    // period measured, the day the event's.)
    const inSentence = dates.filter((d) => d.start >= s.start && d.start < s.end && !/\b(?:by|until|till|before|through)\s+(?:the\s+end\s+of\s+)?$/i.test(t.slice(Math.max(0, d.start - 20), d.start)));
    /** The sentence's first day (not a month or a year), and the date it tells. */
    const firstDay = inSentence.find((d) => d.date?.day !== undefined);
    const dateIn = (firstDay ?? inSentence[0])?.date;
    sentenceNo++;
    // (The last meeting and ceremony told before this sentence, kept as the sentences go: no scan of every event per
    // sentence.)
    for (; toldBefore < events.length; toldBefore++) {
      const e = events[toldBefore]!;
      if (e.type === 'meeting') lastMeetingBefore = e;
      else if (e.type === 'ceremony') lastCeremonyBefore = e;
    }
    const sentenceEvents: Event[] = [];
    // Accompanied by A, …, and B, …, Tang visited …: those named before the one who acts accompany him.
    const accompanied = new Set<Cand>();
    // (… and Tang, accompanied by A and B, toured …: the same, the one named before acting.)
    const mid = /^[^,]{1,40},\s*accompanied\s+by\b/i.exec(text);
    if (mid) {
      const inSentence = people.filter((p) => p.start >= s.start + mid[0].length && p.end <= s.end);
      const verb = /\b(?:visited|inspected|toured|met|presided|said|called|urged|attended|went|came|checked)\b/.exec(text.slice(mid[0].length));
      for (const p of inSentence) if (verb && p.end <= s.start + mid[0].length + verb.index) accompanied.add(p);
    }
    if (/^\s*Accompanied by\b/.test(text)) {
      const inSentence = people.filter((p) => p.start >= s.start && p.end <= s.end);
      // (… or the first one after the phrase's comma who does something in the past: Accompanied by A, Xue walked ….)
      const actor = inSentence.find((p) => /^\s+(?:visited|inspected|toured|met|presided|said|called|urged|attended|went|came|checked)\b/.test(t.slice(p.end, p.end + 12)))
        ?? inSentence.find((p) => /,\s{1,3}$/.test(t.slice(Math.max(s.start, p.start - 3), p.start)) && /^\s+[a-z]{2,14}ed\b/.test(t.slice(p.end, p.end + 18)));
      for (const p of inSentence) if (actor && p.start < actor.start) accompanied.add(p);
    }
    // The first place in [from, to] written after "in" (in Duyun, in Suzhou, in the city's Shuangliu district).
    const placeAfterIn = (from: number, to: number): Cand | undefined =>
      doc.cands.find((c) => c.label === 'place' && c.start >= from && c.end <= to && /\bin\s+(?:the\s+(?:city|province|county|region|district|municipality)['’]s\s+)?$/.test(t.slice(Math.max(s.start, c.start - 30), c.start)));
    for (const p of PATTERNS) {
      const m = p.re.exec(text);
      // (An event to come is told where its pattern asks for the day it is set for: will open a route on March 10.)
      if (!m || (PLAN.test(text.slice(0, m.index)) && !p.dated)) continue;
      if (p.dated && !dateIn) continue;
      // Ratna, who visited Beijing earlier this year, said …: a visit told in passing of one who speaks is no inspection.
      if (p.type === 'inspection' && !p.nameFirst && /,\s+who\s+$/.test(text.slice(0, m.index))) continue;
      // Visiting countries is a trip abroad, not an inspection (visited Germany and France).
      if (p.type === 'inspection' && m[2] && /^(?:[A-Z][a-z]+(?:\s+(?:and|,)\s*)?)+$/.test(m[2].trim()) && doc.cands.some((c) => c.label === 'place' && c.place?.level === 'country' && c.start === s.start + m.index + m[0].indexOf(m[2]!))) continue;
      let subject = before(m.index).filter((p) => !accompanied.has(p));
      // (… at the invitation of Foreign Minister Pei Jinsong, spokesperson Sun Weiqi announced at a press conference:
      // the one who announces is named in the verb's own clause.)
      // (… or set off before it by an apposition: Sun Weiqi, a spokesperson for the ministry, announced.)
      if (p.type === 'release' && p.role) {
        const own = subject.filter((x) => x.start > s.start + text.lastIndexOf(',', m.index));
        const apposed = subject.filter((x) => /^,\s+(?:a|an|the)\s[^,]{1,80},\s*$/.test(t.slice(x.end, s.start + m.index))).slice(-1);
        subject = own.length ? own : apposed;
      }
      // … was presided over by 甲: the one named right after.
      if (p.passiveRole) subject = people.filter((x) => x.start >= s.start + m.index + m[0].length && x.end <= s.end).slice(0, 1);
      // (… hosted by the Chinese embassy: the body right after "by", where no one is named there.)
      if (p.passiveRole && !subject.length) {
        const by = s.start + m.index + m[0].length + (/^\s+(?:the\s+)?/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
        subject = bodies.filter((x) => x.start === by).slice(0, 1);
      }
      // Presiding over a symposium …, Tang urged: the one named after the participle clause.
      if (!subject.length && m.index < 3 && /^presiding/i.test(m[1] ?? '')) subject = people.filter((p) => p.start >= s.start + m.index + m[0].length && p.end <= s.end).slice(0, 1);
      // "The two ministers signed …": the last two people named before this sentence.
      if (!subject.length && BOTH.test(text.slice(0, m.index))) {
        const two = lastTwo(people, s.start, nameOf);
        if (two.length === 2) subject = two;
      }
      // Lou visited a plant …, after "during an inspection tour": a stop of the tour told, not an inspection of its own.
      if (p.type === 'inspection' && !p.nameFirst && subject.length && events.some((x) => x.type === 'inspection' && /^(?:inspection(?: (?:tour|trip))?|(?:fact-finding|research) (?:tour|trip)) (?:of|to|in)\b/.test(x.name) && x.participants.some((q) => q.role === 'inspector' && subject.some((c) => nameOf(c) === q.name)))) continue;
      // Accompanied by …, Fung toured the project, after Fung inspected it: the same inspection told again.
      if (p.type === 'inspection' && !p.nameFirst && accompanied.size && subject.length && events.some((x) => x.type === 'inspection' && x.participants.some((q) => q.role === 'inspector' && subject.some((c) => nameOf(c) === q.name)))) continue;
      let name = (p.nameFirst ? m[1]! : p.named && m[2] ? m[2] : m[1]!).trim().replace(/^(?:a|an|the)\s+/i, '').replace(/\s+(?:a|an|the)$/i, '');
      // Where the name stands in the sentence, and where it ends when it runs past the match (below).
      const nameIn = m[0].indexOf(name);
      let ofEnd = -1;
      // … called for faster construction of the second phase of the … terminal as he inspected the site: a place named
      // by a common noun alone is the works the sentence told before it.
      if (p.type === 'inspection' && GENERIC_SITE.test(name)) {
        const from = Math.max(text.lastIndexOf('. ', m.index), m.index - 300, 0);
        const works = WORKS_BEFORE.exec(text.slice(from, m.index));
        if (works) name = works[1]!.replace(/\s+/g, ' ');
      }
      // Inspected the construction of a high-speed railway linking …: a work in progress is named with what it builds.
      if (p.type === 'inspection' && PROCESS_NOUN.test(name)) {
        const of = OF_WORK.exec(text.slice(m.index + m[0].length));
        if (of) {
          name = `${name} ${of[0].trim().replace(/\s+/g, ' ')}`;
          ofEnd = s.start + m.index + m[0].length + of[0].trimEnd().length;
        }
      }
      const trigger = p.headTrigger?.exec(m[1]!)?.[0] ?? (p.nameFirst ? (/\b(put into (?:operation|use|service)|(?:began|started|commenced|entered|went into) (?:trial )?(?:operation|operations|operating|service)|gathered|convened|assembled|opened|kicked off|closed|concluded|was held|held|got under way|began|signed|launched|unveiled|inaugurated|commissioned|completed|published|released|issued|presented|handed out|conferred|honou?red|chaired|presided over|hosted|attended|inspection tour|inspection trip|inspection|launch|opening|inauguration|open)\b/.exec(m[0])?.[1] ?? m[0]) : m[1]!);
      // An expo, fair, festival or contest that opens is an opening ceremony; a forum or conference that opens is a meeting.
      // (A trade fair that opens with no opening told, no ceremony and no one declaring it open, is a gathering of its
      // own kind, as one told in a relative clause.)
      const opens = p.nameFirst && p.type === 'meeting' && /\b(?:Expo|Exposition|Fair|Festival|Exhibition|Competition|Contest|Games|Championships?|Tournament|Carnival)$/.test(name) && /\b(?:opened|kicked off|got under way|began)\b/.test(m[0]);
      const type = opens && (!/\b(?:Expo|Exposition|Fair|Exhibition)$/.test(name) || toldAsCeremony) ? 'ceremony' : opens ? 'other' : p.type;
      const nameAt = s.start + m.index + nameIn;
      // The name as the text writes it (to the end of its last word), without the soft hyphens of line breaks.
      const nameEnd = ofEnd >= 0 ? ofEnd : wordEnd(t, nameAt + name.length);
      const e: Event = { type, name: softless(t, nameAt, nameEnd, doc.hyphenBreaks).replace(/\s+/g, ' ').trim() === name.replace(/\s+/g, ' ') ? unbreak(t, nameAt, nameEnd, doc.hyphenBreaks) : name, trigger, participants: [], mentions: [] };
      // Where an inspection went: "inspected a tea plantation … in Duyun", the first place after "in"; where a deal was
      // signed, "signed an agreement with X in Hangzhou", before what it is for (… to co-develop tours in Lapland).
      if (!p.nameFirst && (p.type === 'inspection' || p.type === 'meeting' || p.type === 'reception' || p.type === 'signing' || p.type === 'ceremony')) {
        const from = s.start + m.index + m[0].length;
        const purpose = p.type === 'signing' ? /\bto\s+(?!the\b)[a-z]/.exec(t.slice(from, s.end)) : null;
        const place = placeAfterIn(from, purpose ? from + purpose.index : s.end);
        if (place) e.location = t.slice(place.start, place.end);
      }
      // An inspection tour of a place: that place.
      if (p.nameFirst && p.type === 'inspection') {
        // (Not the region that owns it: East China's Zhejiang province.)
        const inside = doc.cands.find((c) => c.label === 'place' && c.start >= s.start + m.index && c.end <= s.start + m.index + m[0].length && !/^['’]s\b/.test(t.slice(c.end, c.end + 3)));
        if (inside) e.location = t.slice(inside.start, inside.end);
      } else if (p.nameFirst) {
        // Where: "in Shanghai's Pudong New Area" after the verb, the first place named there.
        const place = placeAfterIn(s.start + m.index + m[0].length, s.end);
        // in Shanghai's Pudong New Area: the place the possessive leads to.
        const next = place && /^['’]s\s+$/.test(t.slice(place.end, place.end + 3)) ? doc.cands.find((c) => c.label === 'place' && c.start === place.end + 3) : undefined;
        if (place) e.location = t.slice((next ?? place).start, (next ?? place).end);
      }
      // The … Competition opened at Harbin Ice and Snow World: the venue named in capitals right after the verb, before
      // the district around it (… Expo opened at the Shenzhen World Exhibition and Convention Center in Bao'an district).
      if (p.nameFirst && (type === 'ceremony' || type === 'meeting' || type === 'other')) {
        const at = /^\s+at\s+(?:the\s+)?([A-Z][\w'’-]{0,30}(?:\s+(?:[A-Z][\w'’-]{0,30}|and)){0,5})/.exec(text.slice(m.index + m[0].length));
        if (at) e.location = at[1]!.replace(/\s+and$/, '');
      }
      // Gathered in Suzhou … for the … Conference: the place named before the gathering's name.
      if (!e.location && p.nameFirst && p.type === 'meeting') {
        const place = placeAfterIn(s.start + m.index, nameAt);
        if (place) e.location = t.slice(place.start, place.end);
      }
      // … held at Renmin University (in Beijing): the body it was held at, before the city around it.
      if (/(?:held|hosted|organized|organised)$/.test(m[0])) {
        const at = /^\s+at\s+(?:the\s+)?/.exec(text.slice(m.index + m[0].length));
        const venue = at ? bodies.find((x) => x.start === s.start + m.index + m[0].length + at[0].length) : undefined;
        if (venue) e.location = nameOf(venue);
      }
      // … on Tuesday evening, at a ceremony held at the Macau Forum: a named venue later in the sentence.
      if (!e.location && p.type === 'ceremony') {
        // (… or right after the ceremony: at a ceremony at the new Zigong South Railway Station.)
        const held = /(?:\b(?:held|hosted)\s+at|^\s*at)\s+(?:the\s+)?(?:new\s+)?([A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,4})/.exec(text.slice(m.index + m[0].length));
        if (held) e.location = held[1]!;
      }
      // Else the main event's day, else the first day the article names (not a year or a month).
      // The session was presided over by …, after "a session of the Standing Committee of …": the name told there.
      if (p.passiveRole && /^(?:meeting|session|conference|forum)$/i.test(name)) {
        // (Within the article's last few thousand characters: a page of many such sentences stays linear.)
        const earlier = softless(t, Math.max(0, s.start - LOOK_BACK), s.start, doc.hyphenBreaks);
        const full = new RegExp(`\\b(?:a|an|the)\\s+(${name}\\s+of\\s+the\\s+(?:[A-Z][\\w'’-]*\\s+|of\\s+|the\\s+|and\\s+)*[A-Z][\\w'’-]*)`, 'g');
        let last: RegExpExecArray | null = null;
        for (let f = full.exec(earlier); f; f = full.exec(earlier)) last = f;
        if (last) e.name = last[1]!.replace(/\s+/g, ' ');
      }
      // (… then signed, later visited, after the talks: what follows the event told last takes its day.)
      // (Only words before the verb tell it, and only an event of the two sentences before, or the main one, gives its
      // day.)
      const prior = events[events.length - 1];
      const next = !dateIn && THEN.test(text.slice(0, m.index + m[0].length)) ? (prior && sentenceNo - (toldIn.get(prior) ?? -9) <= 2 ? prior : main) : undefined;
      // (A day right after the words that tell the event is its own: … from April 8 to 11, Sun announced at a
      // regular press conference on Thursday.)
      const matchEnd = s.start + m.index + m[0].length;
      // (Only a day the verb's own words lead to, on Thursday, and only over a day told before the verb: signed an
      // agreement effective July 1 keeps the day it was signed.)
      const right = !firstDay || firstDay.start < s.start + m.index ? inSentence.find((d) => d.start >= matchEnd && d.start - matchEnd <= RIGHT_AFTER && d.date?.day !== undefined && RIGHT_GAP.test(t.slice(matchEnd, d.start)))?.date : undefined;
      const date: DateValue | undefined = right ?? dateIn ?? next?.date ?? (main ? main.date : (dates.find((d) => d.date?.iso)?.date ?? dates[0]?.date));
      if (date) e.date = date;
      // The opening ceremony of a gathering told as opening: its day and place.
      if (/^opening ceremony$/i.test(name) && main?.date && /^(?:opened|kicked off|got under way|began)$/.test(main.trigger ?? '')) {
        e.date = main.date;
        if (main.location) e.location = main.location;
      }
      // At the conference, …; Following the meeting, …: the main event's place.
      if (!e.location && main?.location && AT_MAIN.test(text)) e.location = main.location;
      // "presided over the ceremony" after the forum opened: the event already told, not another one.
      // (The conference was hosted by …: "The" opens the match.)
      const theBefore = p.passiveRole ? /^the\s/i.test(m[0]) : /\bthe\s+$/i.test(text.slice(0, m.index + m[0].length - name.length));
      // (The two-day event, the annual forum: a modifier of its length or its rhythm changes nothing.)
      const backref = main && (/^(?:(?:(?:one|two|three|four|five|six|seven|\d)-day|week-long|annual)\s+)?(?:(?:opening|closing|plenary|main) (?:session|meeting)|ceremony|meeting|forum|event|session|conference|discussion)$/i.test(name) || (main.type === 'ceremony' && /^(?:opening|closing) ceremony$/i.test(name))) && theBefore;
      // Attended the signing ceremony, after a signing told: that signing.
      // (Attended the launch ceremony, after a launch told: that launch; the opening ceremony, after a line or a hub
      // began operation: that launch too — not after a plaque unveiled, which the ceremony holds; and "the ceremony"
      // alone after a route went into service, no other ceremony told.)
      const ceremonyOf = /^(signing|launch) ceremony$/i.exec(name)?.[1]?.toLowerCase()
        ?? ((/^(?:opening|inauguration|commissioning) ceremony$/i.test(name) || (/^ceremony$/i.test(name) && theBefore && !events.some((x) => x.type === 'ceremony'))) && events.some((x) => x.type === 'launch' && FACILITY_OPENED.test(x.trigger ?? '')) ? 'launch' : undefined);
      // Signed the pact, after an agreement signed: that signing, told again with who signed it.
      // (Where the name stands in the match: before the verb when the name comes first.)
      const nameStart = m.index + (p.nameFirst ? m[0].indexOf(name) : m[0].length - name.length);
      const again = p.type === 'signing' && GENERIC_DEAL.test(name) && /\bthe\s+$/i.test(text.slice(0, nameStart)) ? 'signing' : undefined;
      const signed = ceremonyOf ?? again ? [...events].reverse().find((x) => x.type === (ceremonyOf ?? again)) : undefined;
      if (p.toldBefore && !signed) continue;
      // … the ceremony: the ceremony told before, where there is one (though no gathering is the story's main event:
      // A presided over the ceremony. B attended the ceremony, after a signing led the story).
      const lastCeremony = (): Event | undefined => [...events].reverse().find((x) => x.type === 'ceremony') ?? ceremonyOfEvent;
      const toldCeremony = !backref && !signed && theBefore && /^(?:(?:opening|closing|award|awards)\s+)?ceremony$/i.test(name) ? lastCeremony() : undefined;
      const target = signed ?? (backref ? (/ceremony$/i.test(name) ? lastCeremony() ?? main! : main!) : toldCeremony ?? e);
      if (ceremonyOf && signed) ceremonyOfEvent = signed;
      // (Was hosted by: the host; not a co-host named in an apposition before "was presided over by".)
      const role = p.passiveRole ? (/hosted/.test(m[2] ?? m[0]) ? 'host' : p.passiveRole) : p.role;
      for (const who of subject) {
        if (role && !target.participants.some((x) => x.name === nameOf(who) && x.role === role)) { addRole(nameOf(who), role); target.participants.push({ name: nameOf(who), role }); }
      }
      // … signed the agreements with A, chairman of …, B, president of …, and C: those it was signed with are parties.
      const withWhom = p.type === 'signing' ? /^\s+with\s/.exec(text.slice(m.index + m[0].length)) : null;
      if (withWhom && target.type === 'signing') {
        const from = s.start + m.index + m[0].length + withWhom[0].length;
        // (Up to where the sentence goes on past the list: the witnesses, a day, a place, a source, a host.)
        const until = /\bwitness(?:ed|es)\b|\bin the presence of\b|\baccording to\b|\b(?:hosted|presided over|attended|chaired)\b|\s(?:on|at|during)\s/.exec(t.slice(from, s.end));
        // (Not the source of the news after it: …, Ge said.)
        for (const g of people.filter((x) => x.start >= from && x.end <= (until ? from + until.index : s.end) && !/^\s+(?:said|says|added|told)\b/.test(t.slice(x.end, x.end + 8)))) {
          if (target.participants.some((x) => x.name === nameOf(g) && x.role === 'party')) continue;
          addRole(nameOf(g), 'party');
          target.participants.push({ name: nameOf(g), role: 'party' });
        }
      }
      // …, witnessed by A and B: those named there attend it.
      const witnessed = WITNESSED.exec(text);
      if (witnessed && witnessed.index > m.index) {
        const from = s.start + witnessed.index;
        for (const g of people.filter((x) => x.start >= from && x.end <= from + witnessed[0].length)) {
          if (target.participants.some((x) => x.name === nameOf(g))) continue;
          addRole(nameOf(g), 'attendee');
          target.participants.push({ name: nameOf(g), role: 'attendee' });
        }
      }
      // The agreement was signed between A and B: the bodies named are parties of the signing told before.
      if (signed && p.type === 'signing' && p.nameFirst) {
        for (const b of bodies.filter((x) => x.start >= s.start + m.index && x.end <= s.end)) {
          if (!signed.participants.some((x) => x.name === nameOf(b))) signed.participants.push({ name: nameOf(b), role: 'party' });
        }
      }
      if (backref || signed || toldCeremony) continue;
      // (A reception named by the words of the match, held its New Year reception, keeps that name and has no guest told.)
      if ((p.type === 'reception' && !(p.named && m[2])) || (p.type === 'meeting' && /talks$/.test(m[1]!))) {
        for (const g of people.filter((x) => x.start >= s.start + m.index + m[0].length && x.end <= s.end)) {
          addRole(nameOf(g), 'guest');
          e.participants.push({ name: nameOf(g), role: 'guest' });
        }
        const guest = e.participants.find((x) => x.role === 'guest');
        if (p.type === 'meeting') e.name = 'talks';
        else {
          // met with a business delegation from Vietnam: the words the text uses, up to where the sentence goes on.
          const rest = text.slice(m.index, Math.min(text.length, m.index + 90));
          const cut = /,|\s(?:in|on|at|led by|who|and said|to discuss)\s|\.(?:\s|$)/.exec(rest.slice(m[0].length));
          e.name = (cut ? rest.slice(0, m[0].length + cut.index) : rest).trim() || (guest ? `meeting with ${guest.name}` : rest.trim());
        }
      }
      if (p.type === 'signing') {
        // (Not the source of the news: …, the Ministry of Commerce said.)
        for (const b of bodies.filter((x) => x.start >= s.start && x.end <= s.end && !/^\s+(?:said|says|announced|reported|confirmed)\b/.test(t.slice(x.end, x.end + 12)))) {
          if (!e.participants.some((x) => x.name === nameOf(b))) e.participants.push({ name: nameOf(b), role: 'party' });
        }
      }
      // …, with Wang and Moreau in attendance: those named there attend it.
      const present = IN_ATTENDANCE.exec(text);
      if (present && present.index > m.index) {
        const from = s.start + present.index;
        for (const g of people.filter((x) => x.start >= from && x.end <= from + present[0].length)) {
          addRole(nameOf(g), 'attendee');
          e.participants.push({ name: nameOf(g), role: 'attendee' });
        }
      }
      // Moreau visited Hongxing Food Corp, where its chairman Zhou Kaiming briefed him: the one who briefs hosts.
      if (p.type === 'inspection') {
        const host = HOSTED.exec(text);
        if (host && host.index > m.index) {
          const from = s.start + host.index;
          for (const g of people.filter((x) => x.start >= from && x.end <= from + host[0].length)) {
            addRole(nameOf(g), 'host');
            e.participants.push({ name: nameOf(g), role: 'host' });
          }
        }
      }
      const start = s.start + m.index;
      // (The mention as the text writes it: to the end of its last word, soft hyphens included.)
      const end = wordEnd(t, start + m[0].length);
      e.mentions.push({ start, end, text: t.slice(start, end), label: 'event', rule: `en.event.${p.type}` });
      events.push(e);
      toldIn.set(e, sentenceNo);
      sentenceEvents.push(e);
      // A launch or a signing held at a ceremony (… was launched at a ceremony): the ceremony the text later tells.
      const ceremonial = (e.type === 'launch' || e.type === 'signing') && /^\s*at an?\s+(?:[\w-]{1,30}\s+)?ceremony\b/i.test(text.slice(m.index + m[0].length));
      // (Not a gathering told after the signing the first sentence tells: Earlier on Thursday, … presided over a
      // meeting. The story is the signing, and remarks told later are not made at that meeting.)
      const afterLead = !lead && events.some((x) => x.type === 'signing' && leads.has(x));
      if (lead) leads.add(e);
      main ??= (e.type === 'meeting' || e.type === 'reception' || e.type === 'inspection' || e.type === 'ceremony' || ceremonial) && !afterLead ? e : undefined;
    }
    // Each verb of speech gives the people named since the one before it (Tan spoke at the meeting, and Ouyang
    // briefed it: both speak).
    const gathering = sentenceEvents.filter((e) => e.type === 'meeting' || e.type === 'ceremony').pop();
    // Where they speak: at the gathering their sentence tells, or at the main one where the sentence names it (told
    // the conference); a remark elsewhere in the article is only a remark.
    const atMain = main && AT_EVENT.test(text) ? main : undefined;
    // Else those who take part in the main event, or hold office, speak at it (Tang said…, after Tang met Brenner);
    // a scholar's or a farmer's remark elsewhere is only a remark.
    // Said at the launch ceremony: the launch told before.
    const atLaunch = /\b(?:launch|inauguration|commissioning) ceremony\b/i.test(text) ? [...events].reverse().find((e) => e.type === 'launch') : undefined;
    // Addressing the ceremony, …: the ceremony told before.
    const atCeremony = /\bthe ceremony\b/i.test(text) ? [...events].reverse().find((e) => e.type === 'ceremony') : undefined;
    // Spoke at the meeting, at the symposium, told the meeting: the gathering told before under that word (else any
    // meeting; the talks are the talks told before).
    const named = /\bthe (meeting|symposium|forum|conference|seminar|session|talks)\b/i.exec(text)?.[1]?.toLowerCase();
    const atMeeting = named ? [...events].reverse().find((e) => e.type === 'meeting' && (named === 'meeting' || e.name.toLowerCase().includes(named))) : undefined;
    const speaksAt = (name: string): Event | undefined => gathering ?? atLaunch ?? atCeremony ?? atMeeting ?? atMain ?? (main && (officials.has(name) || main.participants.some((x) => x.name === name)) ? main : undefined);
    let from = 0;
    for (const speech of text.matchAll(SPEECH_ALL)) {
      let speakers = people.filter((p) => p.start >= s.start + from && p.end <= s.start + speech.index!);
      from = speech.index! + speech[0].length;
      // …, the Central Commission for Discipline Inspection said: the body speaks, not the people named before it.
      const lastSpeaker = speakers.length ? speakers[speakers.length - 1]!.end : s.start;
      // (… its name ending in its head word, or the body found whole right before the verb: the Municipal Commission
      // for Discipline Inspection said.)
      const saidBy = (b: Cand): boolean => b.start >= lastSpeaker && b.end <= s.start + speech.index! && /(?:,|\band)\s+the\s+$/i.test(t.slice(Math.max(0, b.start - 8), b.start));
      if (bodies.some(saidBy) && (/(?:Commission|Ministry|Bureau|Office|Council|Committee|Court|Department|Administration|Agency|Association|Company|Group)\s*$/.test(t.slice(s.start, s.start + speech.index!).trimEnd().replace(/\s+(?:also|has|had|have)$/, ''))
        || bodies.some((b) => saidBy(b) && /^\s*$/.test(t.slice(b.end, s.start + speech.index!))))) speakers = [];
      // … appointed Ran Haifeng as president, the company said: a body named by its kind speaks, or "it" does.
      if (/(?:,\s*|^|\band\s+)(?:(?:the|a)\s+(?:company|firm|group|ministry|bureau|department|government|court|agency|commission|office|police|university|hospital|council|committee|exchange|regulator|association)|it)\s+(?:also\s+)?$/i.test(t.slice(s.start, s.start + speech.index!))) speakers = [];
      // …attended the opening ceremony, where Yang delivered a speech: only the one after "where" speaks.
      if (speakers.length > 1) {
        const last = speakers[speakers.length - 1]!;
        const prev = speakers[speakers.length - 2]!;
        if (/\bwhere\b|,\s*and\b/.test(t.slice(prev.end, last.start))) speakers = [last];
      }
      for (const who of speakers) {
        if (CITED.test(t.slice(Math.max(s.start, who.start - 24), who.start))) continue;
        addRole(nameOf(who), 'speaker');
        const here = speaksAt(nameOf(who));
        takePart(here, nameOf(who), 'speaker');
      }
    }
    // The instructions of General Secretary Xi Jinping: cited.
    for (const p of people) if (p.start >= s.start && p.end <= s.end && (CITED.test(t.slice(Math.max(s.start, p.start - 40), p.start).replace(/(?:[A-Z][\w-]*\s+)+$/, '')) || CITED_AFTER.test(t.slice(p.end, p.end + 40)))) addRole(nameOf(p), 'referenced');
    // The conference was hosted by Ma Lijuan.
    // … was presided over by X (chair), witnessed by X (attendee of the signing told last).
    // The forum, co-hosted by A and B, drew …: the bodies that host the gathering told before.
    // (… will be held in Nairobi on Dec 1, co-hosted by A and B: the same, after the gathering this sentence tells.)
    const gatheringHere = [...sentenceEvents].reverse().find((e) => e.type === 'meeting' || e.type === 'ceremony');
    // (Co-hosted by A and B, the one-day forum …: the same, the participle opening the sentence.)
    const coHosted = /^\s*The (?:forum|symposium|seminar|conference|workshop|summit|event|meeting|ceremony),\s+(?:co-)?(?:hosted|organized|organised|sponsored|jointly hosted)\s+by\b/i.exec(text) ??
      /^\s*(?:Co-hosted|Co-organized|Co-organised|Jointly hosted|Hosted|Organized|Organised|Sponsored)\s+by\b(?=[^.]*,\s+the\s+(?:[\w-]{1,30}\s+){0,3}(?:forum|symposium|seminar|conference|workshop|summit|event|meeting|ceremony|expo|fair)\b)/.exec(text) ??
      (gatheringHere ? /,\s+(?:co-hosted|co-organized|co-organised|jointly hosted)\s+by\b/i.exec(text) : null);
    const gatheringBefore = coHosted ? gatheringHere ?? [...events].reverse().find((e) => e.type === 'meeting' || e.type === 'ceremony') : undefined;
    if (coHosted && gatheringBefore) {
      const from = s.start + coHosted.index + coHosted[0].length;
      const close = text.indexOf(',', coHosted.index + coHosted[0].length);
      const to = close >= 0 ? s.start + close : s.end;
      for (const b of bodies.filter((x) => x.start >= from && x.end <= to)) takePart(gatheringBefore, nameOf(b), 'host');
      for (const p of people.filter((x) => x.start >= from && x.end <= to)) { addRole(nameOf(p), 'host'); takePart(gatheringBefore, nameOf(p), 'host'); }
    }
    const hostedBy = HOSTED_BY.exec(text);
    if (hostedBy) {
      const verb = hostedBy[1]!.toLowerCase();
      const role: Role = verb === 'hosted' ? 'host' : verb === 'witnessed' ? 'attendee' : verb === 'signed' ? 'party' : 'chair';
      const target = verb === 'witnessed' || verb === 'signed' ? lastOfType(events, 'signing') ?? events[events.length - 1] : /^The (?:ceremony|meeting|forum|conference|event|session)\b/.test(text.trim()) ? events[events.length - 1] ?? main : main ?? events[events.length - 1];
      // (… signed by A and B, with C in attendance: C attends.)
      const present = IN_ATTENDANCE.exec(text);
      const inAttendance = (x: { start: number }): boolean => !!present && x.start >= s.start + present.index && x.start < s.start + present.index + present[0].length;
      for (const p of people.filter((x) => x.start >= s.start + hostedBy.index + hostedBy[0].length && x.end <= s.end)) {
        const r: Role = inAttendance(p) ? 'attendee' : role;
        addRole(nameOf(p), r);
        takePart(target, nameOf(p), r);
      }
    }
    // Vice-Mayor Xiang signed for the city; Ke, chairman of …, signed for the company: those named before sign the
    // signing told last, a party.
    const signedFor = SIGNED_FOR.exec(text);
    const signedDeal = signedFor ? lastOfType(events, 'signing') : undefined;
    if (signedFor && signedDeal) {
      for (const p of people.filter((x) => x.start >= s.start && x.end <= s.start + signedFor.index)) {
        addRole(nameOf(p), 'party');
        takePart(signedDeal, nameOf(p), 'party');
      }
    }
    // 甲 accompanied 乙 / 乙 …, accompanied by 甲: 甲 is accompanying.
    const by = /\baccompanied\s+by\b/i.exec(text);
    const acc = by ?? /\baccompanied\b/i.exec(text);
    if (acc) {
      const who = accompanied.size ? [...accompanied] : by ? people.filter((p) => p.start >= s.start + by.index + by[0].length && p.end <= s.end) : before(acc.index);
      // … accompanied Liu on the tour: the visit told before where the sentence tells none.
      const visit = (e: Event | undefined): boolean => e?.type === 'inspection' || e?.type === 'reception';
      const at = sentenceEvents[sentenceEvents.length - 1] ?? (visit(main) ? main : [...events].reverse().find(visit) ?? main);
      for (const p of who) {
        addRole(nameOf(p), 'accompanying');
        takePart(at, nameOf(p), 'accompanying');
      }
    }
    // A delegation led by 甲: 甲 leads it.
    const led = /\bled by\b/i.exec(text);
    if (led) {
      const first = people.find((p) => p.start >= s.start + led.index + led[0].length && p.end <= s.end);
      if (first) {
        addRole(nameOf(first), 'leader');
        const at = sentenceEvents[sentenceEvents.length - 1];
        takePart(at, nameOf(first), 'leader');
      }
    }
    // A and B attended the signing: those named before attend the signing told last.
    const atSigning = /\b(?:attended|witnessed)\s+the\s+signing\b(?!\s+(?:of|ceremony)\b)/.exec(text);
    const signing = atSigning ? lastOfType(events, 'signing') : undefined;
    if (atSigning && signing) for (const p of before(atSigning.index)) { addRole(nameOf(p), 'attendee'); takePart(signing, nameOf(p), 'attendee'); }
    // Presented the award (or prizes): the one who presents.
    const presented = /\b(?:presented|handed out|gave out|conferred)\s+(?:the\s+)?(?:awards?|prizes?|medals?|honou?rs?|trophy|trophies)\b/i.exec(text);
    // (Only the subject of its own clause: A presided over the ceremony, and B presented the awards.)
    // (… was held at …, where B presented the awards: B presents them at the ceremony this sentence tells.)
    const ceremonyHere = sentenceEvents.find((e) => e.type === 'ceremony');
    if (presented) {
      for (const p of before(presented.index)) {
        if (p.start < s.start + clauseOpening(text, presented.index)) continue;
        addRole(nameOf(p), 'presenter');
        if (ceremonyHere) takePart(ceremonyHere, nameOf(p), 'presenter');
      }
    }
    // "… ," said Chen Yuqing, …: the speaker after the verb.
    const inverted = /[,"”]\s*said\s+$/;
    for (const p of people) {
      if (p.start < s.start || p.end > s.end) continue;
      if (inverted.test(t.slice(Math.max(s.start, p.start - 12), p.start))) {
        addRole(nameOf(p), 'speaker');
        const at = speaksAt(nameOf(p));
        takePart(at, nameOf(p), 'speaker');
      }
    }
    // Officials attending included A, B and C: attendees of the ceremony or meeting told last.
    const attending = ATTENDING.exec(text);
    if (attending) {
      const target = [...events].reverse().find((e) => e.type === 'ceremony' || e.type === 'meeting') ?? main;
      for (const p of people.filter((x) => x.start >= s.start + attending.index + attending[0].length && x.end <= s.end)) {
        addRole(nameOf(p), 'attendee');
        takePart(target, nameOf(p), 'attendee');
      }
    }
    // …, which was also attended by Zhou Lixin: those after "attended by"; Also officiating at the ceremony were A,
    // B and C; Also present were …: those after the verb.
    const by2 = /\battended\s+by\b|\b[Aa]lso\s+(?:officiating|attending|present)(?:\s+at\s+the\s+(?:ceremony|event|meeting|launch|opening))?\s+were\b/.exec(text);
    if (by2) {
      const target = events[events.length - 1] ?? main;
      for (const p of people.filter((x) => x.start >= s.start + by2.index + by2[0].length && x.end <= s.end)) {
        addRole(nameOf(p), 'attendee');
        takePart(target, nameOf(p), 'attendee');
      }
    }
    // Vice-Mayor Ren Jiayi released the plan at the meeting: someone who does something at a gathering told in an
    // earlier sentence takes part in it, an attendee unless told otherwise.
    // (Not a sentence told of another time: Last year, … announced the policy at the session.)
    const atIt = by2 || ATTEND.test(text) || OTHER_TIME.test(text) ? null : AT_GATHERING.exec(text);
    if (atIt) {
      const target = /^ceremony$/i.test(atIt[1]!) ? lastCeremonyBefore : lastMeetingBefore;
      for (const who of target ? before(atIt.index).slice(0, 1) : []) {
        if (target!.participants.some((x) => x.name === nameOf(who))) continue;
        addRole(nameOf(who), 'attendee');
        takePart(target!, nameOf(who), 'attendee');
      }
      // (… and what it did there, told before "at the meeting" and not reported after "that", was done where the
      // gathering was.)
      const reported = /\bthat\b/.exec(text);
      for (const e of sentenceEvents) {
        const at = (e.mentions[0]?.start ?? s.end) - s.start;
        if (!e.location && target?.location && at < atIt.index && !(reported && reported.index < at)) e.location = target.location;
      }
    }
    // Lu told about 1,200 officials … at the Shanghai Exhibition Center: where a speaker of the main gathering told
    // its audience is where it was held (a venue or a place, not a body the speech was about).
    const toldAt = main && !main.location && main.type === 'meeting' ? TOLD_AUDIENCE_AT.exec(text) : null;
    if (toldAt && main && before(toldAt.index).some((p) => main!.participants.some((x) => x.name === nameOf(p)))) {
      const venue = s.start + toldAt.index + toldAt[0].length;
      const k = doc.startingAt(venue);
      const at = k >= 0 ? doc.cands[k]! : undefined;
      if (at && (at.label === 'place' || (at.label !== 'company' && VENUE_WORD.test(t.slice(at.start, at.end))))) main.location = nameOf(at);
    }
    const attend = by2 ? null : ATTEND.exec(text);
    if (attend) {
      // (A and B attended the ceremony along with C and D: those after "along with" attend too.)
      const along = /\balong\s+with\b|\btogether\s+with\b/.exec(text.slice(attend.index));
      const also = along ? people.filter((x) => x.start >= s.start + attend.index + along.index + along[0].length && x.end <= s.end) : [];
      // (… attended the meeting: the meeting told last, not the visit the story opens with.)
      // (… attended the talks: the talks told last.)
      const what = /^\S+(?:\s+at)?\s+the\s+(meeting|forum|symposium|seminar|conference|session|ceremony|talks)\b/i.exec(text.slice(attend.index));
      const kind = what ? (what[1]!.toLowerCase() === 'ceremony' ? 'ceremony' : 'meeting') : undefined;
      const named = kind ? [...events].reverse().find((e) => e.type === kind && (what![1]!.toLowerCase() !== 'talks' || /\btalks\b/i.test(e.name))) : undefined;
      for (const who of [...before(attend.index), ...also]) {
        addRole(nameOf(who), 'attendee');
        const target = named ?? main ?? events[events.length - 1];
        takePart(target, nameOf(who), 'attendee');
      }
    }
  }
  // … spoke at the meeting, which was held in Beijing: where the meeting told before was held.
  for (const w of t.matchAll(HELD_IN_BACK)) {
    const kind = /^ceremony$/i.test(w[1]!) ? 'ceremony' : 'meeting';
    const target = [...events].reverse().find((e) => e.type === kind && (e.mentions[0]?.start ?? 0) < w.index!);
    const place = doc.cands.find((c) => c.label === 'place' && c.start === w.index! + w[0].length);
    if (target && !target.location && place) target.location = t.slice(place.start, place.end);
  }
  guestsOnVisit(t, people, nameOf, events, roles);
  findEnglishPersonnel(doc, events);
  findEnglishIncidents(doc, events);
  const awards = findEnglishAwards(doc, nameOf, events, main, addRole);
  // A dispatch's meetings and signings take place in its dateline city unless the text says where.
  if (opts.datelineCity) for (const e of events) if (!e.location && (e.type === 'reception' || e.type === 'signing')) e.location = opts.datelineCity;
  return { events, awards, dates: dates.map((d) => d.date!), roles };
}

/**
 * The city of an English dateline, as a name (CHENGDU, June 29 (Xinhua) -- → Chengdu), or undefined.
 *
 * @example
 * ```ts
 * datelineCity('CHENGDU, June 29 (Xinhua) --'); // 'Chengdu'
 * datelineCity('BEIJING —');                    // 'Beijing'
 * datelineCity('By LI MING | China Daily');    // undefined
 * ```
 */
export function datelineCity(dateline: string): string | undefined {
  const m = /^([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,2})(?:, |\s+(?:—|–|--)\s*$)/.exec(dateline);
  if (!m || m[1]!.length < 3) return undefined;
  return m[1]!.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** Personnel news: expelled from the Party, appointed to a post, sentenced by a court. */
const PERSONNEL: { re: RegExp; type: Event['type']; person?: boolean }[] = [
  { re: /\b(?:has been|have been|was|were)\s+(expelled)\s+from\s+((?:the\s+)?(?:Communist Party of China|CPC|Party))\b/, type: 'personnel' },
  // (… was named winner of an award, or one of the top ten enterprises, is no appointment.)
  { re: /\b(?:has been|was|were)\s+(appointed|named(?!\s+(?:the\s+)?(?:winners?|recipients?|laureates?)\b|\s+(?:one\s+of|among)\b)|elected|removed as|dismissed as)\s+((?:[\w'-]{1,30}\s+){0,12}?[\w'-]{1,30}?)(?=\s+(?:by|on|last|this|in|at)\b|[.,;])/, type: 'personnel' },
  // Chongqing Shanheng Auto Parts Group appointed Ran Haifeng as president on Wednesday: the same, told in the active.
  // (The one appointed must be a person: UNESCO named Jingdezhen as a creative city is no appointment.)
  // (… with who they are between commas: has named Zuo Yunfei, head of its Xiamen branch, as president from …)
  { re: /\b(appointed|named)\s+((?:[A-Z][\w'’-]{0,30}\s+){0,2}[A-Z][\w'’-]{0,30}(?:,\s+[^,.;]{1,40},)?\s+as\s+(?:its\s+|the\s+|new\s+){0,3}(?:[\w'-]{1,30}\s+){0,4}?[\w'-]{1,30}?)(?=\s+(?:by|on|last|this|in|at|of|to|and|with|after|from)\b|[.,;])/, type: 'personnel', person: true },
  { re: /\b(?:has been|was|were)\s+(sentenced)\s+to\s+((?:[\w'-]{1,30}\s+){0,6}?[\w'-]{1,30}?)(?=\s+(?:on|by|last|this|for|after)\b|[.,;])/, type: 'other' },
];

function findEnglishPersonnel(doc: Doc, events: Event[]): void {
  const t = doc.text;
  // (Dates looked up by place in the text, as the incidents do: a page of many sentences is read in linear time.)
  const dates = new MentionRange(doc.cands, (c) => c.label === 'date');
  for (const s of sentencesOf(t)) {
    // (Read through the soft hyphens of line breaks: was sen- / tenced to.)
    const text = softless(t, s.start, s.end, doc.hyphenBreaks);
    for (const p of PERSONNEL) {
      const m = p.re.exec(text);
      if (!m || PLAN.test(text.slice(0, m.index))) continue;
      // (… were named Zhejiang Quality Craftsmen: an honour, read with the awards.)
      if (m[1] === 'named' && NAMED_HONOUR.test(text)) continue;
      const verb = m[1]!;
      if (p.person) {
        const who = s.start + m.index + m[0].indexOf(m[2]!);
        if (!doc.cands.some((c) => c.label === 'person' && c.start === who)) continue;
      }
      const name = verb === 'expelled' ? `expelled from ${m[2]!}` : verb === 'sentenced' ? `sentenced to ${m[2]!}` : `${verb} ${m[2]!}`;
      const at = s.start + m.index + m[0].indexOf(verb);
      // (The match's end is the text's: the soft hyphens taken out of a word are made up by spaces after it.)
      const end = s.start + m.index + m[0].indexOf(m[2]!) + m[2]!.length;
      const e: Event = { type: p.type, name, trigger: verb, participants: [], mentions: [{ start: at, end, text: t.slice(at, end), label: 'event', rule: `en.event.${p.type}` }] };
      // The date of the sentence (said on Thursday, on Tuesday, last week).
      const date = dates.within(s.start, s.end)[0]?.date;
      if (date) e.date = date;
      events.push(e);
    }
  }
}

