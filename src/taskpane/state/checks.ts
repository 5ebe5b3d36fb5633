// The findings the pane shows: the domain validator's, on the record as it is now. The pane never
// checks anything itself. The validator is not needed to paint the pane: it is loaded after the
// first render, and the findings appear when it is there.
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { isoDate, type IsoDate } from "../../domain/calendar/iso-date";
import { addedCalendarYears, subscribeAddedCalendarYears } from "../../domain/calendar/calendar-years";
import type { Finding } from "../../domain/checks/findings";
import type { CcrRecord } from "../../domain/record/record";
import type { validateRecord } from "../../domain/checks/validate";
import { useSameValue } from "./pane";

/** Today's date in the user's time zone, as YYYY-MM-DD (the domain works on ISO date strings). */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The record's findings today; undefined until the validator has loaded. */
export function useValidatedFindings(record: CcrRecord, onLoadError: (e: unknown) => void): Finding[] | undefined {
  const [validate, setValidate] = useState<typeof validateRecord>();
  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "validate" */ "../../domain/checks/validate").then(
      (m) => live && setValidate(() => m.validateRecord),
      (e) => live && onLoadError(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the validator is loaded once per pane
  }, []);
  // A year added in 节假日安排 changes working days: check again.
  const calendarVersion = useSyncExternalStore(subscribeAddedCalendarYears, () => addedCalendarYears().version);
  // Checked in a deferred render: a keystroke shows at once, the findings follow (a record with 200
  // action items takes tens of milliseconds to check).
  const checked = useDeferredValue(record);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the validator reads the added years through the calendar module
  const fresh = useMemo(() => validate?.(checked, { today: localToday() }), [validate, checked, calendarVersion]);
  // The same findings keep the same array: a keystroke that changes none re-renders no field of the form.
  return useSameValue(fresh);
}
