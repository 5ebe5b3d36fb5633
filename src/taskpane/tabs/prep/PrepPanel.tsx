// 准备 (guide 二(一)): goal type and a concrete goal (goal.vague shows at the field), scenario,
// complexity and the recommended channel, the lead and participants, and the scenario's
// preparation checklist kept in the record.
import { Button, Caption1, Checkbox, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { CHANNEL_LABELS, FIELD_HINTS, FIELD_LABELS, GOAL_TYPE_LABELS, KIND_LABELS, PARTICIPANT_COLUMNS, SCENARIO_LABELS, SIDE_LABELS } from "../../../domain/record/fields";
import {
  addChecklistItem,
  channelAdviceFor,
  chooseKind,
  chooseScenario,
  checklistProgress,
  COMPLEXITY_LABELS,
  defaultChecklist,
  impliedComplexity,
  preparationOf,
  removeChecklistItem,
  setChecklistDone,
  updateChecklistItem,
  withPreparation,
  type Complexity,
  type Preparation,
} from "../../../domain/meeting/preparation";
import { CHANNELS, emptyParticipant, GOAL_TYPES, KINDS, SCENARIOS, SIDES, type CcrRecord, type Channel, type GoalType, type MeetingKind, type Scenario, type Side } from "../../../domain/record/record";
import { DateField, TextField, TimeField } from "../../components/fields";
import { GrowingText } from "../../components/GrowingText";
import { ChoiceField, Section, usePlanStyles } from "../../components/planKit";
import { usePane } from "../../state/pane";
import { itemFieldPath } from "../../../domain/record/record-path";
import { listSeparator } from "../../../domain/record/punctuation";

export function PrepPanel() {
  const styles = usePlanStyles();
  const { t, record, update } = usePane();
  const prep = preparationOf(record);
  const advice = channelAdviceFor(record);
  const setPrep = (change: (p: Preparation) => Preparation) => update((r) => withPreparation(r, change(preparationOf(r))));
  const set = <K extends keyof CcrRecord>(key: K, value: CcrRecord[K]) => update((r) => ({ ...r, [key]: value }));
  const [newCheck, setNewCheck] = useState("");
  const progress = checklistProgress(prep);
  const none = { value: "", label: t("plan.choose") };

  return (
    <form className={styles.panel} onSubmit={(e) => e.preventDefault()} data-testid="prep-panel">
      <Section title={t("prep.meetingSection")}>
        <TextField path="topic" label={t.pick(FIELD_LABELS.topic)} placeholder={t.pick(FIELD_HINTS.topic)} required />
        <DateField path="date" label={t.pick(FIELD_LABELS.date)} hint={t("field.dateHint")} />
        <div className={styles.row}>
          <div className={styles.grow}>
            <TimeField path="start" label={t.pick(FIELD_LABELS.start)} />
          </div>
          <div className={styles.grow}>
            <TimeField path="end" label={t.pick(FIELD_LABELS.end)} />
          </div>
        </div>
      </Section>

      <Section title={t("prep.goalSection")}>
        <ChoiceField
          label={t.pick(FIELD_LABELS.goalType)}
          value={record.goalType}
          choices={[none, ...GOAL_TYPES.map((g) => ({ value: g, label: t.pick(GOAL_TYPE_LABELS[g]) }))]}
          onChange={(v) => set("goalType", v as GoalType | "")}
          testId="prep-goal-type"
        />
        <TextField path="goal" label={t.pick(FIELD_LABELS.goal)} hint={t("prep.goalHint")} multiline />
        <ChoiceField
          label={t.pick(FIELD_LABELS.scenario)}
          value={record.scenario}
          choices={[none, ...SCENARIOS.map((s) => ({ value: s, label: t.pick(SCENARIO_LABELS[s]) }))]}
          onChange={(v) => update((r) => chooseScenario(r, v as Scenario | ""))}
          testId="prep-scenario"
        />
      </Section>

      <Section title={t("prep.channelSection")}>
        <ChoiceField
          label={t("prep.complexity")}
          value={prep.complexity}
          choices={[
            { value: "", label: t("prep.complexityAuto", { level: t.pick(COMPLEXITY_LABELS[impliedComplexity(record.goalType)]) }) },
            ...(["simple", "complex", "major"] as const).map((c) => ({ value: c, label: t.pick(COMPLEXITY_LABELS[c]) })),
          ]}
          onChange={(v) => setPrep((p) => ({ ...p, complexity: v as Complexity | "" }))}
          testId="prep-complexity"
        />
        <MessageBar intent="info" data-testid="prep-advice">
          <MessageBarBody>
            {t("prep.recommended", { channels: advice.channels.map((c) => t.pick(CHANNEL_LABELS[c])).join(listSeparator(t.lang)) })} {t.pick(advice.reason)}
          </MessageBarBody>
        </MessageBar>
        <ChoiceField
          label={t.pick(FIELD_LABELS.channel)}
          value={record.channel}
          choices={[
            none,
            ...CHANNELS.map((c) => ({ value: c, label: t.pick(CHANNEL_LABELS[c]) + (advice.channels.includes(c) ? ` (${t("prep.recommendedMark")})` : "") })),
          ]}
          onChange={(v) => set("channel", v as Channel | "")}
          testId="prep-channel"
        />
        <TextField path="place" label={t.pick(FIELD_LABELS.place)} placeholder={t.pick(FIELD_HINTS.place)} />
        <ChoiceField
          label={t.pick(FIELD_LABELS.kind)}
          value={record.kind}
          choices={KINDS.map((k) => ({ value: k, label: t.pick(KIND_LABELS[k]) }))}
          onChange={(v) => update((r) => chooseKind(r, v as MeetingKind))}
          testId="prep-kind"
        />
        {record.kind === "external" && <TextField path="externalUnit" label={t.pick(FIELD_LABELS.externalUnit)} />}
      </Section>

      <Section title={t("prep.peopleSection")}>
        <div className={styles.row}>
          <div className={styles.grow}>
            <TextField path="lead.name" label={t.pick(FIELD_LABELS["lead.name"])} />
          </div>
          <div className={styles.grow}>
            <TextField path="lead.dept" label={t.pick(FIELD_LABELS["lead.dept"])} />
          </div>
        </div>
        <div className={styles.row}>
          <div className={styles.grow}>
            <TextField path="lead.staffNo" label={t.pick(FIELD_LABELS["lead.staffNo"])} />
          </div>
          <div className={styles.grow}>
            <TextField path="lead.contact" label={t.pick(FIELD_LABELS["lead.contact"])} />
          </div>
        </div>
        <Caption1 className={styles.muted}>{t(record.kind === "external" ? "prep.externalPeopleHint" : "prep.internalPeopleHint")}</Caption1>
        <ul className={styles.list} data-testid="prep-participants">
          {record.participants.map((p, i) => (
            <li key={i} className={styles.card}>
              <div className={styles.row}>
                <div className={styles.grow}>
                  <TextField path={itemFieldPath("participants", i, "name")} label={t.pick(PARTICIPANT_COLUMNS.name)} />
                </div>
                <ChoiceField
                  label={t.pick(PARTICIPANT_COLUMNS.side)}
                  value={p.side}
                  choices={SIDES.map((s) => ({ value: s, label: t.pick(SIDE_LABELS[s]) }))}
                  onChange={(v) => update((r) => ({ ...r, participants: r.participants.map((x, k) => (k === i ? { ...emptyParticipant(v as Side), ...x, side: v as Side } : x)) }))}
                />
              </div>
              <div className={styles.row}>
                <div className={styles.grow}>
                  {p.side === "external" ? (
                    <TextField path={itemFieldPath("participants", i, "unit")} label={t.pick(PARTICIPANT_COLUMNS.unit)} />
                  ) : (
                    <TextField path={itemFieldPath("participants", i, "dept")} label={t.pick(PARTICIPANT_COLUMNS.dept)} />
                  )}
                </div>
                <div className={styles.grow}>
                  <TextField path={itemFieldPath("participants", i, "title")} label={t(p.side === "external" ? "prep.titleExternal" : "prep.titleInternal")} />
                </div>
                <Button
                  icon={<Delete16Regular />}
                  aria-label={t("common.remove")}
                  onClick={() => update((r) => ({ ...r, participants: r.participants.filter((_, k) => k !== i) }))}
                />
              </div>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Button icon={<Add16Regular />} onClick={() => update((r) => ({ ...r, participants: [...r.participants, emptyParticipant(r.kind === "external" ? "external" : "internal")] }))}>
            {t("prep.addParticipant")}
          </Button>
        </div>
      </Section>

      <Section title={t("prep.checklistSection", { done: progress.done, total: progress.total })} testId="prep-checklist">
        <ul className={styles.list}>
          {prep.checklist.map((item, i) => (
            <li key={i} className={styles.row}>
              <Checkbox checked={item.done} aria-label={item.text} onChange={(_, d) => setPrep((p) => setChecklistDone(p, i, d.checked === true))} />
              <GrowingText className={styles.grow} value={item.text} aria-label={t("prep.checkText")} onChange={(_, d) => setPrep((p) => updateChecklistItem(p, i, d.value.replace(/[\r\n]+/g, " ")))} />
              <Button icon={<Delete16Regular />} aria-label={t("common.remove")} onClick={() => setPrep((p) => removeChecklistItem(p, i))} />
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Input className={styles.grow} value={newCheck} placeholder={t("prep.newCheck")} aria-label={t("prep.newCheck")} onChange={(_, d) => setNewCheck(d.value)} />
          <Button
            icon={<Add16Regular />}
            disabled={!newCheck.trim()}
            onClick={() => {
              setPrep((p) => addChecklistItem(p, newCheck.trim()));
              setNewCheck("");
            }}
          >
            {t("common.add")}
          </Button>
          <Button onClick={() => setPrep((p) => ({ ...p, checklist: defaultChecklist(record) }))}>{t("prep.resetChecklist")}</Button>
        </div>
      </Section>
    </form>
  );
}
