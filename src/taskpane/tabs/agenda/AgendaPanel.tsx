// 议程 (record-template §3): the standard agenda of the scenario, edited item by item with the live
// difference to the meeting's length, materials, the opening statement, and sending it out:
// 插入议程/更新议程 in Word, text for 企业微信/钉钉 or e-mail, .docx and .ics downloads, sent-on date.
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import {
  Add16Regular,
  ArrowDown16Regular,
  ArrowUp16Regular,
  CalendarLtr20Regular,
  Copy16Regular,
  Delete16Regular,
  DocumentArrowDown16Regular,
  DocumentAdd16Regular,
  } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import {
  addAgendaItem,
  agendaNotices,
  agendaOf,
  defaultAgenda,
  minuteBalance,
  moveAgendaItem,
  openingStatement,
  removeAgendaItem,
  updateAgendaItem,
  withAgenda,
  type Agenda,
} from "../../../domain/meeting/agenda";
import { agendaText } from "../../../domain/meeting/agenda-text";
import { FIELD_LABELS } from "../../../domain/record/fields";
import { isWordError } from "../../../word/types";
import { DOCX_MIME, useSaveFile } from "../../components/download";
import { recordFileName } from "../../state/useRecordEditor";
import { DateField, DateInput, TimeField } from "../../components/fields";
import { GrowingText } from "../../components/GrowingText";
import { Section, useCopy, usePlanStyles } from "../../components/planKit";
import { localToday } from "../../state/checks";
import { usePane, useWord } from "../../state/pane";


