#!/usr/bin/env node
// Writes data/lexicon/male_names.txt and female_names.txt: the given names that compromise
// tags as only male (MaleName) or only female (FemaleName). The speaker resolver reads
// them to keep `she said` from resolving to a man named just before, and `he` from a
// woman; a name on neither list (unisex or unknown) fits both pronouns.
//
//   npm pack compromise@14.17.0 && tar xzf compromise-14.17.0.tgz   # or: npm i compromise
//   node tools/gen-gendered-names.mjs [path/to/compromise] [out dir]
//
// Source: compromise 14.17.0 (npm), MIT, (c) Spencer Kelly (see NOTICE, section 2).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] ?? 'node_modules/compromise';
const out = process.argv[3] ?? 'data/lexicon';
const mod = await import(pathToFileURL(path.join(dir, 'builds/three/compromise-three.mjs')).href);
const lexicon = mod.default.model().one.lexicon;
const lists = { MaleName: new Set(), FemaleName: new Set() };
for (const [word, tag] of Object.entries(lexicon)) {
  if (tag in lists) lists[tag].add(word.normalize('NFC').toLowerCase());
}
// Given names that are also common words, which compromise leaves untagged (a hand list).
for (const n of ['art', 'bill', 'bob', 'buck', 'chuck', 'cliff', 'don', 'drew', 'frank', 'gene', 'grant',
  'jack', 'ken', 'mark', 'miles', 'nick', 'ray', 'rusty', 'wade', 'ward', 'will']) lists.MaleName.add(n);
for (const n of ['amber', 'autumn', 'charity', 'crystal', 'dawn', 'faith', 'grace', 'harmony', 'hope',
  'joy', 'melody', 'penny', 'rose', 'sue', 'summer']) lists.FemaleName.add(n);
const only = (a, b) => [...a].filter((n) => !b.has(n)).sort();
const write = (file, names, what) => {
  const head = [
    `# Given names that are ${what} (compromise 14.17.0 tag ${what === 'male' ? 'MaleName' : 'FemaleName'},`,
    '# MIT, (c) Spencer Kelly; plus given names that are common words, a hand list; names on',
    '# both lists are left out). Written by',
    '# tools/gen-gendered-names.mjs; used to match `he`/`she` to a person.',
    ...(what === 'female' ? ['# Names ending in -a are left out: the resolver reads any given name in -a that', '# is not on the male list as female.'] : []),
  ];
  fs.writeFileSync(path.join(out, file), head.concat(names).join('\n') + '\n');
};
write('male_names.txt', only(lists.MaleName, lists.FemaleName), 'male');
// Given names that end in -a are female unless the male list has them (speakers.rs reads
// them so), which leaves 800 names out of this file.
write('female_names.txt', only(lists.FemaleName, lists.MaleName).filter((n) => !n.endsWith('a')), 'female');
