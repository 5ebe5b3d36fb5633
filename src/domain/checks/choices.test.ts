import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";
import { parseRecord, serialiseRecord } from "../record/record";

function parsed(changes: Record<string, unknown>) {
  const record = { ...JSON.parse(serialiseRecord(completeRecord())), ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete record[key];
  const r = parseRecord(JSON.stringify(record));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.record;
}

describe("values outside their lists", () => {
  it("are reported for goalType, scenario and channel, with the choices", () => {
    const record = parsed({ goalType: "协调", scenario: "project-x", channel: "wechat" });
    const found = findingsOf(record, "choice.invalid");
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      ["goalType", "warning"],
      ["scenario", "warning"],
      ["channel", "warning"],
    ]);
    expect(found[2].message.zh).toContain("沟通方式“wechat”不在可选范围内");
    expect(found[2].message.zh).toContain("线下会议（onsite）");
    expect(found[2].message.en).toContain('Channel "wechat" is not one of the choices');
  });

  it("are not reported once the field holds a listed value", () => {
    const record = parsed({ channel: "wechat" });
    record.channel = "video";
    expect(findingsOf(record, "choice.invalid")).toEqual([]);
  });

  it("never go back into the file", () => {
    expect(serialiseRecord(parsed({ channel: "wechat" }))).not.toContain("wechat");
  });
});

describe("a missing kind (issue 18)", () => {
  it("is a required field in a file, not internal by default", () => {
    const record = parsed({ kind: undefined });
    expect(record.kind).toBe("");
    const [f] = findingsOf(record, "required").filter((x) => x.path === "kind");
    expect(f.message.zh).toBe("请选择沟通类型：内部沟通（internal）或外部沟通（external）。");
  });

  it("says what an unknown kind was", () => {
    const [f] = findingsOf(parsed({ kind: "外部" }), "required").filter((x) => x.path === "kind");
    expect(f.message.zh).toContain("沟通类型“外部”不是内部沟通（internal）或外部沟通（external）");
  });
});
