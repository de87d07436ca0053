// Finds the article on the page the bookmarklet is clicked on: its main text, without
// navigation, sidebars, comments, promotions or footers. Mozilla's Readability (the engine of
// Firefox's Reader View) decides, run on a clone of the document because it rewrites what it
// reads. Its answer is new markup; to highlight the page itself, every element of the clone is
// numbered in document order first, and the numbers that survive name the live elements.
//
// Bundled into the bookmarklet's classic script after Readability.js, whose global
// `Readability` it uses; no imports. The small bookmarklet's window runs Readability through
// it (articleNumbers in import.js); the small bookmarklet itself bundles it for articleIn.

const ARTICLE_INDEX = "data-ah-index";

/**
 * The article's part of the page: `root`, the element that holds it, and `skip(element)`, true
 * for elements under root that are not article text. Null when Readability finds no article.
 * `skipElement` adds the caller's own test (hidden, or page furniture).
 */
export function findArticle(doc, skipElement) {
  const kept = articleElements(doc);
  return kept === null ? null : articleIn(kept, skipElement);
}

/**
 * The elements of `doc` that Readability keeps as article text, with a headline that repeats
 * the title; null when it finds no article. The small bookmarklet runs this in its window, on
 * a parsed copy of the page, and finds the same elements in the page by number.
 */
export function articleElements(doc) {
  if (typeof Readability !== "function" || doc.body === null) return null;
  const clone = doc.cloneNode(true);
  const copies = clone.getElementsByTagName("*");
  for (let i = 0; i < copies.length; i++) copies[i].setAttribute(ARTICLE_INDEX, String(i));
  let article;
  try {
    article = new Readability(clone, { serializer: (element) => element }).parse();
  } catch {
    // A page Readability cannot parse is read whole instead.
    return null;
  }
  if (!article || !article.content) return null;

  // The clone was taken from this very document, so the n-th element is the same in both.
  const live = doc.getElementsByTagName("*");
  const kept = new Set();
  for (const copy of article.content.querySelectorAll(`[${ARTICLE_INDEX}]`)) {
    const element = live[Number(copy.getAttribute(ARTICLE_INDEX))];
    if (element !== undefined) kept.add(element);
  }
  if (kept.size === 0) return null;
  // Readability drops a heading that repeats the page title; the headline is article text.
  const title = (article.title ?? "").trim();
  if (title !== "") {
    for (const heading of doc.querySelectorAll("h1, h2")) {
      if (heading.textContent.trim() === title) {
        kept.add(heading);
        break;
      }
    }
  }
  return kept;
}

/** `root` and `skip` as findArticle gives them, for a non-empty set of article elements. */
export function articleIn(kept, skipElement) {
  const root = commonAncestor(kept);
  // The elements between root and a kept element are walked through, not skipped: Readability
  // removes wrappers it finds pointless, and their content would be lost with them.
  const onPath = new Set();
  for (const element of kept) {
    for (let node = element; node !== null && node !== root && !onPath.has(node); node = node.parentElement) onPath.add(node);
  }
  return { root, skip: (element) => !onPath.has(element) || skipElement(element) };
}

function commonAncestor(elements) {
  let common = null;
  for (const element of elements) {
    if (common === null) common = element;
    while (!common.contains(element)) common = common.parentElement;
  }
  return common;
}