export function AgendaPanel() {
  const styles = usePlanStyles();
  const { t, record, update, host, notify } = usePane();
  const word = useWord();
  const save = useSaveFile();
  const copy = useCopy();
  const agenda = agendaOf(record);
  const balance = minuteBalance(record, agenda);
  const notices = agendaNotices(record, agenda);
  const [busy, setBusy] = useState(false);
  const [inWord, setInWord] = useState(false);
  const edit = (change: (a: Agenda) => Agenda) => update((r) => withAgenda(r, change(agendaOf(r))));

  // In Word, the button says 更新议程 when this record's agenda is already in the document.
  useEffect(() => {
    if (!word?.ready || !record.id) return;
    let live = true;
    word
      .hasAgenda(record.id)
      .then((found) => live && setInWord(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [word, record.id]);

  const toWord = async () => {
    if (!word) return;
    setBusy(true);
    try {
      const result = await word.writeAgenda(record, agenda, t.lang);
      setInWord(true);
      notify({ intent: "success", text: t(result.action === "updated" ? "agenda.updated" : "agenda.inserted") });
    } catch (e) {
      notify({ intent: "error", text: isWordError(e) ? t.pick(e.userMessage) : t("agenda.wordFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const download = async (kind: "docx" | "ics") => {
    try {
      if (kind === "docx") {
        const { exportAgendaDocx } = await import("../../../export/agenda-docx");
        await save({ name: recordFileName(record, "docx", `-${t("agenda.fileSuffix")}`), data: new Uint8Array(await exportAgendaDocx(record, agenda)), mimeType: DOCX_MIME });
      } else {
        const { agendaIcsProblem, exportAgendaIcs } = await import("../../../export/agenda-ics");
        const problem = agendaIcsProblem(record);
        if (problem) {
          notify({ intent: "warning", text: t.pick(problem) });
          return;
        }
        await save({ name: recordFileName(record, "ics"), data: exportAgendaIcs(record, agenda), mimeType: "text/calendar;charset=utf-8" });
      }
    } catch (e) {
      notify({ intent: "error", text: t("agenda.downloadFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <form className={styles.panel} onSubmit={(e) => e.preventDefault()} data-testid="agenda-panel">
      <Section title={t("agenda.timeSection")}>
        <div className={styles.row}>
          <div className={styles.grow}>
            <DateField path="date" label={t.pick(FIELD_LABELS.date)} />
          </div>
          <div className={styles.narrow}>
            <TimeField path="start" label={t.pick(FIELD_LABELS.start)} />
          </div>
          <div className={styles.narrow}>
            <TimeField path="end" label={t.pick(FIELD_LABELS.end)} />
          </div>
        </div>
      </Section>

      <Section title={t("agenda.itemsSection")} testId="agenda-items">
        <MessageBar intent={balance.difference === 0 ? "success" : balance.difference === null ? "info" : "warning"} aria-live="polite" data-testid="agenda-balance">
          <MessageBarBody>{t.pick(balance.message)}</MessageBarBody>
        </MessageBar>
        <ol className={styles.list}>
          {agenda.items.map((item, i) => (
            <li key={i} className={styles.card} data-testid="agenda-item">
              <div className={styles.row}>
                <Badge appearance="tint">{i + 1}</Badge>
                {item.closing && <Badge appearance="outline">{t("agenda.closing")}</Badge>}
              </div>
              <Field label={t("agenda.item")}>
                <GrowingText value={item.title} onChange={(_, d) => edit((a) => updateAgendaItem(a, i, { title: d.value.replace(/[\r\n]+/g, " ") }))} />
              </Field>
              <div className={styles.row}>
                <Field label={t("agenda.presenter")} className={styles.grow}>
                  <Input value={item.presenter} onChange={(_, d) => edit((a) => updateAgendaItem(a, i, { presenter: d.value }))} />
                </Field>
                <Field label={t("agenda.minutes")} className={styles.narrow}>
                  <Input type="number" min={0} value={String(item.minutes)} onChange={(_, d) => edit((a) => updateAgendaItem(a, i, { minutes: Number(d.value) || 0 }))} />
                </Field>
              </div>
              <div className={styles.row}>
                <Button size="small" icon={<ArrowUp16Regular />} aria-label={t("common.moveUp")} disabled={i === 0} onClick={() => edit((a) => moveAgendaItem(a, i, i - 1))} />
                <Button
                  size="small"
                  icon={<ArrowDown16Regular />}
                  aria-label={t("common.moveDown")}
                  disabled={i === agenda.items.length - 1}
                  onClick={() => edit((a) => moveAgendaItem(a, i, i + 1))}
                />
                <Button size="small" icon={<Delete16Regular />} aria-label={t("common.remove")} onClick={() => edit((a) => removeAgendaItem(a, i))} />
              </div>
            </li>
          ))}
        </ol>
        <div className={styles.row}>
          <Button icon={<Add16Regular />} onClick={() => edit((a) => addAgendaItem(a))}>
            {t("agenda.addItem")}
          </Button>
          <Button onClick={() => update((r) => withAgenda(r, { ...defaultAgenda(r), sentOn: agendaOf(r).sentOn }))}>{t("agenda.reset")}</Button>
        </div>
      </Section>

      <Section title={t("agenda.materialsSection")}>
        <ul className={styles.list}>
          {agenda.materials.map((m, i) => (
            <li key={i} className={styles.row}>
              <Input
                className={styles.grow}
                value={m}
                aria-label={t("agenda.material", { n: i + 1 })}
                onChange={(_, d) => edit((a) => ({ ...a, materials: a.materials.map((x, k) => (k === i ? d.value : x)) }))}
              />
              <Button icon={<Delete16Regular />} aria-label={t("common.remove")} onClick={() => edit((a) => ({ ...a, materials: a.materials.filter((_, k) => k !== i) }))} />
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Button icon={<Add16Regular />} onClick={() => edit((a) => ({ ...a, materials: [...a.materials, ""] }))}>
            {t("agenda.addMaterial")}
          </Button>
        </div>
      </Section>

      <Section title={t("agenda.openingSection")}>
        <Field hint={agenda.opening.trim() ? t("agenda.openingEdited") : t("agenda.openingGenerated")}>
          <Textarea
            aria-label={t("agenda.openingSection")}
            value={openingStatement(record, agenda, t.lang)}
            resize="vertical"
            data-testid="agenda-opening"
            onChange={(_, d) => edit((a) => ({ ...a, opening: d.value }))}
          />
        </Field>
        <div className={styles.row}>
          <Button disabled={!agenda.opening.trim()} onClick={() => edit((a) => ({ ...a, opening: "" }))}>
            {t("agenda.regenerate")}
          </Button>
        </div>
      </Section>

      <Section title={t("agenda.sendSection")}>
        {notices
          .filter((n) => n.id !== "minutes")
          .map((n) => (
            <MessageBar key={n.id} intent="warning" data-testid={`agenda-notice-${n.id}`}>
              <MessageBarBody>{t.pick(n.message)}</MessageBarBody>
            </MessageBar>
          ))}
        <div className={styles.row}>
          {host.kind === "word" && (
            <Button appearance="primary" icon={<DocumentAdd16Regular />} disabled={busy || !word?.ready} onClick={toWord} data-testid="agenda-to-word">
              {inWord ? t("agenda.updateInWord") : t("agenda.insertInWord")}
            </Button>
          )}
          <Button icon={<Copy16Regular />} onClick={() => copy(agendaText(record, agenda, { style: "im", lang: t.lang }))} data-testid="agenda-copy-im">
            {t("agenda.copyIm")}
          </Button>
          <Button icon={<Copy16Regular />} onClick={() => copy(agendaText(record, agenda, { style: "email", lang: t.lang, date: localToday() }))}>
            {t("agenda.copyEmail")}
          </Button>
          <Button icon={<DocumentArrowDown16Regular />} onClick={() => download("docx")} data-testid="agenda-docx">
            {t("agenda.downloadDocx")}
          </Button>
          <Button icon={<CalendarLtr20Regular />} onClick={() => download("ics")} data-testid="agenda-ics">
            {t("agenda.downloadIcs")}
          </Button>
        </div>
        <div className={styles.row}>
          <Field label={t("agenda.sentOn")} className={styles.grow}>
            <DateInput value={agenda.sentOn} data-testid="agenda-sent-on" onChange={(v) => edit((a) => ({ ...a, sentOn: v.trim() }))} />
          </Field>
          <Button onClick={() => edit((a) => ({ ...a, sentOn: localToday() }))}>{t("agenda.sentToday")}</Button>
        </div>
      </Section>
    </form>
  );
}
