// The JavaScript API as a consumer sees it: imported by the package's own name, so the
// "exports" map and the Node entry (synchronous wasm start-up) are exercised too.
// The browser entry needs fetch() of a file: URL, which Node lacks; the browser tests cover it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "article-highlighter";

const TYPES = {
  quote: new Set(["speech", "term"]),
  number: new Set(["cardinal", "decimal", "percent", "money", "ordinal", "date", "year", "time", "quantity"]),
  name: new Set(["person", "place", "org", "group", "other"]),
};

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
// An offset between the two halves of a surrogate pair would cut a character in two.
const splitsPair = (text, i) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** Everything that must hold for any input, whatever the detectors decide. */
function checkInvariants(text, spans) {
  const where = (s) => `${JSON.stringify(s)} in ${JSON.stringify(text)}`;
  assert.ok(Array.isArray(spans), "analyze returns an array");
  const lastEnd = { quote: -1, number: -1, name: -1 };
  let lastStart = -1;
  for (const s of spans) {
    assert.ok(s.kind in TYPES, `unknown kind: ${where(s)}`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `integer offsets: ${where(s)}`);
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `non-empty, in bounds: ${where(s)}`);
    assert.equal(text.slice(s.start, s.end), s.text, `slice matches text: ${where(s)}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `no split surrogate pair: ${where(s)}`);
    assert.ok(TYPES[s.kind].has(s.type), `type fits kind: ${where(s)}`);

    assert.ok(s.start >= lastStart, `sorted by start: ${where(s)}`);
    lastStart = s.start;
    assert.ok(s.start >= lastEnd[s.kind], `no overlap within a kind: ${where(s)}`);
    lastEnd[s.kind] = s.end;

    if ("value" in s) {
      assert.equal(s.kind, "number", `only numbers have a value: ${where(s)}`);
      assert.ok(Number.isFinite(s.value), `finite value: ${where(s)}`);
    }
    if ("currency" in s) {
      assert.equal(s.kind, "number", `only numbers have a currency: ${where(s)}`);
      assert.match(s.currency, /^[A-Z]{3}$/, `ISO 4217 code: ${where(s)}`);
    }
    assert.equal("speakerStart" in s, "speaker" in s, `speaker and its range come together: ${where(s)}`);
    assert.equal("speakerEnd" in s, "speaker" in s, `speaker and its range come together: ${where(s)}`);
    if ("speaker" in s) {
      assert.equal(s.kind, "quote", `only quotes have a speaker: ${where(s)}`);
      assert.ok(typeof s.speaker === "string" && s.speaker.trim() !== "", `non-empty speaker: ${where(s)}`);
      assert.ok(
        Number.isInteger(s.speakerStart) && 0 <= s.speakerStart && s.speakerStart < s.speakerEnd && s.speakerEnd <= text.length,
        `speaker range in bounds: ${where(s)}`,
      );
    }
  }
}

// Hand-written texts covering what offsets and slicing find hard.
const TRICKY = [
  "",
  " ",
  "plain lower-case words only",
  "🇺🇳 “We will stay,” Guterres said, as 2,500 staff 👩🏽‍⚕️ kept working in Gaza City.",
  "東京で「今日は雨だ」と田中さんは言った。気温は12度、湿度は80%。",
  "Cafe\u0301 owner Zoe\u0308 Brandt said “we open at 9” and the Ålborg office said 1,200.",
  "“First paragraph, still talking,\r\n\r\n“second paragraph ends here,” said Okafor.\r\nBudget: $4.5bn.\r\n",
  "\uD800",
  "\uD800 Kim paid 40 dollars to “Acme”",
  "\uDC00x",
  "“\uDC00x”, said Lee \uDBFF of 3 \uD83D",
  "“unclosed quote from Paris with 3 numbers 4 5",
  "closing only” and ’quotes” everywhere» 1990s",
  "\"\"\"\"\"\"''''''“”“”“”‘’‘’«»«»「」",
  "ALL CAPS HEADLINE: PRESIDENT SAYS 40 PERCENT “NOT ENOUGH”",
  "😀".repeat(50) + " 7 " + "😀".repeat(50),
  "\u0000\u0007 control \u001b[31m characters 12 \uFEFF Berlin",
];

test("empty text gives no spans", () => {
  assert.deepEqual(analyze(""), []);
});

test("invariants hold on texts with emoji, CJK, combining marks, CRLF and lone surrogates", () => {
  for (const text of TRICKY) checkInvariants(text, analyze(text));
});

test("invariants hold on generated texts", () => {
  // Pieces that stress offsets and pairing, glued at random; seeded so a failure reproduces.
  const pieces = [
    " ", " ", " ", "\n", "\r\n", ",", ".", "“", "”", "‘", "’", '"', "'", "«", "»", "「", "」",
    "Kim", "Gaza City", "Bank of England", "the", "said", "he", "over", "10,000", "2.3mn", "$5bn",
    "30%", "7 October", "1990s", "four", "😀", "🇺🇳", "中文", "e\u0301", "\uD800", "\uDC00", "-", "’s",
  ];
  let seed = 20241127;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let n = 0; n < 300; n++) {
    let text = "";
    const len = 1 + Math.floor(random() * 40);
    for (let i = 0; i < len; i++) text += pieces[Math.floor(random() * pieces.length)];
    checkInvariants(text, analyze(text));
  }
});

test("the same text always gives the same spans", () => {
  for (const text of TRICKY) assert.deepEqual(analyze(text), analyze(text));
});

test("a non-string argument throws a clear error", () => {
  for (const bad of [undefined, null, 42, {}, ["text"], Symbol("s"), new Uint8Array([65])]) {
    assert.throws(() => analyze(bad), { name: "Error", message: /analyze expects a string/ }, String(bad?.toString?.() ?? bad));
  }
  assert.throws(() => analyze(), /analyze expects a string/);
});

test("offsets are UTF-16 indices, also after astral characters and lone surrogates", () => {
  const cases = [
    ["🇺🇳 “We will stay,” Guterres said of the 2,500 staff.", "2,500", "We will stay,"],
    ["😀😀😀 Prices rose 30% in Lagos.", "30%", null],
    ["\uD800 Kim paid 40 dollars, “as agreed” he said.", "40", "as agreed"],
    ["\uDC00x then 75 more, “fine” they said", "75", "fine"],
  ];
  for (const [text, number, quote] of cases) {
    const spans = analyze(text);
    checkInvariants(text, spans);
    const n = spans.find((s) => s.kind === "number" && s.text.includes(number));
    assert.ok(n, `number ${number} found in ${JSON.stringify(text)}: ${JSON.stringify(spans)}`);
    assert.equal(n.start, text.indexOf(n.text));
    if (quote) {
      const q = spans.find((s) => s.kind === "quote");
      assert.ok(q, `quote found in ${JSON.stringify(text)}`);
      assert.equal(q.text, quote);
      assert.equal(q.start, text.indexOf(quote));
    }
  }
});

// What a reasonable engine finds on small invented texts (see ANNOTATION.md). Each case lists
// spans that must be there (matched on kind and text, then on the listed attributes) and span
// texts of a kind that must not be.
const FINDS = [
  {
    text: "“We must act now,” Guterres said, as 10,000 people fled Gaza City.",
    has: [
      { kind: "quote", text: "We must act now,", type: "speech", speaker: "Guterres" },
      { kind: "number", text: "10,000", value: 10000 },
      { kind: "name", text: "Guterres" },
      { kind: "name", text: "Gaza City", type: "place" },
    ],
  },
  {
    text: "Mayor Ana Lopes told reporters: “The bridge will reopen in March.”",
    has: [
      { kind: "quote", text: "The bridge will reopen in March.", speaker: /\bLopes$/ },
      { kind: "name", text: "Ana Lopes", type: "person" },
    ],
    hasNot: { name: ["Mayor Ana Lopes", "March"] },
  },
  {
    text: "Finance minister Kwame Mensah spoke first. “Prices are falling,” he said.",
    has: [{ kind: "quote", text: "Prices are falling,", speaker: /\bMensah$/ }],
  },
  {
    text: "“We are ready,” Okafor said. “The trucks leave at dawn.”",
    has: [
      { kind: "quote", text: "We are ready,", speaker: "Okafor" },
      { kind: "quote", text: "The trucks leave at dawn.", speaker: "Okafor" },
    ],
  },
  {
    text: "\"Not today,\" said Ruiz. Officials called the lull a ‘tactical pause’ in the fighting.",
    has: [
      { kind: "quote", text: "Not today,", speaker: "Ruiz" },
      { kind: "quote", text: "tactical pause", type: "term", speaker: undefined },
    ],
  },
  {
    text: "«We leave tomorrow», Dupont said, and 「今日は雨だ」 was the reply.",
    has: [
      { kind: "quote", text: "We leave tomorrow", speaker: "Dupont" },
      { kind: "quote", text: "今日は雨だ" },
    ],
  },
  {
    text: "Hamas’s leaders don’t expect a return to the ’90s, rock ’n’ roll aside.",
    has: [{ kind: "name", text: "Hamas" }],
    hasNot: { quote: ["s leaders don", "90s, rock ", "n"], name: ["Hamas’s"] },
  },
  {
    text: "The fund lost $5bn, or 30% of its assets, while 1.5 million savers waited four days.",
    has: [
      { kind: "number", text: "$5bn", value: 5e9, type: "money", currency: "USD" },
      { kind: "number", text: "30%", value: 30, type: "percent" },
      { kind: "number", text: "1.5 million", value: 1.5e6 },
      { kind: "number", text: "four", value: 4 },
    ],
  },
  {
    text: "Output reached £3.2 million in 2023 and unemployment fell to 10 per cent.",
    has: [
      { kind: "number", text: "£3.2 million", value: 3.2e6, type: "money", currency: "GBP" },
      { kind: "number", text: "2023", value: 2023, type: "year" },
      { kind: "number", text: "10 per cent", value: 10, type: "percent" },
    ],
  },
  {
    text: "The strike began on 7 October 2023 and ended on November 12, after more than 10,000 marched.",
    has: [
      { kind: "number", text: "7 October", value: 7, type: "date" },
      { kind: "number", text: "2023", value: 2023 },
      { kind: "number", text: "November 12", value: 12, type: "date" },
      { kind: "number", text: "10,000", value: 10000 },
    ],
    hasNot: { number: ["more than 10,000"], name: ["October", "November"] },
  },
  {
    text: "About 30 rockets were fired between 5 and 10 p.m. on a two-day visit.",
    has: [
      { kind: "number", text: "30", value: 30 },
      { kind: "number", text: "5", value: 5 },
      { kind: "number", text: "two", value: 2 },
    ],
    hasNot: { number: ["About 30", "two-day"] },
  },
  {
    text: "The Boeing 777 flew to the G7 summit on COVID-19. The first convoy left; one of them stayed.",
    hasNot: { number: ["777", "7", "19", "first", "one"] },
  },
  {
    text: "President Joe Biden met the Bank of England and the Red Cross in Gaza City on Monday.",
    has: [
      { kind: "name", text: "Joe Biden", type: "person" },
      { kind: "name", text: "Bank of England", type: "org" },
      { kind: "name", text: "Red Cross", type: "org" },
      { kind: "name", text: "Gaza City", type: "place" },
    ],
    hasNot: { name: ["President Joe Biden", "President", "Monday"] },
  },
  {
    text: "Israel’s envoy said the Israel-Hamas talks with Israeli and Palestinian negotiators stalled.",
    has: [
      { kind: "name", text: "Israel" },
      { kind: "name", text: "Hamas" },
      { kind: "name", text: "Israeli", type: "group" },
      { kind: "name", text: "Palestinian", type: "group" },
    ],
    hasNot: { name: ["Israel’s", "Israel-Hamas"] },
  },
  {
    text: "Yesterday the council voted. Turnout was low.",
    hasNot: { name: ["Yesterday", "Turnout"] },
  },
];

for (const { text, has = [], hasNot = {} } of FINDS) {
  test(`finds: ${text}`, () => {
    const spans = analyze(text);
    checkInvariants(text, spans);
    const shown = JSON.stringify(spans.map(({ kind, text, type, value, speaker }) => ({ kind, text, type, value, speaker })));
    for (const want of has) {
      const got = spans.find((s) => s.kind === want.kind && s.text === want.text);
      assert.ok(got, `expected ${want.kind} ${JSON.stringify(want.text)}; got ${shown}`);
      for (const [key, expected] of Object.entries(want)) {
        if (expected instanceof RegExp) assert.match(got[key] ?? "", expected, `${want.text}: ${key}`);
        else assert.equal(got[key], expected, `${want.text}: ${key}`);
      }
    }
    for (const [kind, texts] of Object.entries(hasNot)) {
      for (const t of texts) {
        const got = spans.find((s) => s.kind === kind && s.text === t);
        assert.equal(got, undefined, `unexpected ${kind} ${JSON.stringify(t)}; got ${shown}`);
      }
    }
  });
}

// A Rust panic traps the instance; the package must report it once and keep working.
test("a crash inside the engine is reported once and the next call works", async () => {
  const glue = await import("../../pkg/web/article_highlighter.js");
  const { guarded } = await import("../../js/guard.mjs");
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(new URL("../../pkg/web/article_highlighter_bg.wasm", import.meta.url));
  const restart = () => {
    glue.__resetInstance();
    glue.initSync({ module: new WebAssembly.Module(bytes) });
  };
  const crashing = guarded(() => glue.__panicForTests(), restart);
  assert.throws(() => crashing("anything"), /crashed on this input and was restarted/);
  const spans = analyze("“We are ready,” Kirby said, as 5% fled.");
  assert.deepEqual(spans.map((s) => s.kind), ["quote", "name", "number"]);
});

test("a text above the documented limit gets a clear error, not an abort", () => {
  const huge = "a".repeat(64 * 1024 * 1024 + 1);
  assert.throws(() => analyze(huge), /largest accepted is 67108864/);
  assert.equal(analyze("still fine, said Kirby.").length, 1);
});
