// The findings the pane shows: the domain validator's, on the record as it is now. The pane never
// checks anything itself.
import type { Finding } from "../../domain/findings";
import type { CcrRecord } from "../../domain/record";
import { validateRecord } from "../../domain/validate";

/** Today's date in the user's time zone, as YYYY-MM-DD (the domain works on ISO date strings). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkRecord(record: CcrRecord, today: string): Finding[] {
  return validateRecord(record, { today });
}
