// 一、基本信息: topic, goal, scenario, time, place, channel, type, lead, participants, recorder.
import { Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { CHANNEL_LABELS, FIELD_HINTS, FIELD_LABELS, GOAL_TYPE_LABELS, KIND_LABELS, PARTICIPANT_COLUMNS, SCENARIO_LABELS, SIDE_LABELS } from "../../../domain/record/fields";
import { emptyParticipant, type Participant } from "../../../domain/record/record";
import { pathLabel } from "../../../domain/record/paths";
import { ChoiceField, ComboField, DateField, TextField, TimeField, useFindingsAt, useFocusRequest, validationProps } from "../../components/fields";
import { ListEditor } from "../../components/ListEditor";
import { usePane } from "../../state/pane";
import type { Suggestions } from "../../state/suggestions";
import { itemPath } from "../../../domain/record/record-path";
import { chooseKind, chooseScenario } from "../../../domain/meeting/preparation";

export const useFormStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

function KindField() {
  const { t, record, update } = usePane();
  const ref = useFocusRequest<HTMLDivElement>("kind");
  return (
    <Field label={t.pick(FIELD_LABELS.kind)} required {...validationProps(useFindingsAt("kind"), t.pick)}>
      <RadioGroup
        ref={ref}
        layout="horizontal"
        data-path="kind"
        value={record.kind}
        onChange={(_, d) => update((r) => chooseKind(r, d.value === "external" ? "external" : "internal"))}
      >
        <Radio value="internal" label={t.pick(KIND_LABELS.internal)} />
        <Radio value="external" label={t.pick(KIND_LABELS.external)} />
      </RadioGroup>
    </Field>
  );
}

function ParticipantFields({ index, item, s }: { index: number; item: Participant; s: Suggestions }) {
  const { t, update } = usePane();
  const at = itemPath("participants", index);
  return (
    <>
      <ComboField path={`${at}.name`} label={t.pick(PARTICIPANT_COLUMNS.name)} suggestions={s.people} required />
      <RadioGroup
        layout="horizontal"
        aria-label={t.pick(PARTICIPANT_COLUMNS.side)}
        value={item.side}
        onChange={(_, d) =>
          update((r) => ({
            ...r,
            participants: r.participants.map((p, i) => (i === index ? { ...p, side: d.value === "external" ? "external" : "internal" } : p)),
          }))
        }
      >
        <Radio value="internal" label={t.pick(SIDE_LABELS.internal)} />
        <Radio value="external" label={t.pick(SIDE_LABELS.external)} />
      </RadioGroup>
      {item.side === "external" ? (
        <ComboField path={`${at}.unit`} label={t.pick(PARTICIPANT_COLUMNS.unit)} suggestions={s.units} required />
      ) : (
        <ComboField path={`${at}.dept`} label={t.pick(PARTICIPANT_COLUMNS.dept)} suggestions={s.departments} required />
      )}
      <TextField path={`${at}.title`} label={t.pick(PARTICIPANT_COLUMNS.title)} required={item.side === "external"} />
    </>
  );
}

export function BasicSection({ s }: { s: Suggestions }) {
  const styles = useFormStyles();
  const { t, record } = usePane();
  const L = (k: keyof typeof FIELD_LABELS) => t.pick(FIELD_LABELS[k]);
  return (
    <div className={styles.section}>
      <TextField path="topic" label={L("topic")} placeholder={t.pick(FIELD_HINTS.topic)} required />
      <ChoiceField path="goalType" label={L("goalType")} options={GOAL_TYPE_LABELS} />
      <TextField path="goal" label={L("goal")} placeholder={t.pick(FIELD_HINTS.goal)} multiline />
      <ChoiceField path="scenario" label={L("scenario")} options={SCENARIO_LABELS} choose={chooseScenario} />
      <DateField path="date" label={L("date")} hint={t("field.dateHint")} required alsoPath="time" />
      <div className={styles.pair}>
        <TimeField path="start" label={L("start")} required />
        <TimeField path="end" label={L("end")} required />
      </div>
      <TextField path="place" label={L("place")} placeholder={t.pick(FIELD_HINTS.place)} required />
      <ChoiceField path="channel" label={L("channel")} options={CHANNEL_LABELS} />
      <KindField />
      {record.kind === "external" && <ComboField path="externalUnit" label={L("externalUnit")} suggestions={s.units} required />}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{L("lead")}</legend>
        <ComboField path="lead.name" label={L("lead.name")} suggestions={s.people} required />
        <div className={styles.pair}>
          <TextField path="lead.staffNo" label={L("lead.staffNo")} />
          <ComboField path="lead.dept" label={L("lead.dept")} suggestions={s.departments} />
        </div>
        <TextField path="lead.contact" label={L("lead.contact")} />
      </fieldset>
      <Field label={L("participants")} required {...validationProps(useFindingsAt("participants"), t.pick)}>
        <div className={styles.section}>
          <ListEditor<Participant>
            path="participants"
            itemName={(i) => t.pick(pathLabel(itemPath("participants", i)))}
            newItem={() => emptyParticipant(record.kind === "external" ? "external" : "internal")}
            addLabel={t("record.addParticipant")}
            focusOnAdd="name"
            renderItem={(i, item) => <ParticipantFields index={i} item={item} s={s} />}
          />
        </div>
      </Field>
      <ComboField path="recorder" label={L("recorder")} suggestions={s.people} />
    </div>
  );
}
