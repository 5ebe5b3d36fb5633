// A date field's text as people type it (2026-06-08, 2026/6/8, 2026.6.8, 2026年6月8日) → ISO, using
// the domain's deadline reading; undefined while the text is not one whole calendar date.
import type { IsoDate } from "../../domain/calendar/calendar";
import { resolveDeadline } from "../../domain/calendar/deadline";

export function normaliseTypedDate(text: string): IsoDate | undefined {
  const r = resolveDeadline(text, "");
  return r.kind === "resolved" && !r.relative && !r.yearInferred && !r.time ? r.date : undefined;
}
