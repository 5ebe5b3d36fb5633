// `ccr validate FILE.json [--json] [--today DATE]`: the findings of the ten checks.

import { countBySeverity, hasErrors, type Finding, type Severity } from "../../domain/checks/findings";
import { pick } from "../../domain/record/i18n";
import { pathLabel } from "../../domain/record/paths";
import type { Lang } from "../../domain/record/record";
import { validateRecord } from "../../domain/checks/validate";
import { chinaToday, isoDateOption, parseArgs, usageError } from "../args";
import { EXIT_FINDINGS, EXIT_OK, type Command } from "../command";
import { loadRecords } from "../load";
import { findingsWithSources, recognitionNotice } from "../recognised";

const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  hint: { zh: "提示", en: "hint" },
};

export const validateCommand: Command = {
  name: "validate",
  summary: { zh: "检查记录表（十项规则），列出问题", en: "Check a record against the ten rules and list the findings" },
  help: {
    zh: [
      "用法：ccr validate 记录.json [--json] [--today YYYY-MM-DD] [--lang zh|en]",
      "",
      "按记录表的十项规则检查记录，逐条列出问题（严重程度、位置、修改建议）。",
      "没有 ccr 内容控件的 .docx 按“沟通协调记录表”的标签识别，并在标准错误输出中说明；--json 中每个问题标明字段的来源。",
      "",
      "选项：",
      "  --json               只在标准输出打印问题列表（JSON 数组，格式同记录规范 §6）",
      "  --today YYYY-MM-DD   以此日期判断纪要是否逾期未发送（默认为北京时间今天）",
      "  --lang zh|en         输出语言",
      "",
      "退出码：0 没有“错误”级问题，1 有“错误”级问题，2 文件无法读取或格式有误。",
    ].join("\n"),
    en: [
      "Usage: ccr validate RECORD.json [--json] [--today YYYY-MM-DD] [--lang zh|en]",
      "",
      "Checks a record against the ten rules of the record form and lists each finding (severity, where, how to fix it).",
      "A .docx without ccr content controls is read as a hand-filled form by its labels (stderr says so; --json marks each finding's source).",
      "",
      "Options:",
      "  --json               print only the findings on stdout (a JSON array, as in §6 of the record spec)",
      "  --today YYYY-MM-DD   the date against which unsent minutes are late (default: today in Beijing time)",
      "  --lang zh|en         language of the output",
      "",
      "Exit codes: 0 no error finding, 1 at least one error finding, 2 unreadable or malformed file.",
    ].join("\n"),
  },
  async run(args, io) {
    const a = parseArgs(args, { command: "validate", valued: ["--today"], flags: ["--json"] });
    const [file, ...extra] = a.positional;
    if (!file) throw usageError("validate", "缺少记录文件。", "The record file is missing.");
    if (extra.length > 0) throw usageError("validate", `多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    const today = isoDateOption("validate", "--today", a.values["--today"]) ?? chinaToday();
    const loaded = loadRecords(file, { cwd: io.cwd });
    // A hand-filled form read by its labels (issue 11): say so, and mark each finding's field with where it was read.
    for (const l of loaded) if (l.recognised) io.err(recognitionNotice(l.source, l.recognised, io.lang));
    const results = loaded.map((l) => ({ source: l.source, findings: validateRecord(l.record, { today }), recognised: l.recognised }));
    if (a.flags.has("--json")) {
      const json = (r: (typeof results)[number]) => (r.recognised ? findingsWithSources(r.findings, r.recognised) : r.findings);
      // One record: exactly its findings array. Several (a document with more records): one array per line.
      if (results.length === 1) io.out(JSON.stringify(json(results[0]), null, 2));
      else for (const r of results) io.out(JSON.stringify(json(r)));
    } else {
      io.out(results.map((r) => formatFindings(r.source, r.findings, io.lang)).join("\n\n"));
    }
    return results.some((r) => hasErrors(r.findings)) ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** The human-readable report: a summary line, then severity, place and message of each finding. */
export function formatFindings(source: string, findings: readonly Finding[], lang: Lang): string {
  const c = countBySeverity(findings);
  if (findings.length === 0) return lang === "en" ? `${source}: no findings.` : `${source}：未发现问题。`;
  const head =
    lang === "en"
      ? `${source}: ${findings.length} finding(s) — ${c.error} error(s), ${c.warning} warning(s), ${c.hint} hint(s)`
      : `${source}：共 ${findings.length} 项问题（错误 ${c.error}，警告 ${c.warning}，提示 ${c.hint}）`;
  const lines = findings.map((f) => {
    const severity = pick(SEVERITY_LABELS[f.severity], lang);
    return `  ${severity}  ${pick(pathLabel(f.path), lang)} (${f.path})  [${f.rule}]\n      ${pick(f.message, lang)}`;
  });
  return [head, ...lines].join("\n");
}
