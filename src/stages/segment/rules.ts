/**
 * Page-structure rules as data: datelines, page furniture and the role words of bylines. Every rule has an id that
 * the segmenter reports (in warnings and tests) so any decision can be traced to one line here.
 *
 * Every pattern is anchored at the start of one line and uses only bounded quantifiers, so each runs in time bounded
 * by a constant per line.
 *
 * @module
 */

/** A rule that recognizes the start of an article at the start of a line. */
export interface DatelineRule {
  readonly id: string;
  /** Matched against the width-folded line (full-width digits folded to ASCII). */
  readonly re: RegExp;
  /** True when the match itself names the reporters (本报记者 某某 报道). */
  readonly namesReporters?: boolean;
  /** True when the rule applies only where no article is open (a line that is only a reporter credit). */
  readonly onlyOutside?: boolean;
  /** True when the match's first group must be a place the gazetteer or the world list knows (江門2日｜). */
  readonly placeFirst?: boolean;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const AGENCY = '(?:新华社|中新社|中通社|中央社|路透社|法新社|美联社|彭博社|共同社|韩联社|塔斯社|德新社|安莎社|埃菲社|中新网|人民网|新华网|央视网|央广网|光明网|中国新闻网|中国日报网|国际在线|澎湃新闻|本报|本刊)';

/** Datelines, most specific first. */
export const DATELINE_RULES: readonly DatelineRule[] = [
  { id: 'dateline.benbaoxun', re: /^本报讯/ },
  // A paper's own name before 讯 (香港文汇报讯, 大公报讯, 某某日报专讯), the credit in brackets after it.
  { id: 'dateline.paper-xun', re: /^[\u4e00-\u9fff]{1,8}报(?:专)?讯/ },
  // A paper's reporter reports (大公报记者某某报道：): a dateline that names its reporters (本报记者…报道 is a byline).
  { id: 'dateline.paper-reporter', re: /^(?!本报)[\u4e00-\u9fff]{1,8}报(?:驻[\u4e00-\u9fff]{1,6})?(?:特约|特派|见习|实习)?记者[^，。；：:！？（）()]{1,24}?报道[：:]?/ },
  // Hong Kong, Macao and overseas papers bracket the dateline: 【本报讯】, 【某报专讯】, 【某某社电】, 【某报报道】,
  // 【本报消息】 (Macao Daily).
  // … or in round brackets, a place and 讯 ((香港讯), (澳门讯)).
  { id: 'dateline.round-bracketed', re: /^[（(][\u4e00-\u9fff]{2,6}(?:讯|电)[）)]/ },
  // … or the reporter alone in such brackets, as the story's credit (【记者某某报道】).
  // (Hong Kong papers leave out 报道 and may set the name apart: 【记者 某某】.)
  { id: 'dateline.bracketed-credit', re: /^【(?:本报)?(?:特约|特派|见习|实习)?记者[ \u3000]{0,2}(?!手记|札记|观察|调查|追踪|专访)[\u4e00-\u9fff·、]{2,16}?(?:报道|报导)?(?<![讯电])】/, namesReporters: true },
  // … or the paper's formula and its reporters' credit in round brackets, both inside the square ones (【香港文汇报讯
  // （记者 某某）】, 【某报讯（记者 某某 深圳报道）】): the whole is the dateline, the names inside it.
  { id: 'dateline.bracketed-paper-credit', re: /^【[\u4e00-\u9fff·\d]{1,12}(?:讯|电)(?=[（(](?:本报)?(?:特约|特派|见习|实习)?记者)/ },
  { id: 'dateline.bracketed', re: /^【[\u4e00-\u9fff·\d]{0,12}(?:讯|电|报道|消息)】/ },
  // Taiwan papers: 【记者某某／台北报道】, 〔记者某某／台北报导〕 (Liberty Times), the reporter and the place in the bracket.
  { id: 'dateline.bracketed-reporter', re: /^[【〔［](?:本报)?(?:特约)?记者[\u4e00-\u9fff·、]{2,16}[／/][\u4e00-\u9fff]{2,8}(?:报道|报导|电)[】〕］]/ },
  { id: 'dateline.agency-date', re: new RegExp(`^据?${AGENCY}[\\u4e00-\\u9fff·]{0,10}?${NUM}月${NUM}日(?:电|讯|报道)`) },
  // 中通社香港11日电: the day alone, in the month.
  { id: 'dateline.agency-day', re: new RegExp(`^据?${AGENCY}[\\u4e00-\\u9fff·]{0,10}?${NUM}日(?:电|讯)`) },
  // 中山26日電　…: the place filed from and the day, set apart from the text, with no agency (a paper's own dispatch;
  // 東莞9日訊　… too).
  { id: 'dateline.place-day', re: new RegExp(`^[\\u4e00-\\u9fff]{2,4}${NUM}日(?:电|讯)(?=[\\s\\u3000])`) },
  // 江門2日｜…: the place and the day closed by a bar, the text running on after it.
  { id: 'dateline.place-day-bar', re: new RegExp(`^([\\u4e00-\\u9fff]{2,4})${NUM}日[｜|](?=[\\u4e00-\\u9fff「“])`), placeFirst: true },
  { id: 'dateline.agency-message', re: new RegExp(`^据?${AGENCY}(?:综合)?消息`) },
  // 据新华社电, 综合新华社电: a wire story retold, with neither place nor date.
  { id: 'dateline.agency-plain', re: new RegExp(`^(?:据|综合)${AGENCY}电`) },
  // A reporter's credit alone on a line before the body (记者 某某 报道): it opens the article and names the byline.
  // A feature's label may stand before it (特稿/记者 某某 报道); the place filed from may follow the names after a
  // slash, as Taiwan papers print it (記者某某、某某／台中報導).
  { id: 'dateline.reporter-line', re: /^(?:(?:特稿|专题|专访|特写|独家|深度|调查)\s{0,2}[/／|｜:：]\s{0,2})?(?:特约|特派|见习|实习)?记者\s{0,3}[\u4e00-\u9fff·]{2,4}(?:[\s、]{1,3}[\u4e00-\u9fff·]{2,4}){0,3}\s{0,3}(?:[/／]\s{0,2}[\u4e00-\u9fff]{2,6}?\s{0,2})?(?:报道|报导)[：:]?\s{0,3}$/, namesReporters: true },
  { id: 'dateline.reporter-report', re: /^本报(?:特约|特派|见习|实习)?记者[^，。；：！？（）()]{1,30}?报道/, namesReporters: true },
  { id: 'dateline.agency-reporter', re: /^[（(](?:中央社|新华社|中新社)记者[\u4e00-\u9fff·]{2,6}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电[）)]/ },
  { id: 'dateline.en-agency', re: /^[A-Z][A-Z.' -]{1,30}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{4}-\d{2}-\d{2}) ?\((?:Xinhua|Reuters|AP|AFP|China Daily|CGTN|Bloomberg|Chinadaily\.com\.cn|GT|Global Times)\)(?: ?(?:--|—|–|-))?/ },
  // (… / Staff reporter, … / Staff reporter, with Reuters: the Taipei Times credit after the name.)
  { id: 'dateline.en-byline', re: /^By [A-Z][A-Za-z.' -]{2,60}?(?= in | ?\||$| Published:| Updated:| ?\/ ?(?:Staff|Senior|Special|Our) (?:reporter|writer|correspondent))/, namesReporters: true },
  // CNA, KAOHSIUNG alone on a line: the agency and the place filed from, opening the story.
  { id: 'dateline.en-agency-place', re: /^(?:CNA|AFP|AP|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap), [A-Z][A-Z.' -]{2,30}$/ },
  // A reporter named in capitals with the place filed from, alone on a line (ZHOU MIN in Shanghai): under a
  // headline it opens the story; inside one it is the closing byline.
  { id: 'dateline.en-capitals-byline', re: /^[A-Z][A-Z'-]{1,15}(?: [A-Z][A-Z'-]{1,15}){1,2}(?= in [A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?$)/, namesReporters: true, onlyOutside: true },
  // A place in capitals and a dash, with no date or agency (HANGZHOU -- More than …): a brief's dateline.
  { id: 'dateline.en-place-dash', re: /^[A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{1,20}){0,2} (?:--|—|–)(?= ?[A-Z0-9"“])/ },
  // A paper's credit alone on a line (■某某报记者 某某, 大公报记者 某某): under a headline it opens the story, inside
  // one it closes it.
  // … and the reporter alone, set apart by a space (记者 某某), the same way, after a paper's short name or a beat
  // (星岛记者 某某, 法庭记者 某某, 特派记者 某某); two names may be joined by 及 (东方日报记者 甲及乙), and a beat's
  // credit may name no one (本报法庭记者); a paper's brand glued to its special correspondent and the name (頭條特派記者某某).
  // (A dash may open it, as the credit closing a story: ——信報記者　某某.)
  { id: 'dateline.paper-credit-line', re: /^(?:[■●◆▲□]\s{0,2}|——?\s{0,2})?(?:(?:本报|[\u4e00-\u9fff]{1,8}报)(?:特约|特派|见习|实习|法庭|港闻|政治|财经|体育|摄影)?记者(?:\s{0,3}[\u4e00-\u9fff·]{2,4}(?:(?:[\s、]{1,3}|[及和])[\u4e00-\u9fff·]{2,4}){0,3})?|[\u4e00-\u9fff]{2,4}(?:特约|特派)记者[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{0,4}?记者\s{1,3}[\u4e00-\u9fff·]{2,4}(?:(?:[\s、]{1,3}|[及和])[\u4e00-\u9fff·]{2,4}){0,3})\s{0,3}$/, namesReporters: true, onlyOutside: true },
  // 撰文：记者 某某　摄影：某某 alone on a line (a feature's credit under its headline, 香港经济日报): the writer is the
  // byline, the photographer no reporter.
  // (… or with slashes: 文／某某　圖／某某, 信報; 文、圖／某某 for one who wrote and took the pictures.)
  { id: 'dateline.writer-credit-line', re: /^(?:撰文|文字|采访|文(?:[、/／]图)?)\s{0,2}[：:／/]\s{0,2}(?:(?:本报)?记者\s{0,3})?[\u4e00-\u9fff·]{2,4}(?:[\s、]{1,3}[\u4e00-\u9fff·]{2,4}){0,3}?(?:\s{1,3}(?:摄影|图|摄)\s{0,2}[：:／/]\s{0,2}[\u4e00-\u9fff·]{2,4}(?:[\s、]{1,3}[\u4e00-\u9fff·]{2,4}){0,3})?\s{0,3}$/, namesReporters: true, onlyOutside: true },
  // （记者 某某）, and （本报记者） naming no one: inside a story, its closing credit.
  { id: 'dateline.reporter-credit', re: /^[（(](?:本报)?(?:特约|特派|见习|实习)?(?:记者|通讯员)[^（）()\n]{0,40}[）)]/, namesReporters: true, onlyOutside: true },
];

/** Role words that may stand in a byline before or between names; they are not names. */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  '本报特约记者', '本报特派记者', '本报见习记者', '本报实习记者', '本报记者', '本报通讯员', '特约记者', '特派记者', '见习记者', '实习记者',
  '实习生', '通讯员', '记者', '摄影', '文/图', '文／图', '图/文', '整理', '报道', '编译', '综合', '供图', '摄', '文', '图',
];

/** A rule for a line that is page furniture (masthead, page number, editor credits, the issue date). */
export interface FurnitureRule {
  readonly id: string;
  /** Matched against the whole width-folded line. */
  readonly re: RegExp;
  /** A character the line must hold for the rule to be tried at all (a cheap test before a large pattern). */
  readonly requires?: string;
  /** Longest line the rule reads (48 code units unless said). */
  readonly maxLength?: number;
}

const EN_WEEKDAY = '(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:DAY|day)';
const EN_MONTH = '(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December)';
/** A paper's name in title case (Macau Daily Times, South China Morning Post). */
const EN_MASTHEAD = "(?:[A-Z][a-z]{1,12}\\s){1,3}(?:Times|Daily|Post|News|Tribune|Herald|Standard|Journal|Gazette|Mail|Star|Telegraph|Observer)";
/** One part of an English page header: a page number, a date, or words in capitals (CHINA DAILY, BUSINESS). */
const EN_HEAD_PART = `(?:(?:PAGE|Page|P\\.)\\s?[A-Z]?\\d{1,3}|[A-Z]?\\d{1,3}|(?:${EN_WEEKDAY},?\\s)?${EN_MONTH}\\s\\d{1,2},\\s\\d{4}(?:\\s{1,40}[A-Z][A-Z&]{1,15}\\s{1,4}\\d{1,3})?|[A-Z][A-Z&'.]{1,15}(?:\\s(?:\\/\\s)?[A-Z][A-Z&'.]{1,15}){0,5}(?:\\s[A-Z]?\\d{1,3})?|${EN_MASTHEAD})`; // … CITY 03: a section and its page; HONG KONG / GREATER BAY AREA

/** An English page header of parts: page number, date, masthead or section (pipe-, bullet- or space-separated). */
const EN_HEADER = new RegExp(`^${EN_HEAD_PART}(?:(?:\\s{0,4}[|•·]\\s{0,4}|\\s{2,40})${EN_HEAD_PART}){1,4}$`);

/** A date as a page header prints it: Friday, December 8, 2023. */
const EN_DATE = `(?:${EN_WEEKDAY},?\\s)?${EN_MONTH}\\s\\d{1,2},\\s\\d{4}`;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { id: 'furniture.page-number', re: /^(?:第\s{0,2}[A-Z]?\d{1,3}\s{0,2}版|[A-Z]\d{1,2}\s{0,2}版?)(?:[\s：:·|｜]{1,4}[\u4e00-\u9fff]{1,8}){0,2}$/ },
  // A page header with the page, the section and the date, spaced as the printed line spreads them out (the year
  // of the Republic too, as Taiwan papers print it: A14  台中焦點  中華民國115年1月9日 星期五); the paper's name may carry
  // its name in capitals (A4  要聞  香港文匯報 WEN WEI PO  2026年1月30日（星期五）).
  { id: 'furniture.page-header', re: /^(?:[A-Z]?\d{1,3}\s{0,2}版?|第\s{0,2}[A-Z]?\d{1,3}\s{0,2}版)(?:\s{1,40}[\u4e00-\u9fff]{1,8}(?:\s{1,4}[A-Z]{2,12}(?: [A-Z]{2,12}){0,3})?){0,2}\s{1,40}(?:\d{4}|(?:中华民国|中華民國|民国|民國)\s{0,2}\d{2,3})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,4}[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:\s{1,40}[\u4e00-\u9fff]{2,10}(?:\s{1,4}[A-Z]{2,12}(?: [A-Z]{2,12}){0,3})?)?$/, maxLength: 120 },
  // The paper's name first, then the page, section and date (香港經濟日報 A14 財經新聞 2024年8月16日 星期五).
  { id: 'furniture.paper-page-header', re: /^[\u4e00-\u9fff]{2,8}\s{1,40}[A-Z]?\d{1,3}\s{0,2}版?(?:\s{1,40}[\u4e00-\u9fff]{1,8}){0,2}\s{1,40}(?:\d{4}|(?:中华民国|中華民國|民国|民國)\s{0,2}\d{2,3})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,4}[（(]?(?:星期|周)[一二三四五六日天][）)]?)?$/, maxLength: 120 },
  // 责任编辑：某某 美术编辑：某某 — one credit or several on a line, the page's section before them too (港闻版编辑：某某　美术：某某;
  // with slashes, 責任編輯／某某　版面／某某).
  { id: 'furniture.editor', re: /^(?:本版|[\u4e00-\u9fff]{1,4}版)?(?:(?:责任编辑|责编|美术编辑|美编|美术|校对|版面设计|版面编辑|版面|排版|版式设计|版式|组版|图片编辑|视觉设计|编辑|审校|终审|制图)\s{0,3}[：:／/\s]\s{0,3}[\u4e00-\u9fff·、,，]{1,20}\s{0,6}){1,4}$/ },
  // A section's name and the page after P. (頭條港聞　P.6), as a Hong Kong free daily heads its page.
  { id: 'furniture.section-page', re: /^[\u4e00-\u9fff]{2,8}[\s\u3000]{1,4}(?:P\.\s?|第\s?)[A-Z]?\d{1,3}(?:\s?版)?$/ },
  // The date in figures with its weekday in brackets (10/4/2026（五）, 2026/4/10（星期五）).
  { id: 'furniture.numeric-date', re: /^(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}\/\d{1,2}\/\d{1,2})\s{0,2}[（(](?:星期|周)?[一二三四五六日天][）)]$/ },
  { id: 'furniture.issue-date', re: /^\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,4}(?:星期|周)[一二三四五六日天])?(?:\s{0,4}农历[\u4e00-\u9fff]{2,10})?$/ },
  { id: 'furniture.minguo-date', re: /^(?:中华民国|中華民國|民国|民國)\s{0,2}\d{2,3}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,4}(?:星期|周)[一二三四五六日天])?$/ },
  { id: 'furniture.en-page', re: /^(?:Page|PAGE|P\.)\s?[A-Z]?\d{1,3}(?:\s?[|·-]\s?[A-Za-z ]{2,20})?$/ },
  // (The weekday may be set in capitals on a front page's masthead: FRIDAY, March 27, 2026.)
  { id: 'furniture.en-date', re: new RegExp(`^(?:${EN_WEEKDAY},?\\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s\\d{1,2},\\s\\d{4}(?:,?\\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?$`) },
  // An English paper's nameplate with its Chinese name (CHINA DAILY 中国日报).
  { id: 'furniture.en-nameplate', re: /^(?:[A-Z]{2,12} ){0,3}(?:DAILY|TIMES|POST|NEWS|HERALD|STANDARD|TRIBUNE|JOURNAL) {1,4}[\u4e00-\u9fff]{2,8}[报報]$/ },
  // A masthead's edition line (GLOBAL EDITION, HONG KONG EDITION, Asia Weekly Edition).
  { id: 'furniture.en-edition', re: /^(?:[A-Z]{2,12} ){1,3}EDITION$|^(?:[A-Z][a-z]{1,11} ){1,3}Edition$/ },
  // A masthead's volume and issue, often with the price and the page's section (Vol. 46 No. 14218 | $2.00 | TOP NEWS).
  { id: 'furniture.en-issue-number', re: /^Vol(?:ume)?\.? ?\d{1,4},? No\.? ?\d{1,6}(?: ?[|·•] ?[^|·•]{1,24}){0,4}$/, maxLength: 100 },
  // A weather box's forecast (Sunny, 4-17 C); its label over it in capitals (BEIJING WEATHER) is read with it
  // (markWeather), not a headline that names the weather (Extreme Weather).
  { id: 'furniture.en-weather', re: /^[A-Z][a-z]{2,12}(?:(?: (?:to|and)|,|\/) ?[a-z]{3,12}){0,3},? -?\d{1,2} ?(?:-|–|to|~) ?-?\d{1,2} ?°? ?C$/ },
  { id: 'furniture.weekday', re: /^(?:星期|周)[一二三四五六日天]$/ },
  // A paper's web address alone on its line, as page footers print it: chinadaily.com.cn/business.
  // (… with the page after it: shine.cn | A5.)
  { id: 'furniture.web-address', re: /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z]{2,6}){1,3}(?:\/[\w-]{1,30}){0,3}\/?(?:\s{0,3}[|·]\s{0,3}[A-Z]?\d{1,3})?$/ },
  // The English page's editors (Editor: Shen Yue, Editor: Li Wen | Designer: Zhou Yi).
  { id: 'furniture.en-editor', re: /^(?:(?:Page |Copy |Art |Chief )?(?:Editor|Designer|Editors|Designers)\s?:\s?[A-Z][a-z]{0,12}(?: [A-Z][a-z'-]{0,12}){0,3}(?:\s?(?:,|&|and|\||·)\s{0,4})?){1,4}$/ },
  // (… or so: Edited by Ruan Yi, Designed by Ma Li.)
  { id: 'furniture.en-edited-by', re: /^(?:Edited|Designed|Subedited|Sub-edited|Compiled) by [A-Z][a-z]{1,12}(?: [A-Z][a-z'-]{1,12}){1,2}(?:\s{0,4}(?:\||·|,)\s{0,4}(?:Edited|Designed|Subedited|Sub-edited|Compiled) by [A-Z][a-z]{1,12}(?: [A-Z][a-z'-]{1,12}){1,2})?$/ },
  // The editor's address beside the paper's site, a bar between, at the page's foot (someone@szdaily.cn | szdaily.com).
  { id: 'furniture.en-editor-contact', re: /^[\w.+-]{1,40}@[\w-]{1,30}(?:\.[\w-]{1,12}){1,3}(?:\s{0,4}[|·]\s{0,4}(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z]{2,6}){1,3})+$/, requires: '@' },
  // An English page header of pipe-separated parts: page number, date, masthead or section in capitals.
  // Parts may also stand apart by wide spaces (4 | NATION        CHINA DAILY        Friday, December 8, 2023).
  { id: 'furniture.en-header', re: EN_HEADER, requires: '|', maxLength: 120 },
  // … or bullets (TAIWAN NEWS   FRIDAY, DECEMBER 13, 2024 • TAIPEI TIMES   3).
  { id: 'furniture.en-header-bullet', re: EN_HEADER, requires: '•', maxLength: 120 },
  // … or middle dots (CHINA DAILY HONG KONG EDITION · Friday, April 11, 2025).
  { id: 'furniture.en-header-dot', re: EN_HEADER, requires: '·', maxLength: 120 },
  // Without a pipe: parts spread by wide spaces, one of them the date (CHINA DAILY        Friday, December 8, 2023;
  // two spaces are enough: CHINA DAILY  FRIDAY, SEPTEMBER 5, 2025  BUSINESS  15).
  { id: 'furniture.en-header-spaced', re: new RegExp(`^(?:${EN_HEAD_PART}\\s{2,40}){1,3}${EN_DATE}(?:\\s{2,40}${EN_HEAD_PART}){0,3}$|^${EN_DATE}(?:\\s{2,40}${EN_HEAD_PART}){1,3}$`), requires: '  ', maxLength: 120 },
  // A photo caption ending in its credit: … on Wednesday. WANG SONG / XINHUA, … PROVIDED TO CHINA DAILY.
  { id: 'furniture.en-photo-caption', re: /[.!?]["”]?\s{1,3}(?:(?:[A-Z][A-Z'-]{1,15}\s){1,3}\/\s?(?:XINHUA|CHINA DAILY|FOR CHINA DAILY|CNSPHOTO|VCG|AFP|REUTERS|AP|IC|GLOBAL TIMES)|PROVIDED TO CHINA DAILY|PHOTO PROVIDED TO CHINA DAILY)$/, requires: '. ', maxLength: 240 },
  // A section label of an English page over a column of briefs (IN BRIEF, NEWS IN BRIEF).
  // (… with any one word before it: REGIONAL BRIEFS, PROVINCES IN BRIEF.)
  // (… and the label of a box or a column: NEWSMAKER, IN FOCUS, DIGEST.)
  { id: 'furniture.en-section', re: /^(?:[A-Z]{2,15} )?(?:IN BRIEF|BRIEFS|BRIEFING|BRIEFLY)$|^(?:News in brief|In brief|Briefs)$|^(?:ACROSS|AROUND) (?:CHINA|THE NATION|THE REGION)$|^(?:NEWSMAKERS?|IN FOCUS|DIGEST|SPOTLIGHT|PROFILE|INTERVIEW|Q ?& ?A|FACT ?BOX|BACKGROUNDER|CLOSE-UP|VIEWPOINTS?)$/ },
  // 4 CHINA, CHINA 4: the folio, the page's number and section in capitals.
  { id: 'furniture.en-folio', re: /^(?:\d{1,2} {1,3}[A-Z][A-Z&]{2,14}(?: [A-Z&]{2,14})?|[A-Z][A-Z&]{2,14}(?: [A-Z&]{2,14})? {1,3}\d{1,2})$/ },
  // … and of a Chinese page over its briefs (港聞簡訊, 港聞快訊, 新聞簡報, 快訊), alone on its line.
  // (… 新聞快線 too, the briefs' line; 港聞速遞, the briefs' delivery.)
  { id: 'furniture.section-label', re: /^[■●◆▌]?\s{0,2}[\u4e00-\u9fff]{0,4}(?:简讯|快讯|简报|短讯|速递|速报|新闻快线)$/, maxLength: 10 },
  // 扫描QR Code　睇更多港闻片段　hket.com: a code to scan for the paper's videos or site, with no mark before it (not a
  // line of text that asks readers to scan a code: 扫描二维码登录平台借阅电子图书).
  // (… or with no address, the paper named in the offer: 掃描QR Code　睇更多am730港聞短片.)
  { id: 'furniture.qr-promo', re: /^(?:[■□▌●◆▶►]\s{0,2})?(?:扫描|扫)\s{0,2}QR\s?[Cc]ode(?:[^。，；]{0,30}?[a-z0-9-]{2,12}\.(?:com|hk|net|cn|tv)(?:\.hk|\.cn)?|\s{0,3}(?:睇|看|收看|观看)[^。，；\s]{2,20})$/ },
  // ■星島頭條網　www.stheadline.com: the paper's website, promoted under a mark (■東網即時新聞　隨時隨地睇：on.cc, a
  // slogan between).
  { id: 'furniture.web-promo', re: /^[■□▌●◆▶►]\s{0,2}(?:[^。，；\s]{1,16}\s{1,3}){0,2}[^。，；\s]{0,16}?\s{0,3}(?:https?:\/\/)?(?:www|[a-z0-9-]{2,12})(?:\.[a-z0-9-]{2,30}){0,3}\.[a-z]{2,6}\/?$/ }, // (news.mingpao.com too)
  // 信報網站 hkej.com　即睇港聞政情分析: the paper's website named with a slogan, no mark before it.
  // (The paper's site by the word for it, 網站: a sentence's line that gives a site, 市民可瀏覽 www.….hk 查閱, is text.)
  { id: 'furniture.web-promo-line', re: /^[\u4e00-\u9fff]{0,6}(?:网站|网页|网址|网)\s{0,2}(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,15}(?:\.[a-z0-9-]{2,15}){0,2}\.(?:com|net|hk|cn|tv)\/?(?:\s{1,3}[^。，；\s]{2,16}){1,3}$/ },
  // ▶圣诞限定 订阅本报电子版首月$1: an advertisement's teaser line (an arrow, then an offer).
  { id: 'furniture.promo', re: /^[▶►▷☞➤→]\s{0,2}[^。，；]{0,40}?(?:订阅|訂閱|优惠|優惠|扫码|掃碼|详情|詳情|下载|下載|热线|熱線|查询|查詢|免费|免費|[$＄]\s?\d)/, maxLength: 48 },
  { id: 'furniture.issue-number', re: /^(?:今日\s{0,2}\d{1,3}\s{0,2}版|总第\s{0,2}\d{1,6}\s{0,2}期|第\s{0,2}\d{1,6}\s{0,2}期|国内统一连续出版物号[^\n]{0,30}|CN\s{0,2}\d{2}\s{0,2}-\s{0,2}\d{4}[^\n]{0,20})$/ },
];

/** Lines that begin a subheadline when they open with a dash (——, －－, --). */
export const DASH_LINE = /^(?:——|－－|--|—|• |◆|◇)/; // (• The 20-year contract would …: an English deck; ◆議員促加快交通配套, ◇政司：…: a Chinese one)

/** Longest line (in code units) that can still be a headline; a line in Latin script may be longer. */
export const MAX_HEADLINE_LINE = 34;
export const MAX_HEADLINE_LINE_LATIN = 100;
/** Longest run of adjacent headline lines that forms one headline. */
export const MAX_HEADLINE_LINES = 4;

/** Minimum share of a headline's character bigrams that must occur in the article it sits right before. */
export const HEADLINE_MIN_SHARE_ADJACENT = 0.15;
/** Added to the score of a candidate standing right before the article: an eligible headline in place beats any
 * headline printed elsewhere (a masthead that shares words with an article is no headline of it). */
export const ADJACENT_BONUS = 1;
/** Minimum share for a headline printed away from its article (and at least two shared bigrams). */
export const HEADLINE_MIN_SHARE_DISTANT = 0.3;

/** How many articles on either side of a headline candidate may claim it. */
export const HEADLINE_WINDOW = 12;
