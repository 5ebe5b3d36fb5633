// 转换为 ccr 记录 in the pane: what to tell the user about the outcome of adoptFormAtCursor.
import { filledFieldCount } from "../../domain/recognise/recognise";
import type { AdoptResult } from "../../word/types";
import type { Translator } from "../i18n";
import type { Notice } from "./pane";

/** The notice for an adoption's outcome. */
export function adoptNotice(result: AdoptResult, t: Translator): Notice {
  switch (result.kind) {
    case "no-table":
      return { intent: "warning", text: t("adopt.noTable") };
    case "already":
      return { intent: "info", text: t("adopt.already") };
    case "not-a-form":
      return { intent: "warning", text: t("adopt.notAForm", { labels: result.recognition.report.labelsFound }) };
    case "adopted": {
      const { report } = result.recognition;
      const fields = filledFieldCount(report);
      const counts = { fields, unfilled: new Set(report.unfilled.map((u) => u.path)).size, unmapped: report.unmapped.length };
      return {
        intent: "success",
        text: result.libreOfficeRepairs > 0 ? t("adopt.doneRepaired", { ...counts, repairs: result.libreOfficeRepairs }) : t("adopt.done", counts),
      };
    }
  }
}
