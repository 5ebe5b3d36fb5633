// 问题冲突处理: options as columns, criteria as rows (紧急性, 客户影响度, 资源替代可能性 and the user's
// own) with weights and scores 1–5, totals, and 插入争议点 which puts the comparison under 争议点.
import { Button, Caption1, Input, SpinButton } from "@fluentui/react-components";
import { Add20Regular, ArrowSplit20Regular, Delete20Regular } from "@fluentui/react-icons";
import {
  addCriterion,
  addOption,
  criterionLabel,
  insertComparison,
  leadingOption,
  newComparison,
  readConflicts,
  removeCriterion,
  removeOption,
  renameOption,
  setScore,
  SCORE_MAX,
  totals,
  updateCriterion,
  withConflicts,
  type ConflictComparison,
} from "../../domain/meeting/conflict";
import { recordLang } from "../../domain/record/record";
import { usePane } from "../state/pane";
import { useMeetingStyles } from "./styles";

export function ConflictCard() {
  const styles = useMeetingStyles();
  const { t, record, update, notify } = usePane();
  const comparison = readConflicts(record)[0];

  const change = (f: (c: ConflictComparison) => ConflictComparison) =>
    update((r) => {
      const [first = newComparison(), ...rest] = readConflicts(r);
      return withConflicts(r, [f(first), ...rest]);
    });

  if (!comparison) {
    return (
      <Button icon={<ArrowSplit20Regular />} onClick={() => change((c) => c)} data-testid="conflict-new">
        {t("meeting.conflictNew")}
      </Button>
    );
  }

  const sums = totals(comparison);
  const lead = leadingOption(comparison);
  const insert = () => {
    update((r) => {
      const [first = newComparison(), ...rest] = readConflicts(r);
      const done = insertComparison(r, first, recordLang(r));
      return withConflicts(done.record, [done.comparison, ...rest]);
    });
    notify({ intent: "success", text: t("meeting.conflictInserted") });
  };

  return (
    <div className={styles.card} data-testid="conflict">
      <Input
        value={comparison.subject}
        placeholder={t("meeting.conflictSubject")}
        aria-label={t("meeting.conflictSubject")}
        onChange={(_, d) => change((c) => ({ ...c, subject: d.value }))}
      />
      <table className={styles.table}>
        <colgroup>
          <col className={styles.criterionCol} />
          <col className={styles.weightCol} />
          {comparison.options.map((_, j) => (
            <col key={j} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.cell}>{t("meeting.conflictCriterion")}</th>
            <th className={styles.cell}>{t("meeting.conflictWeight")}</th>
            {comparison.options.map((o, j) => (
              <th key={j} className={styles.cell}>
                <Input
                  size="small"
                  className={styles.fill}
                  value={o}
                  placeholder={t("meeting.conflictOption", { n: j + 1 })}
                  aria-label={t("meeting.conflictOption", { n: j + 1 })}
                  onChange={(_, d) => change((c) => renameOption(c, j, d.value))}
                />
                {comparison.options.length > 2 && (
                  <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={t("common.remove")} onClick={() => change((c) => removeOption(c, j))} />
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.criteria.map((k, i) => (
            <tr key={i}>
              <th scope="row" className={styles.cell}>
                {k.builtin ? (
                  criterionLabel(k, t.lang)
                ) : (
                  <Input size="small" className={styles.fill} value={k.label} aria-label={t("meeting.conflictCriterion")} onChange={(_, d) => change((c) => updateCriterion(c, i, { label: d.value }))} />
                )}
                {k.inverse && <Caption1 className={styles.muted}> {t("meeting.conflictInverse")}</Caption1>}
                {!k.builtin && (
                  <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={t("common.remove")} onClick={() => change((c) => removeCriterion(c, i))} />
                )}
              </th>
              <td className={styles.cell}>
                <SpinButton
                  className={styles.fill}
                  size="small"
                  min={0}
                  max={5}
                  value={k.weight}
                  aria-label={`${criterionLabel(k, t.lang)} ${t("meeting.conflictWeight")}`}
                  onChange={(_, d) => {
                    const v = d.value ?? Number(d.displayValue);
                    if (Number.isFinite(v)) change((c) => updateCriterion(c, i, { weight: Number(v) }));
                  }}
                />
              </td>
              {comparison.options.map((o, j) => (
                <td key={j} className={styles.cell}>
                  <SpinButton
                    className={styles.fill}
                    size="small"
                    min={0}
                    max={SCORE_MAX}
                    value={comparison.scores[i]?.[j] ?? 0}
                    aria-label={`${criterionLabel(k, t.lang)} · ${o || t("meeting.conflictOption", { n: j + 1 })}`}
                    onChange={(_, d) => {
                      const v = d.value ?? Number(d.displayValue);
                      if (Number.isFinite(v)) change((c) => setScore(c, i, j, Number(v)));
                    }}
                  />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${styles.cell} ${styles.total}`} colSpan={2}>
              {t("meeting.conflictTotal")}
            </th>
            {sums.map((s, j) => (
              <td key={j} className={`${styles.cell} ${styles.total}`} data-testid={`conflict-total-${j}`}>
                {s}
                {lead === j ? ` ${t("meeting.conflictLeading")}` : ""}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className={styles.row}>
        <Button size="small" icon={<Add20Regular />} onClick={() => change((c) => addOption(c, ""))}>
          {t("meeting.conflictAddOption")}
        </Button>
        <Button size="small" icon={<Add20Regular />} onClick={() => change((c) => addCriterion(c, ""))}>
          {t("meeting.conflictAddCriterion")}
        </Button>
        <Button appearance="primary" size="small" onClick={insert} data-testid="conflict-insert">
          {comparison.disputeRef >= 0 ? t("meeting.conflictUpdate") : t("meeting.conflictInsert")}
        </Button>
      </div>
    </div>
  );
}
