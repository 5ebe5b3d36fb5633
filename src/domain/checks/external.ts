// Rule 7: an external record names its external unit and external participants (errors), and
// agreed points with an external party are confirmed by a formal letter with its reference no.
// (warning).

import type { Finding } from "./findings";
import { finding, list, text, type Check } from "./context";

export const checkExternal: Check = ({ record }) => {
  if (record.kind !== "external") return [];
  const out: Finding[] = [];
  if (!text(record.externalUnit)) {
    out.push(finding("required", "error", "externalUnit", "外部沟通请填写外部单位名称。", "An external meeting needs the name of the external organisation."));
  }
  const participants = list<(typeof record.participants)[number]>(record.participants);
  if (!participants.some((p) => p?.side === "external" && text(p.name))) {
    out.push(
      finding(
        "required",
        "error",
        "participants",
        "外部沟通请至少填写一位外部参与人员（姓名、单位、职务）。",
        "An external meeting needs at least one external participant (name, organisation, title).",
      ),
    );
  }
  const agreed = list<string>(record.consensus).some((s) => text(s));
  if (agreed) {
    const letter = record.formalLetter;
    if (letter?.required !== true) {
      out.push(
        finding(
          "external.letter",
          "warning",
          "formalLetter",
          "与外部单位达成了共识，但未安排书面函件确认：请安排加盖公章的书面函件并登记函件编号。",
          "Points were agreed with an external party but no formal letter is planned: plan a stamped letter and record its reference no.",
        ),
      );
    } else if (!text(letter.ref)) {
      out.push(
        finding(
          "external.letter",
          "warning",
          "formalLetter.ref",
          "书面函件尚无函件编号：收到加盖公章的函件（扫描件）后请填写编号。",
          "The formal letter has no reference no. yet: fill it in once the stamped letter (scan) is received.",
        ),
      );
    }
  }
  return out;
};
