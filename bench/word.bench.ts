// Word figures for `npm run bench`, measured against the fake Word (which counts syncs): syncs per
// operation, what costs round trips to Word and the figure that means something for real Word; and
// `word.fake-host.*.ms`, the time of the same operation against the in-memory fake: ccr's own work
// (building and parsing OOXML, the proxies) without any of Word's, so no estimate of time in Word.
// `word.naive.read.100` is a reader that syncs once per cell (bench/naive-word-reader.ts), beside
// `word.read.100` so the ratio shows. Only the Word figures: npm run bench -- word.

import { emptyAction, emptyRecord } from "../src/domain/record/record";
import type { CcrRecord } from "../src/domain/record/record";
import { officeHostFrom } from "../src/word/office-host";
import type { OfficeGlobals } from "../src/word/office-host";
import { createRecordDocument } from "../src/word/record-document";
import { FakeWordHost } from "../test/fake-word/host";
import { figure, medianMs } from "./framework";
import { naiveReadTexts } from "./naive-word-reader";

function record(actions: number): CcrRecord {
  return {
    ...emptyRecord(),
    topic: "项目研发阶段延期协调会",
    date: "2026-06-08",
    start: "14:00",
    end: "14:30",
    place: "公司3号会议室",
    lead: { name: "张伟", staffNo: "A1023", contact: "13800000000", dept: "技术部" },
    participants: [{ name: "李娜", side: "internal", dept: "生产部" }],
    background: "因技术难点攻克延迟,研发阶段需调整计划",
    discussionPoints: ["延期具体时长", "生产部物料准备"],
    consensus: ["研发阶段完成时间调整为6月24日"],
    actions: Array.from({ length: actions }, (_, i) => ({
      ...emptyAction(),
      task: `事项 ${i + 1}`,
      owner: "李娜",
      ownerDept: "生产部",
      deadline: "2026-06-30",
      deliverable: "输出书面报告,抄送技术部负责人",
    })),
  };
}

async function withForm(actions: number) {
  const fake = new FakeWordHost();
  const host = officeHostFrom(fake.globals() as unknown as OfficeGlobals);
  const doc = newAdapter(fake);
  const rec = await doc.insertRecordTemplate(record(actions));
  return { fake, host, doc, rec };
}

/** Syncs one call of `work` costs against the fake Word. */
async function syncsOf(fake: FakeWordHost, work: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await work();
  return fake.syncCount - before;
}

const TIMING = { samples: 5, warmup: 1, warmupMs: 0, minSampleMs: 0 };

function newAdapter(fake: FakeWordHost) {
  return createRecordDocument(officeHostFrom(fake.globals() as unknown as OfficeGlobals), { timeoutMs: 600_000, insertTimeoutMs: 600_000 });
}

async function insertOnce(): Promise<FakeWordHost> {
  const fake = new FakeWordHost();
  await newAdapter(fake).insertRecordTemplate(record(10));
  return fake;
}

figure("word.insert.syncs", "syncs", async () => (await insertOnce()).syncCount);
figure("word.fake-host.insert.ms", "ms", () => medianMs(insertOnce, TIMING));

function fillFigures(): void {
  let form: Awaited<ReturnType<typeof withForm>> | undefined;
  const ready = async () => (form ??= await withForm(1000));
  const fill = async () => {
    const { doc, rec } = await ready();
    await doc.writeRecord({ ...rec, actions: rec.actions.map((a) => ({ ...a, status: "doing" as const })) });
  };
  figure("word.fill.1000.syncs", "syncs", async () => {
    const { fake } = await ready();
    return syncsOf(fake, fill);
  });
  figure("word.fake-host.fill.1000.ms", "ms", async () => {
    await ready();
    return medianMs(fill, TIMING);
  });
}
fillFigures();

function readFigures(name: string, actions: number, read: (f: Awaited<ReturnType<typeof withForm>>) => Promise<unknown>): void {
  let form: Awaited<ReturnType<typeof withForm>> | undefined;
  const ready = async () => (form ??= await withForm(actions));
  figure(`${name}.syncs`, "syncs", async () => {
    const f = await ready();
    return syncsOf(f.fake, () => read(f));
  });
  figure(`${name.replace(/^word\./, "word.fake-host.")}.ms`, "ms", async () => {
    const f = await ready();
    return medianMs(() => read(f), TIMING);
  });
}

for (const n of [10, 100, 1000]) readFigures(`word.read.${n}`, n, (f) => f.doc.readRecord(f.rec.id!));
readFigures("word.naive.read.100", 100, (f) => naiveReadTexts(f.host, f.rec.id!));
