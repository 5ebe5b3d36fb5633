// 二、沟通内容摘要: background, the lists of points, and open disagreements with their next steps.
import { FIELD_HINTS, FIELD_LABELS, OPEN_ISSUE_COLUMNS } from "../../../domain/record/fields";
import type { OpenIssue } from "../../../domain/record/record";
import { pathLabel } from "../../../domain/record/paths";
import { Button, Field } from "@fluentui/react-components";
import { discussionPointsFromAgenda } from "../../../domain/meeting/agenda";
import { TextField, useFindingsAt, validationProps } from "../../components/fields";
import { ListEditor } from "../../components/ListEditor";
import { StringListField } from "../../components/StringListField";
import { usePane } from "../../state/pane";
import { useFormStyles } from "./BasicSection";
import { itemFieldPath, itemPath } from "../../../domain/record/record-path";

export function SummarySection() {
  const styles = useFormStyles();
  const { t, record, update } = usePane();
  const fromAgenda = record.discussionPoints.every((p) => !p.trim()) ? discussionPointsFromAgenda(record) : [];
  const L = (k: keyof typeof FIELD_LABELS) => t.pick(FIELD_LABELS[k]);
  return (
    <div className={styles.section}>
      <TextField path="background" label={L("background")} placeholder={t.pick(FIELD_HINTS.background)} multiline required />
      <StringListField path="discussionPoints" label={L("discussionPoints")} required />
      {fromAgenda.length > 0 && (
        <Button size="small" onClick={() => update((r) => ({ ...r, discussionPoints: discussionPointsFromAgenda(r) }))} data-testid="points-from-agenda">
          {t("record.pointsFromAgenda", { n: fromAgenda.length })}
        </Button>
      )}
      <StringListField path="demands" label={L("demands")} />
      <StringListField path="disputes" label={L("disputes")} />
      <StringListField path="responses" label={L("responses")} />
      <StringListField path="consensus" label={L("consensus")} required />
      <Field label={L("openIssues")} {...validationProps(useFindingsAt("openIssues"), t.pick)}>
        <div className={styles.section}>
          <ListEditor<OpenIssue>
            path="openIssues"
            itemName={(i) => t.pick(pathLabel(itemPath("openIssues", i)))}
            newItem={() => ({ text: "", nextStep: "" })}
            addLabel={t("record.addOpenIssue")}
            focusOnAdd="text"
            renderItem={(i) => (
              <>
                <TextField path={itemFieldPath("openIssues", i, "text")} label={t.pick(OPEN_ISSUE_COLUMNS.text)} />
                <TextField path={itemFieldPath("openIssues", i, "nextStep")} label={t.pick(OPEN_ISSUE_COLUMNS.nextStep)} placeholder={t("record.nextStepHint")} />
              </>
            )}
          />
        </div>
      </Field>
    </div>
  );
}
