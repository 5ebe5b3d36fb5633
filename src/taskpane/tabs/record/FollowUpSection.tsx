// 四、会后闭环 and 五、反馈与复盘: circulation (derived from the working-day calendar), objections,
// formal letter, confirmations, attachments, result feedback and lessons.
import { Body1, Field } from "@fluentui/react-components";
import { circulationDeadline } from "../../../domain/calendar/calendar";
import { objectionDeadline } from "../../../domain/tracking/confirmation";
import { formatDate } from "../../../domain/calendar/deadline";
import { CONFIRMATION_COLUMNS, FIELD_LABELS } from "../../../domain/record/fields";
import { pathLabel } from "../../../domain/record/paths";
import type { Confirmation } from "../../../domain/record/record";
import { CheckField, ComboField, DateField, TextField, useFindingsAt, validationProps } from "../../components/fields";
import { ListEditor } from "../../components/ListEditor";
import { StringListField } from "../../components/StringListField";
import { usePane } from "../../state/pane";
import type { Suggestions } from "../../state/suggestions";
import { useFormStyles } from "./BasicSection";
import { itemFieldPath, itemPath } from "../../../domain/record/record-path";

export function FollowUpSection({ s }: { s: Suggestions }) {
  const styles = useFormStyles();
  const { t, record } = usePane();
  const L = (k: keyof typeof FIELD_LABELS) => t.pick(FIELD_LABELS[k]);
  const due = circulationDeadline(record.date);
  const objection = objectionDeadline(record);
  return (
    <div className={styles.section}>
      <Field label={L("circulateBy")} hint={t("record.circulateRule")} {...validationProps(useFindingsAt("circulateBy"), t.pick)}>
        <Body1 data-testid="circulate-by">{due ? formatDate(due, t.lang) : t("record.needsDate")}</Body1>
      </Field>
      <DateField path="sentOn" label={L("sentOn")} />
      <DateField
        path="objectionBy"
        label={L("objectionBy")}
        hint={objection && !record.objectionBy ? t("record.objectionDefault", { date: formatDate(objection, t.lang) }) : undefined}
      />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{L("formalLetter")}</legend>
        <CheckField path="formalLetter.required" label={t("record.letterRequired")} alsoPath="formalLetter" />
        {record.formalLetter.required && <TextField path="formalLetter.ref" label={L("formalLetter.ref")} />}
      </fieldset>
      <Field label={L("confirmations")} {...validationProps(useFindingsAt("confirmations"), t.pick)}>
        <div className={styles.section}>
          <ListEditor<Confirmation>
            path="confirmations"
            itemName={(i) => t.pick(pathLabel(itemPath("confirmations", i)))}
            newItem={() => ({ name: "", confirmed: false, date: "", remark: "" })}
            addLabel={t("record.addConfirmation")}
            focusOnAdd="name"
            renderItem={(i) => (
              <>
                <ComboField path={itemFieldPath("confirmations", i, "name")} label={t.pick(CONFIRMATION_COLUMNS.name)} suggestions={s.people} />
                <CheckField path={itemFieldPath("confirmations", i, "confirmed")} label={t.pick(CONFIRMATION_COLUMNS.confirmed)} />
                <DateField path={itemFieldPath("confirmations", i, "date")} label={t.pick(CONFIRMATION_COLUMNS.date)} />
                <TextField path={itemFieldPath("confirmations", i, "remark")} label={t.pick(CONFIRMATION_COLUMNS.remark)} />
              </>
            )}
          />
        </div>
      </Field>
      <StringListField path="attachments" label={L("attachments")} />
    </div>
  );
}

export function FeedbackSection() {
  const styles = useFormStyles();
  const { t } = usePane();
  return (
    <div className={styles.section}>
      <TextField path="resultFeedback" label={t.pick(FIELD_LABELS.resultFeedback)} placeholder={t("record.feedbackHint")} multiline />
      <TextField path="lessons" label={t.pick(FIELD_LABELS.lessons)} multiline />
    </div>
  );
}
