// Record-template §1.2: each open disagreement (待明确分歧) names its next step — who clarifies it
// and when (warning).

import type { Finding } from "./findings";
import { finding, list, text, type Check } from "./context";
import { itemPath } from "../record/record-path";

export const checkOpenIssues: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.openIssues)[number]>(record.openIssues).forEach((issue, i) => {
    const what = text(issue?.text);
    if (!what || text(issue?.nextStep)) return;
    out.push(
      finding(
        "open-issue.next-step",
        "warning",
        `${itemPath("openIssues", i)}.nextStep`,
        `待明确分歧“${what}”没有下一步：请写明由谁在何时前明确，如“6月15日前由生产部提出方案”。`,
        `The open disagreement "${what}" has no next step: say who settles it by when, e.g. "production proposes a plan by 15 June".`,
      ),
    );
  });
  return out;
};
