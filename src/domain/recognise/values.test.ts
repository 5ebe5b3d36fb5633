import { describe, expect, it } from "vitest";
import { cleanValue, findDate, parseChoice, splitList, splitNames } from "./values";

describe("cleanValue", () => {
  it.each([
    ["(例:项目研发阶段延期协调会)", "", true],
    ["(例:1.延期具体时", "", true],
    ["(简述沟通起因,例:因技术难点攻克延迟)", "", true],
    ["(e.g. Meeting room 3)", "", true],
    ["项目协调会(例:项目研发阶段延期协调会)", "项目协调会", true],
    ["_________", "", false],
    ["替代方案(共享仓)", "替代方案(共享仓)", false],
    ["(如有异议请反馈)", "如有异议请反馈", false],
  ])("%s → %s", (raw, value, example) => {
    expect(cleanValue(raw)).toEqual({ value, example });
  });
});

describe("splitList", () => {
  it("splits numbered items typed on one line and removes the numbers", () => {
    expect(splitList("1.延期具体时长 2.生产部物料准备;3、对上市时间的影响").map((i) => i.text)).toEqual([
      "延期具体时长",
      "生产部物料准备",
      "对上市时间的影响",
    ]);
  });

  it("keeps numbers that are part of the text", () => {
    expect(splitList("抽样比例按GB/T 2828.1一般检验水平II执行").map((i) => i.text)).toEqual(["抽样比例按GB/T 2828.1一般检验水平II执行"]);
    expect(splitList("A项目4月1-15日使用主环境 2.5周后复核").map((i) => i.text)).toEqual(["A项目4月1-15日使用主环境 2.5周后复核"]);
  });

  it("gives one item a line with its line number, bullets and circled numbers removed", () => {
    expect(splitList("① 交付周期\n• 来料检验标准\n(3)价格调整")).toEqual([
      { text: "交付周期", line: 0 },
      { text: "来料检验标准", line: 1 },
      { text: "价格调整", line: 2 },
    ]);
  });
});

describe("splitNames", () => {
  it("splits at 、,; and new lines, not inside brackets", () => {
    expect(splitNames("技术部负责人、生产部负责人(王、李), 市场部")).toEqual(["技术部负责人", "生产部负责人(王、李)", "市场部"]);
  });
});

describe("findDate", () => {
  it("rejects a month that does not exist", () => {
    expect(findDate("2026-13-01")).toBeUndefined();
  });
});

describe("parseChoice", () => {
  const options = [
    { value: "a", words: ["需要"] },
    { value: "b", words: ["不需要"] },
  ] as const;
  it("matches the longer option first so 不需要 is not read as 需要", () => {
    expect(parseChoice("不需要", options)).toEqual({ kind: "chosen", value: "b" });
    expect(parseChoice("□需要 ☑不需要", options)).toEqual({ kind: "chosen", value: "b" });
  });
  it("matches English words only as whole words", () => {
    expect(parseChoice("improve timing", [{ value: "im", words: ["im"] }])).toEqual({ kind: "none" });
  });
});
