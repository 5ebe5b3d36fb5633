// In Word, above the record form: insert the record table, the sync state, the records of the
// document, what is wrong with the table in the document and 修复.
import { Body1, Button, Dropdown, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Option, Spinner, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, Delete20Regular, TableAdd20Regular, Wrench20Regular } from "@fluentui/react-icons";
import { usePaneShell, useRecord, useWord } from "../state/pane";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  fill: { minWidth: 0, width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function WordBar() {
  const styles = useStyles();
  const { t } = usePaneShell();
  const word = useWord();
  const record = useRecord();
  if (!word) return null;
  if (!word.ready) return <Spinner size="tiny" label={t("word.connecting")} />;
  const missing = word.capabilities?.missing;
  /** The record being edited is kept in the document's data, but its form was deleted. */
  const orphan = word.records.find((r) => r.id === record.id && !r.inDocument);
  return (
    <div className={styles.bar} data-testid="word-bar">
      {missing && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("word.missing", { missing: t.pick(missing) })}</MessageBarBody>
        </MessageBar>
      )}
      {word.capabilities?.core && !word.inDocument && (
        <>
          <Body1>{orphan ? t("word.orphanHint") : t("word.insertHint")}</Body1>
          <Button appearance="primary" icon={<TableAdd20Regular />} disabled={word.busy} onClick={() => void word.insert()} data-testid="word-insert">
            {t("word.insert")}
          </Button>
          {orphan && (
            <Button appearance="secondary" icon={<Delete20Regular />} disabled={word.busy} onClick={() => void word.forget(orphan.id)} data-testid="word-forget">
              {t("word.forget")}
            </Button>
          )}
        </>
      )}
      {word.inDocument && (
        <div className={styles.row}>
          <Body1 data-testid="word-synced">{t("word.synced")}</Body1>
          <Button size="small" icon={word.busy ? <Spinner size="tiny" /> : <ArrowSync20Regular />} disabled={word.busy} onClick={() => void word.readBack()} data-testid="word-refresh">
            {t("word.refresh")}
          </Button>
        </div>
      )}
      {/* Also when the record being edited is not one of them (typed before Word was ready). */}
      {(word.records.length > 1 || (word.records.length > 0 && !word.records.some((r) => r.id === record.id))) && (
        <Field label={t("word.records")}>
          <Dropdown
            className={styles.fill}
            value={word.records.find((r) => r.id === record.id)?.topic || record.topic || t("header.untitled")}
            selectedOptions={record.id ? [record.id] : []}
            onOptionSelect={(_, d) => d.optionValue && d.optionValue !== record.id && void word.open(d.optionValue)}
          >
            {word.records.map((r) => (
              <Option key={r.id} value={r.id} text={r.topic || t("header.untitled")}>
                {`${r.topic || t("header.untitled")}${r.date ? ` · ${r.date}` : ""}${r.inDocument ? "" : ` · ${t("word.notInDocument")}`}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {word.damage.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="word-damage">
          <MessageBarBody>
            {t("word.damage")}
            <ul className={styles.list}>
              {word.damage.map((d, i) => (
                <li key={i}>{t.pick(d.message)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<Wrench20Regular />} disabled={word.busy} onClick={() => void word.repair()} data-testid="word-repair">
              {t("word.repair")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
