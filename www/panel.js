// The findings panel: quotes by speaker, numbers with their values, names by entity. It
// renders into whatever container it is given (an element of the page, or one inside the
// bookmarklet's shadow root) and reads nothing else from the page, so it can be bundled into
// the bookmarklet too. Span text only ever becomes textContent.
//
// Like highlighter.js this is also pasted into a classic script: one-line sibling imports,
// exported declarations, no side effects at import, and top-level names with an `ah`/panel
// flavour so they do not clash with the files bundled alongside.
import { KINDS } from "./highlighter.js";

const PANEL_TITLES = { quote: "Quotes", number: "Numbers", name: "Names" };
const UNATTRIBUTED = "No speaker found";

const plainNumber = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });
const moneyFormats = new Map();

/** A number span's value as a reader would write it, or "" when it has none. */
export function formatValue(span) {
  if (span.value === undefined || span.value === null) return "";
  if (span.currency) {
    let money = moneyFormats.get(span.currency);
    if (money === undefined) {
      try {
        money = new Intl.NumberFormat("en", { style: "currency", currency: span.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
      } catch {
        // An ISO code Intl does not know: the code is shown after the number instead.
        money = null;
      }
      moneyFormats.set(span.currency, money);
    }
    return money ? money.format(span.value) : `${plainNumber.format(span.value)} ${span.currency}`;
  }
  // A year reads wrong with a thousands separator ("2,024").
  if (span.type === "year") return String(span.value);
  return `${plainNumber.format(span.value)}${span.type === "percent" ? "%" : ""}`;
}

/** A title and a detail line for a span, as the tooltip shows them. */
export function describeSpan(span) {
  switch (span.kind) {
    case "quote":
      return {
        title: span.type === "term" ? "Quoted term" : "Quote",
        detail: span.speaker ? `Said by ${span.speaker}` : span.type === "term" ? "" : "Speaker not found",
      };
    case "number": {
      const value = formatValue(span);
      return { title: `Number · ${span.type}`, detail: value ? `Value ${value}` : "" };
    }
    case "name":
      return { title: `Name · ${span.type}`, detail: "" };
    default:
      return { title: span.kind, detail: "" };
  }
}

/**
 * The spans as the panel lists them. Quotes: groups by speaker in order of first quote, the
 * unattributed last. Numbers: in text order. Names: one group per entity (the engine's `entity`
 * when it gives one, else the exact text), most mentioned first, labelled by the longest
 * mention ("Joe Biden" rather than "Biden").
 */
export function groupFindings(spans) {
  const entities = new Map();
  const entityAt = new Map();
  const numbers = [];
  for (const span of spans) {
    if (span.kind === "number") numbers.push(span);
    if (span.kind !== "name") continue;
    const key = span.entity === undefined || span.entity === null ? `=${span.text}` : `#${span.entity}`;
    let group = entities.get(key);
    if (group === undefined) entities.set(key, (group = { key, label: span.text, type: span.type, spans: [] }));
    if (span.text.length > group.label.length) group.label = span.text;
    group.spans.push(span);
    entityAt.set(span.start, group);
  }

  // A speaker is the entity of the mention it was read from, when the engine links mentions;
  // otherwise its name as written.
  const speakers = new Map();
  const unattributed = [];
  for (const span of spans) {
    if (span.kind !== "quote") continue;
    if (!span.speaker) {
      unattributed.push(span);
      continue;
    }
    const entity = span.speakerStart === undefined ? undefined : entityAt.get(span.speakerStart);
    const linked = entity !== undefined && entity.key.startsWith("#");
    const key = linked ? entity.key : `=${span.speaker}`;
    let group = speakers.get(key);
    if (group === undefined) speakers.set(key, (group = { key, label: linked ? entity.label : span.speaker, spans: [] }));
    group.spans.push(span);
  }
  // Without entities, "Solberg" still reads as the "Ingrid Solberg" quoted before or after,
  // when exactly one full name ends with it.
  for (const [key, group] of speakers) {
    if (!key.startsWith("=") || /\s/.test(group.label)) continue;
    const full = [...speakers.values()].filter((other) => other !== group && other.label.endsWith(` ${group.label}`));
    if (full.length !== 1) continue;
    full[0].spans.push(...group.spans);
    full[0].spans.sort((a, b) => a.start - b.start);
    speakers.delete(key);
  }

  const quote = [...speakers.values()].sort((a, b) => a.spans[0].start - b.spans[0].start);
  if (unattributed.length > 0) quote.push({ key: "none", label: UNATTRIBUTED, spans: unattributed, unattributed: true });
  // Stable sort: equal counts stay in order of first mention.
  const name = [...entities.values()].sort((a, b) => b.spans.length - a.spans.length);
  return { quote, number: numbers, name };
}

/**
 * Renders the findings into `container`, replacing what it held. `onSelect(span)` is called
 * when the reader picks an item; a name's item steps through its mentions on each click.
 * Focus on an item survives a re-render when an item with the same key is still there.
 */
export function renderPanel(container, spans, { onSelect = () => {}, headingLevel = 3 } = {}) {
  const doc = container.ownerDocument;
  const make = (tag, className, text) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const focused = (container.activeElement ?? doc.activeElement)?.closest?.(".ah-item");
  const focusKey = focused && container.contains(focused) ? focused.dataset.key : null;

  const item = (kind, key, group, parts) => {
    const button = make("button", "ah-item");
    button.type = "button";
    button.dataset.kind = kind;
    button.dataset.key = key;
    button.dataset.start = String(group[0].start);
    button.dataset.end = String(group[0].end);
    for (const [className, text] of parts) if (text) button.append(make("span", className, text));
    let next = 0;
    button.addEventListener("click", () => {
      const span = group[next];
      next = (next + 1) % group.length;
      onSelect(span);
    });
    const li = make("li");
    li.append(button);
    return li;
  };
  const list = (items) => {
    const ul = make("ul", "ah-list");
    ul.append(...items);
    return ul;
  };
  const quoteItem = (span) =>
    item("quote", `q${span.start}`, [span], [
      ["ah-text", `“${span.text}”`],
      ["ah-detail", span.type === "term" ? "quoted term" : ""],
    ]);

  const groups = groupFindings(spans);
  const sections = KINDS.map((kind) => {
    const section = make("section", "ah-section");
    section.dataset.kind = kind;
    const heading = make(`h${headingLevel}`, "ah-heading");
    const total = spans.reduce((n, span) => n + (span.kind === kind), 0);
    heading.append(make("span", "ah-swatch", PANEL_TITLES[kind]), " ", make("span", "ah-total", String(total)));
    section.append(heading);
    if (total === 0) {
      section.append(make("p", "ah-empty", "None found."));
      return section;
    }
    if (kind === "quote") {
      for (const group of groups.quote) {
        const title = make(`h${headingLevel + 1}`, "ah-group");
        title.append(make("span", "ah-group-label", group.label), " ", make("span", "ah-total", String(group.spans.length)));
        if (group.unattributed) title.dataset.unattributed = "";
        section.append(title, list(group.spans.map(quoteItem)));
      }
    } else if (kind === "number") {
      section.append(
        list(groups.number.map((span) => {
          const value = formatValue(span);
          return item("number", `n${span.start}`, [span], [
            ["ah-text", span.text],
            ["ah-detail", value && value !== span.text ? `${value} · ${span.type}` : span.type],
          ]);
        })),
      );
    } else {
      section.append(
        list(groups.name.map((group) => {
          const count = group.spans.length;
          const li = item("name", `e${group.key}`, group.spans, [
            ["ah-text", group.label],
            ["ah-detail", `${group.type} · ${count} ${count === 1 ? "mention" : "mentions"}`],
          ]);
          li.firstChild.dataset.count = String(count);
          return li;
        })),
      );
    }
    return section;
  });
  container.replaceChildren(...sections);
  if (focusKey !== null) {
    for (const button of container.querySelectorAll(".ah-item")) {
      if (button.dataset.key === focusKey) {
        button.focus({ preventScroll: true });
        break;
      }
    }
  }
}

/**
 * The panel's own styles. Colours come from custom properties with fallbacks, so a host (the
 * page, or the bookmarklet's shadow root) can match its look: --ah-ink, --ah-muted,
 * --ah-line, --ah-paper, --ah-hover, --ah-accent.
 */
export function panelStyles() {
  return `
.ah-section { margin: 0 0 1.25rem; }
.ah-heading { display: flex; align-items: baseline; gap: 0.4rem; margin: 0 0 0.4rem; font-size: 1rem; font-weight: 650; }
.ah-swatch { padding: 0 0.25rem; border-radius: 2px; }
.ah-total { color: var(--ah-muted, GrayText); font-weight: 400; font-size: 0.85em; font-variant-numeric: tabular-nums; }
.ah-group { margin: 0.7rem 0 0.2rem; font-size: 0.9rem; font-weight: 600; }
.ah-group[data-unattributed] .ah-group-label { font-style: italic; color: var(--ah-muted, GrayText); }
.ah-empty { margin: 0; color: var(--ah-muted, GrayText); font-size: 0.9rem; }
.ah-list { margin: 0; padding: 0; list-style: none; }
.ah-item {
  display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0.05rem 0.75rem; width: 100%;
  margin: 0; padding: 0.3rem 0.5rem; border: 0; border-radius: 6px; background: none;
  color: var(--ah-ink, CanvasText); font: inherit; font-size: 0.9rem; line-height: 1.35; text-align: left; cursor: pointer;
}
.ah-item:hover { background: var(--ah-hover, rgb(127 127 127 / 14%)); }
.ah-item:focus-visible { outline: 2px solid var(--ah-accent, Highlight); outline-offset: -2px; }
.ah-text { display: -webkit-box; flex: 0 1 auto; overflow: hidden; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow-wrap: anywhere; }
.ah-detail { color: var(--ah-muted, GrayText); font-size: 0.85em; }
`;
}
