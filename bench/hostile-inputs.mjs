// The hostile inputs of the robustness issue, one list for both their users: test/robustness/hostile.test.ts runs
// them at reduced sizes in CI (to catch hangs and invalid pages), bench/run.mjs at full size (to time them beside an
// ordinary page).

/** `s` repeated and cut to exactly `size` code units. */
export const repeat = (s, size) => s.repeat(Math.ceil(size / s.length)).slice(0, size);

/**
 * The hostile inputs, each a name and a function making the text.
 *
 * @param {{ seed: string, size: number, pageSize: number }} o - the seed page's text; the size of the
 *   "megabyte" cases (1 MB in the benchmark); the size of the long page of real articles (10 MB in the benchmark).
 * @returns {[string, () => string][]}
 */
export function hostileInputs({ seed, size, pageSize }) {
  const flat = seed.replace(/\s+/g, '');
  return [
    ['a run of one Han character', () => '王'.repeat(size)],
    ['real text with no line break', () => repeat(flat, size)],
    ['only newlines', () => '\n'.repeat(size)],
    ['100,000 unclosed （', () => '（'.repeat(100_000)],
    ['100,000 unclosed “', () => '“'.repeat(100_000)],
    ['100,000 、', () => '、'.repeat(100_000)],
    ['surnames, titles and company suffixes run together', () => repeat('王市长李书记有限公司集团欧阳、局委员会本报讯（记者', size)],
    ['lone surrogates and control characters', () => repeat('\ud800市长\u0000王某\udc00\u0007有限公司\r', Math.min(size, 200_000))],
    ['datelines run together', () => repeat('本报讯', Math.min(size, 200_000))],
    ['dates run together', () => repeat('2023年6月29日29日二〇二三年六月', size)],
    // English words broken at the end of every line (each soft hyphen is judged against the whole text's words).
    ['English lines each ending in a soft hyphen', () => repeat('The company said the Equip-\nment plan and the Logis-\ntics hub were fine. ', Math.min(size, 400_000))],
    // English dates whose parts two rules read (next Tuesday, Feb 24 once made the date scan loop forever).
    // A run of capitalized hyphenated words with no break (every letter a word boundary for the event patterns).
    ['capitalized hyphenated words run together', () => 'The ' + repeat('Ab-', Math.min(size, 60_000)) + ' said.'],
    ['English dates run together', () => repeat('The forum opens next Tuesday, Feb 24, last Monday June 29-30 to yesterday morning. ', Math.min(size, 200_000))],
    // One body named again and again under its ministry, and its head's title (short forms must stay linear).
    ['a sub-unit and its head named over and over', () => repeat('农业部农粮署，农粮署长王某表示，区议会主席、', Math.min(size, 200_000))],
    // Verbs of roles one after another in one endless clause (each once read its whole clause back: quadratic).
    ['role verbs run together in one clause', () => repeat('甲在乙陪同下视察为丙颁奖', Math.min(size, 200_000))],
    // A police unit whose fields 及 joins, named again and again (each once compared with every body found before).
    ['a unit of fields joined by 及 over and over', () => repeat('警方网络安全及科技罪案调查科。', size)],
    // Appointments in one endless sentence (each once listed every party from the sentence's start: quadratic).
    ['appointments in one endless sentence', () => repeat('李小明获委任为第一组主席，', Math.min(size, 200_000))],
    // English talks with a visitor, and commission chairmen, over and over (each once scanned every event or mention).
    ['English talks with a visitor and commission chairmen over and over', () => repeat('Lu Ming held talks with President Adi. Lu, who arrived in Jakarta on Monday for a three-day visit, said so. Commission Chairman Wang Li spoke. ', Math.min(size, 200_000))],
    // English names and places in one endless list (each run once scanned every mention for the name it repeats).
    ['English names and places in one endless list', () => 'By LI MING in Beijing\n\n' + repeat('Naranbaatar, Erenhot, ', Math.min(size, 200_000))],
    ['a long page of real articles', () => repeat(seed + '\n', pageSize)],
  ];
}
