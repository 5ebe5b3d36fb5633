// External meetings: the guide's etiquette checklist (设备提前测试, 对方习惯的称呼, 避免内部简称) and the
// record's glossary of internal abbreviations, which capture checks lines against.
import { Button, Caption1, Checkbox, Input } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { etiquetteChecklist, setEtiquetteDone } from "../../domain/meeting/etiquette";
import { putGlossaryEntry, readGlossary, removeGlossaryEntry } from "../../domain/meeting/glossary";
import { usePane } from "../state/pane";
import { useMeetingStyles } from "./styles";

export function EtiquetteChecklist() {
  const styles = useMeetingStyles();
  const { t, record, update } = usePane();
  return (
    <ul className={styles.list} data-testid="etiquette">
      {etiquetteChecklist(record).map((item) => (
        <li key={item.id} className={styles.stack}>
          <Checkbox
            checked={item.done}
            label={t.pick(item.label)}
            data-etiquette={item.id}
            onChange={(_, d) => update((r) => setEtiquetteDone(r, item.id, d.checked === true))}
          />
          <Caption1 className={styles.detail}>{t.pick(item.detail)}</Caption1>
        </li>
      ))}
    </ul>
  );
}

export function GlossaryEditor() {
  const styles = useMeetingStyles();
  const { t, record, update } = usePane();
  const [abbr, setAbbr] = useState("");
  const [full, setFull] = useState("");
  const add = () => {
    if (!abbr.trim()) return;
    update((r) => putGlossaryEntry(r, { abbr, full }));
    setAbbr("");
    setFull("");
  };
  return (
    <div className={styles.card} data-testid="glossary">
      <Caption1 className={styles.muted}>{t("meeting.glossaryHint")}</Caption1>
      <ul className={styles.list}>
        {readGlossary(record).map((e) => (
          <li key={e.abbr} className={styles.row}>
            <Caption1>
              {e.abbr} → {e.full || "—"}
            </Caption1>
            <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={`${t("common.remove")} ${e.abbr}`} onClick={() => update((r) => removeGlossaryEntry(r, e.abbr))} />
          </li>
        ))}
      </ul>
      <div
        className={styles.row}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
      >
        <Input size="small" value={abbr} placeholder={t("meeting.glossaryAbbr")} aria-label={t("meeting.glossaryAbbr")} onChange={(_, d) => setAbbr(d.value)} />
        <Input size="small" value={full} placeholder={t("meeting.glossaryFull")} aria-label={t("meeting.glossaryFull")} onChange={(_, d) => setFull(d.value)} />
        <Button size="small" icon={<Add20Regular />} onClick={add}>
          {t("common.add")}
        </Button>
      </div>
    </div>
  );
}
