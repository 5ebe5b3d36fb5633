// The 待办事项跟踪表 (issue 22): exporting 5,000 action items across 500 records as an .xlsx, reading
// that workbook back, and merging it into the records (nothing edited: every row matched and compared).

import { mergeTracker, type TrackerSource } from "../src/domain/tracking/tracker";
import { readTrackerXlsx } from "../src/export/tracker/read-tracker-xlsx";
import { exportTrackerXlsx } from "../src/export/tracker/tracker-xlsx";
import { recordWithActions, sampleRecord } from "../test/support/export-records";
import { figure, medianMs } from "./framework";
import { parseIsoDate as isoDay } from "../src/domain/calendar/iso-date";

const TIMING = { samples: 5, warmup: 1, warmupMs: 0, minSampleMs: 0 };
const TODAY = isoDay("2026-06-15");

/** 500 records of 10 items each; a third of the items done, so 3,334 rows are open. */
function sources(): TrackerSource[] {
  return Array.from({ length: 500 }, (_, r) => ({
    source: `records/r${r}.json`,
    record: { ...recordWithActions(10, { ...sampleRecord(), id: `rec-bench-${r}`, topic: `第${r + 1}次项目协调会` }) },
  }));
}

const all = sources();

figure("tracker.export.5000-items.500-records.ms", "ms", () => medianMs(() => exportTrackerXlsx(all, { today: TODAY, includeDone: true }), TIMING));

figure("tracker.export.5000-items.kb", "KB", async () => (await exportTrackerXlsx(all, { today: TODAY, includeDone: true })).bytes.length / 1024);

figure("tracker.import.5000-items.ms", "ms", async () => {
  const { bytes } = await exportTrackerXlsx(all, { today: TODAY, includeDone: true });
  return medianMs(async () => {
    const read = await readTrackerXlsx(bytes);
    if (!read.ok) throw new Error(read.error.en);
    return mergeTracker(read.sheet.rows, all, { today: TODAY });
  }, TIMING);
});
