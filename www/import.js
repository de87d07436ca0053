// Text from outside the page: opened or dropped files, clipboard or drag data, and the markup
// of the article page that the small bookmarklet sends to its window. HTML is parsed with
// DOMParser into a separate document, which has no browsing context: its scripts never run,
// its images never load and its handlers never fire. Only the text read from it (or, for the
// bookmarklet, numbers) comes back; none of its nodes ever enter the page.
import { readText } from "./highlighter.js";
import { articleElements } from "./article.js";

// Elements of a web page that are not the article's prose.
const NOT_ARTICLE = new Set([
  "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select",
  "textarea", "input", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio", "dialog",
]);

/** Files larger than this are refused: the editor would become unusable long before. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

function skipNonArticle(element) {
  if (NOT_ARTICLE.has(element.localName)) return true;
  // A site header, not an article's own (which holds the headline and byline).
  if (element.localName === "header" && element.closest("article") === null) return true;
  return element.hidden || element.getAttribute("aria-hidden") === "true";
}

// Trimmed lines, runs of spaces collapsed, one blank line between paragraphs.
function tidyParagraphs(text) {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n\n");
}

/** Line breaks as the engine expects them: "\n" only. */
export function normaliseNewlines(text) {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * The readable text of an HTML document or fragment: its <article> (the longest, when there
 * are several), else <main>, else the body, without navigation, scripts and other furniture.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const articles = [...doc.querySelectorAll("article")];
  const root =
    articles.sort((a, b) => b.textContent.length - a.textContent.length)[0] ??
    doc.querySelector("main, [role=main]") ??
    doc.body;
  if (root === null) return "";
  let text = readText(root, { skip: skipNonArticle, newlines: false }).text;
  // The headline often sits outside the article element.
  const headline = doc.querySelector("h1");
  if (headline !== null && !root.contains(headline)) text = `${headline.textContent}\n${text}`;
  return tidyParagraphs(text);
}

/**
 * For the small bookmarklet's window (relay.js): the numbers that the article's elements carry
 * in `attribute`, in a copy of a page's markup whose elements the bookmarklet numbered; null
 * when Readability finds no article.
 */
export function articleNumbers(html, attribute) {
  const kept = articleElements(new DOMParser().parseFromString(html, "text/html"));
  return kept === null ? null : [...kept].map((element) => Number(element.getAttribute(attribute))).filter(Number.isInteger);
}

/** Whether a file looks like HTML (by type or extension) rather than plain text. */
function isHTML(file) {
  return /html/.test(file.type) || /\.x?html?$/i.test(file.name);
}

/** The article text of an opened or dropped .txt or .html file; rejects other files. */
export async function readArticleFile(file) {
  const plain = file.type === "text/plain" || /\.(txt|text|md)$/i.test(file.name);
  if (!plain && !isHTML(file)) throw new Error(`${file.name} is not a .txt or .html file`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const text = normaliseNewlines(await file.text());
  return isHTML(file) ? htmlToText(text) : text;
}

/** The text of clipboard or drag data: its plain text, else the text of its HTML. */
export function transferText(data) {
  const plain = data.getData("text/plain");
  if (plain !== "") return normaliseNewlines(plain);
  const html = data.getData("text/html");
  return html === "" ? "" : htmlToText(html);
}
