// fast-check arbitraries for hostile input: text from every Unicode plane with the fragments that
// break naive code (XML-illegal controls, unpaired surrogates, CDATA ends, WordprocessingML tags,
// template braces, emoji with modifiers and joiners, right-to-left text), and record-shaped JSON
// values whose fields may have the wrong type, be missing, or be arrays of any length.

import fc from "fast-check";
import { ACTION_STATUSES, CHANNELS, GOAL_TYPES, KINDS, SCENARIOS } from "../../src/domain/record/record";

/** Pieces that have broken text handling somewhere: one of each class the issue names. */
export const HOSTILE_FRAGMENTS = [
  "]]>",
  "<w:p>",
  "</w:t><w:t>",
  "<![CDATA[x]]>",
  "&amp;",
  "&#0;",
  "{{topic}}",
  "{{#actions}}{{/actions}}",
  "${x}",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001f",
  "\u007f",
  "\ud800",
  "\udfff",
  "\ufffe",
  "\uffff",
  "👍🏽",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "𠀀𪚥",
  "𝄞",
  "\u{10fffd}",
  "مرحبا بالعالم",
  "שלום",
  "\u202e\u202d",
  "\u200b\u200d\ufeff",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "\u2028",
  '"',
  "'",
  ",",
  ";",
  "\\",
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@SUM(A1)",
  "BEGIN:VEVENT",
  "沟通协调记录表",
  "  ",
] as const;

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text mixing whole code points of every plane, raw code units and the hostile fragments. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/** A value of any JSON type (the wrong type for a field, most of the time). */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  hostileText,
  fc.array(fc.oneof(fc.integer(), hostileText, fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), hostileText), { maxKeys: 3 }),
);

/** Usually the right shape, sometimes the wrong type, sometimes missing (undefined keys are dropped by JSON). */
function field<T>(right: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const dateLike = fc.oneof(
  fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2026-02-30", "2026-13-01", "明天", "下周五前", "7月3日17:00前", "", "T+2"),
  hostileText,
);
const timeLike = fc.oneof(fc.constantFrom("09:00", "14:30", "25:61", "", "下午"), hostileText);
const texts = (max: number) => fc.array(hostileText, { maxLength: max });

const action = fc.record(
  {
    task: field(hostileText),
    owner: field(hostileText),
    ownerDept: field(hostileText),
    deadline: field(dateLike),
    deliverable: field(hostileText),
    cc: field(texts(3)),
    status: field(fc.constantFrom(...ACTION_STATUSES)),
    progress: field(fc.array(fc.record({ date: dateLike, note: hostileText }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

const participant = fc.record(
  { name: field(hostileText), side: field(fc.constantFrom("internal", "external")), dept: field(hostileText), role: field(hostileText), absent: field(fc.boolean()) },
  { requiredKeys: [] },
);

/** A record-shaped JSON object: known keys (right or wrong type, or absent) plus unknown keys. */
export const recordJson: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        schema: fc.oneof({ weight: 9, arbitrary: fc.constant("ccr/1") }, { weight: 1, arbitrary: wrongType }),
        // An id that is not a record id is refused by the reader (16.1, test/reliability/write-outside.test.ts).
        id: fc.oneof(fc.constantFrom("rec-1", "r-2", ""), fc.constant(undefined), fc.integer(), fc.constant(null)),
        lang: field(fc.constantFrom("zh", "en")),
        topic: field(hostileText),
        goalType: field(fc.constantFrom(...GOAL_TYPES)),
        goal: field(hostileText),
        scenario: field(fc.constantFrom(...SCENARIOS)),
        date: field(dateLike),
        start: field(timeLike),
        end: field(timeLike),
        place: field(hostileText),
        channel: field(fc.constantFrom(...CHANNELS)),
        kind: field(fc.constantFrom(...KINDS)),
        externalUnit: field(hostileText),
        lead: field(fc.record({ name: field(hostileText), staffNo: field(hostileText), contact: field(hostileText), dept: field(hostileText) }, { requiredKeys: [] })),
        participants: field(fc.array(participant, { maxLength: 4 })),
        recorder: field(hostileText),
        background: field(hostileText),
        discussionPoints: field(texts(4)),
        demands: field(texts(3)),
        disputes: field(texts(3)),
        responses: field(texts(3)),
        consensus: field(texts(3)),
        openIssues: field(fc.array(fc.record({ text: field(hostileText), owner: field(hostileText) }, { requiredKeys: [] }), { maxLength: 2 })),
        actions: field(fc.array(action, { maxLength: 6 })),
        sentOn: field(dateLike),
        objectionBy: field(dateLike),
        formalLetter: field(fc.record({ required: field(fc.boolean()), ref: field(hostileText) }, { requiredKeys: [] })),
        confirmations: field(fc.array(fc.record({ name: field(hostileText), confirmed: field(fc.boolean()), date: field(dateLike), remark: field(hostileText) }, { requiredKeys: [] }), { maxLength: 2 })),
        attachments: field(texts(2)),
        resultFeedback: field(hostileText),
        lessons: field(hostileText),
        agenda: field(fc.record({ items: field(fc.array(fc.record({ title: field(hostileText), minutes: field(fc.integer({ min: -5, max: 500 })), presenter: field(hostileText) }, { requiredKeys: [] }), { maxLength: 4 })) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string({ maxLength: 6 }), wrongType, { maxKeys: 2 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

/** Strings that are (nearly) JSON but not a record: truncated, not an object, a wrong schema. */
export const brokenJsonText: fc.Arbitrary<string> = fc.oneof(
  recordJson.chain((r) => {
    const text = JSON.stringify(r);
    return fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n));
  }),
  wrongType.map((v) => JSON.stringify(v) ?? ""),
  fc.string({ unit: "binary", maxLength: 40 }),
);
