// `ccr status` over a folder of 1,000 records (issue 15): once as .json files, once as the record forms
// ccr writes (.docx, exportRecordDocx), run in-process through the command itself (file search, the
// loader, tracking, the table). Goal: status.docx.1000.ms ≤ 5 × status.json.1000.ms.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { statusCommand } from "../src/cli/commands/status";
import { parseRecord, serialiseRecord, type CcrRecord } from "../src/domain/record/record";
import { exportRecordDocx } from "../src/export/record-docx";
import { figure, medianMs } from "./framework";

const EXAMPLES_DIR = join(import.meta.dirname, "..", "examples");
const FILES = 1000;
const TIMING = { samples: 5, warmup: 1, warmupMs: 0, minSampleMs: 0 };

/** The example records, each copied FILES / 5 times under its own id and topic. */
function records(): CcrRecord[] {
  const examples = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const parsed = parseRecord(readFileSync(join(EXAMPLES_DIR, f), "utf8"));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message.en}`);
      return parsed.record;
    });
  return Array.from({ length: FILES }, (_, i) => {
    const base = examples[i % examples.length];
    return { ...base, id: `bench-status-${i}`, topic: `${base.topic}（第${i + 1}次）` };
  });
}

let folders: { json: string; docx: string } | undefined;

/** Two folders of FILES records each, written once per run and removed at exit. */
function recordFolders(): { json: string; docx: string } {
  if (folders) return folders;
  const root = mkdtempSync(join(tmpdir(), "ccr-status-bench-"));
  process.on("exit", () => rmSync(root, { recursive: true, force: true }));
  const made = { json: join(root, "json"), docx: join(root, "docx") };
  mkdirSync(made.json);
  mkdirSync(made.docx);
  records().forEach((record, i) => {
    const name = `r${String(i).padStart(4, "0")}`;
    writeFileSync(join(made.json, `${name}.json`), serialiseRecord(record));
    writeFileSync(join(made.docx, `${name}.docx`), exportRecordDocx(record));
  });
  folders = made;
  return made;
}

/** One `ccr status FOLDER --json` on a fixed day; throws unless it succeeds with rows. */
async function status(folder: string): Promise<void> {
  let out = "";
  const code = await statusCommand.run([folder, "--today", "2026-06-15", "--json"], {
    out: (t) => (out += t),
    err: () => {},
    lang: "zh",
    cwd: folder,
  });
  if (code !== 0 || JSON.parse(out).length === 0) throw new Error(`ccr status ${folder} exited ${code}`);
}

const times: { json?: number; docx?: number } = {};

figure(`status.json.${FILES}.ms`, "ms", async () => (times.json = await medianMs(() => status(recordFolders().json), TIMING)));
figure(`status.docx.${FILES}.ms`, "ms", async () => (times.docx = await medianMs(() => status(recordFolders().docx), TIMING)));
figure(`status.docx-json.ratio`, "× json", async () => {
  times.json ??= await medianMs(() => status(recordFolders().json), TIMING);
  times.docx ??= await medianMs(() => status(recordFolders().docx), TIMING);
  return times.docx / times.json;
});
