// Word figures for `npm run bench`, measured against the fake Word (which counts syncs):
// syncs per operation (what costs round trips to Word) and wall time in the fake (`….ms`).
// Run alone: npx tsx bench/word.bench.ts

import { emptyAction, emptyRecord } from "../src/domain/record";
import type { CcrRecord } from "../src/domain/record";
import { officeHostFrom } from "../src/word/office-host";
import type { OfficeGlobals } from "../src/word/office-host";
import { createRecordDocument } from "../src/word/record-document";
import { FakeWordHost } from "../test/fake-word/host";
import { naiveReadTexts } from "./naive-word-reader";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

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
  const doc = createRecordDocument(host, { timeoutMs: 600_000, insertTimeoutMs: 600_000 });
  const rec = await doc.insertRecordTemplate(record(actions));
  return { fake, host, doc, rec };
}

async function measure(fake: FakeWordHost, work: () => Promise<unknown>): Promise<{ syncs: number; ms: number }> {
  const before = fake.syncCount;
  const t0 = performance.now();
  await work();
  return { syncs: fake.syncCount - before, ms: Math.round(performance.now() - t0) };
}

export async function wordFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const add = (name: string, m: { syncs: number; ms: number }) => {
    figures.push({ name: `${name}.syncs`, value: m.syncs, unit: "syncs" }, { name: `${name}.ms`, value: m.ms, unit: "ms" });
  };

  {
    const fake = new FakeWordHost();
    const doc = createRecordDocument(officeHostFrom(fake.globals() as unknown as OfficeGlobals), { insertTimeoutMs: 600_000 });
    add("word.insert", await measure(fake, () => doc.insertRecordTemplate(record(10))));
  }
  {
    const { fake, doc, rec } = await withForm(1000);
    const changed = { ...rec, actions: rec.actions.map((a) => ({ ...a, status: "doing" as const })) };
    add("word.fill.1000", await measure(fake, () => doc.writeRecord(changed)));
  }
  for (const n of [10, 100, 1000]) {
    const { fake, doc, rec } = await withForm(n);
    add(`word.read.${n}`, await measure(fake, () => doc.readRecord(rec.id!)));
  }
  {
    const { fake, host, rec } = await withForm(100);
    add("word.naive.read.100", await measure(fake, () => naiveReadTexts(host, rec.id!)));
  }
  return figures;
}

const invokedDirectly = typeof process !== "undefined" && process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly) {
  for (const f of await wordFigures()) console.log(`${f.name}\t${f.value}\t${f.unit}`);
}
