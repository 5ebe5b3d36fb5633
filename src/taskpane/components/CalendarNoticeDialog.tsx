// 节假日安排: paste the State Council's notice, see what was read, confirm — the year is kept in the
// browser's storage and counts from then on (the same parser as `ccr calendar add`). Loaded only
// when opened (the notice parser and the calendar are not needed for the first paint).
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { SHIPPED_CALENDAR } from "../../domain/calendar/calendar";
import { addedCalendarYears, type CalendarYear } from "../../domain/calendar/calendar-years";
import { describeCalendarYear, parseHolidayNotice, type NoticeResult } from "../../domain/calendar/notice";
import { usePaneShell } from "../state/pane";
import { browserStorage } from "../storage/localRecords";
import { storeCalendarYears } from "../storage/calendarYears";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  added: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export function CalendarNoticeDialog({ onClose }: { onClose(): void }) {
  const styles = useStyles();
  const { t, notify } = usePaneShell();
  const [text, setText] = useState("");
  const [result, setResult] = useState<NoticeResult | null>(null);
  const [added, setAdded] = useState<Record<string, CalendarYear>>(() => ({ ...addedCalendarYears().years }));

  const save = (years: Record<string, CalendarYear>, done: string) => {
    try {
      storeCalendarYears(browserStorage(), years);
      setAdded(years);
      notify({ intent: "success", text: done });
      return true;
    } catch (e) {
      notify({ intent: "error", text: t("calendar.saveFailed", { reason: e instanceof Error ? e.message : String(e) }) });
      return false;
    }
  };

  const parsed = result?.ok ? result : null;
  const key = parsed ? String(parsed.year) : "";
  const current = parsed ? (added[key] ?? SHIPPED_CALENDAR.years[key]) : undefined;
  const unchanged = parsed !== null && current !== undefined && JSON.stringify(current) === JSON.stringify(parsed.entry);

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("calendar.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Caption1>{t("calendar.intro")}</Caption1>
            <Field label={t("calendar.paste")}>
              <Textarea
                value={text}
                resize="vertical"
                rows={6}
                data-testid="calendar-notice-text"
                onChange={(_, data) => {
                  setText(data.value);
                  setResult(null);
                }}
              />
            </Field>
            {result && !result.ok && (
              <MessageBar intent="error" data-testid="calendar-problems">
                <MessageBarBody>
                  {t("calendar.problems")}
                  <ul className={styles.lines}>
                    {result.problems.map((p, i) => (
                      <li key={i}>{t.pick(p)}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {parsed && (
              <Field label={t("calendar.result")}>
                <ul className={styles.lines} data-testid="calendar-result">
                  {describeCalendarYear(parsed.year, parsed.entry, t.lang).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
                {unchanged ? (
                  <Caption1>{t("calendar.already", { year: parsed.year })}</Caption1>
                ) : (
                  added[key] && <Caption1>{t("calendar.replaces", { year: parsed.year })}</Caption1>
                )}
              </Field>
            )}
            {Object.keys(added).length > 0 && (
              <div className={styles.added}>
                <Caption1>{t("calendar.addedYears")}</Caption1>
                {Object.keys(added)
                  .sort()
                  .map((year) => (
                    <Button
                      key={year}
                      size="small"
                      data-testid={`calendar-remove-${year}`}
                      onClick={() => {
                        const rest = { ...added };
                        delete rest[year];
                        save(rest, t("calendar.removed", { year }));
                      }}
                    >
                      {t("calendar.remove", { year })}
                    </Button>
                  ))}
              </div>
            )}
          </DialogContent>
          <DialogActions>
            {parsed && !unchanged ? (
              <Button
                appearance="primary"
                data-testid="calendar-confirm"
                onClick={() => {
                  if (save({ ...added, [key]: parsed.entry }, t("calendar.added", { year: parsed.year }))) onClose();
                }}
              >
                {t("calendar.confirm", { year: parsed.year })}
              </Button>
            ) : (
              <Button appearance="primary" disabled={!text.trim()} data-testid="calendar-read" onClick={() => setResult(parseHolidayNotice(text))}>
                {t("calendar.read")}
              </Button>
            )}
            <Button onClick={onClose}>{t("calendar.close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
