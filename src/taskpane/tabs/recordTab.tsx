// 记录: the record form (record-template §1), every field bound to its path.
import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentEdit20Regular } from "@fluentui/react-icons";
import { FIELD_HINTS, FIELD_LABELS } from "../../domain/fields";
import { AdoptCard } from "../components/AdoptCard";
import { TextField } from "../components/fields";
import { usePane } from "../state/pane";
import type { PaneTab } from "./types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export function RecordPanel() {
  const styles = useStyles();
  const { t } = usePane();
  return (
    <div className={styles.form}>
      <AdoptCard />
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} data-testid="record-form">
        <TextField path="topic" label={t.pick(FIELD_LABELS.topic)} placeholder={t.pick(FIELD_HINTS.topic)} required />
        <TextField path="goal" label={t.pick(FIELD_LABELS.goal)} placeholder={t.pick(FIELD_HINTS.goal)} multiline />
        <TextField path="date" label={t.pick(FIELD_LABELS.date)} required />
        <TextField path="place" label={t.pick(FIELD_LABELS.place)} placeholder={t.pick(FIELD_HINTS.place)} required />
        <TextField path="lead.name" label={t.pick(FIELD_LABELS["lead.name"])} required />
        <TextField path="background" label={t.pick(FIELD_LABELS.background)} placeholder={t.pick(FIELD_HINTS.background)} multiline required />
      </form>
    </div>
  );
}

export const recordTab: PaneTab = {
  id: "record",
  phase: "after",
  order: 10,
  label: "tab.record",
  icon: DocumentEdit20Regular,
  Panel: RecordPanel,
};
