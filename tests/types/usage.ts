// Compiled by `npm run test:types` (tsc --noEmit), never run: checks that js/index.d.ts,
// reached through the package's own "exports" as a consumer reaches it, accepts correct use
// and rejects misuse (each @ts-expect-error fails the build if the line compiles).
import { analyze } from "article-highlighter";
import type { NameType, NumberSpan, NumberType, QuoteType, Span, SpanKind } from "article-highlighter";

const spans: Span[] = analyze("“We must act now,” Guterres said, as 10,000 people fled Gaza City.");

for (const span of spans) {
  const kind: SpanKind = span.kind;
  const start: number = span.start;
  const end: number = span.end;
  const text: string = span.text;
  void [kind, start, end, text];

  // The kind narrows the span to the fields that kind has.
  switch (span.kind) {
    case "quote": {
      const type: QuoteType = span.type;
      const speaker: string | undefined = span.speaker;
      const mention: [number | undefined, number | undefined] = [span.speakerStart, span.speakerEnd];
      // @ts-expect-error quotes have no value
      void span.value;
      void [type, speaker, mention];
      break;
    }
    case "number": {
      const type: NumberType = span.type;
      const value: number | undefined = span.value;
      const currency: string | undefined = span.currency;
      // @ts-expect-error numbers have no speaker
      void span.speaker;
      // @ts-expect-error a value may be missing ("a few"), so it is not a plain number
      const sure: number = span.value;
      void [type, value, currency, sure];
      break;
    }
    case "name": {
      const type: NameType = span.type;
      // @ts-expect-error names have no currency
      void span.currency;
      void type;
      break;
    }
    default: {
      // Every kind is handled above.
      const never: never = span;
      void never;
    }
  }
}

const money: NumberSpan[] = spans.filter((s): s is NumberSpan => s.kind === "number" && s.type === "money");
void money;

// @ts-expect-error analyze takes a string
analyze(42);
// @ts-expect-error analyze takes exactly one argument
analyze();
// @ts-expect-error analyze returns spans, not a string
const wrong: string = analyze("x");
void wrong;
// @ts-expect-error there is no "date" kind of span
const date: SpanKind = "date";
void date;
