import { describe, expect, it } from "vitest";
import {
  circulationOf,
  confirmationLabel,
  confirmationsOf,
  confirmationSummary,
  formalLetterSuggested,
  objectionDeadline,
  objectionNotice,
  readFormalLetter,
  readSilenceRule,
  setConfirmation,
  withFormalLetter,
  withSilenceRule,
} from "./confirmation";
import { emptyRecord, parseRecord, serialiseRecord, type CcrRecord } from "../record/record";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

function meeting(extra: Partial<CcrRecord> = {}): CcrRecord {
  return {
    ...emptyRecord(),
    topic: "国庆前排产协调会",
    date: isoDay("2026-09-30"),
    participants: [
      { name: "李娜", side: "internal", dept: "生产部" },
      { name: "周强", side: "internal", dept: "市场部" },
      { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
    ],
    ...extra,
  };
}

describe("circulation", () => {
  it("is due 2 working days after the meeting, across the National Day holiday", () => {
    expect(circulationOf(meeting(), isoDay("2026-10-08"))).toEqual({ deadline: isoDay("2026-10-09"), sentOn: "", state: "pending" });
    expect(circulationOf(meeting(), isoDay("2026-10-10")).state).toBe("late");
    expect(circulationOf(meeting({ sentOn: isoDay("2026-10-09") }), isoDay("2026-10-20")).state).toBe("sent");
    expect(circulationOf(meeting({ sentOn: isoDay("2026-10-10") }), isoDay("2026-10-20")).state).toBe("sent-late");
    expect(circulationOf(meeting({ date: "" }), isoDay("2026-10-20")).state).toBe("unknown");
  });

  it("defaults the objection deadline to 2 working days after circulation and keeps an edited one", () => {
    expect(objectionDeadline(meeting())).toBe(isoDay("2026-10-12"));
    expect(objectionDeadline(meeting({ sentOn: isoDay("2026-10-08") }))).toBe(isoDay("2026-10-10"));
    expect(objectionDeadline(meeting({ objectionBy: isoDay("2026-10-15") }))).toBe(isoDay("2026-10-15"));
    expect(objectionNotice(meeting({ objectionBy: isoDay("2026-10-15") }))).toBe("请确认，如有异议请于10月15日前反馈。");
    expect(objectionNotice(meeting({ objectionBy: isoDay("2026-10-15") }), "en")).toContain("by 15 October 2026");
  });
});

describe("confirmations", () => {
  const base = setConfirmation(
    setConfirmation(meeting({ objectionBy: isoDay("2026-10-13") }), "李娜", { state: "confirmed", date: isoDay("2026-10-09") }),
    "周强",
    { state: "objection", date: isoDay("2026-10-10"), remark: "上市时间需再议" },
  );

  it("lists every participant: 已确认 / 有异议 + remark / 未回复", () => {
    const rows = confirmationsOf(base, isoDay("2026-10-12"));
    expect(rows.map((r) => [r.name, r.state, r.remark])).toEqual([
      ["李娜", "confirmed", ""],
      ["周强", "objection", "上市时间需再议"],
      ["王强", "none", ""],
    ]);
    expect(rows.map((r) => confirmationLabel(r, "zh"))).toEqual(["已确认", "有异议", "未回复"]);
    expect(confirmationSummary(rows)).toEqual({ confirmed: 1, objection: 1, none: 1, complete: false });
  });

  it("counts silence as confirmed after the objection deadline only when the rule is ticked", () => {
    expect(confirmationsOf(base, isoDay("2026-10-14"))[2].state).toBe("none");
    const ruled = withSilenceRule(base, true);
    expect(readSilenceRule(ruled)).toBe(true);
    expect(confirmationsOf(ruled, isoDay("2026-10-13"))[2].state).toBe("none");
    const after = confirmationsOf(ruled, isoDay("2026-10-14"))[2];
    expect(after).toMatchObject({ state: "confirmed", deemed: true, date: isoDay("2026-10-13") });
    expect(confirmationLabel(after, "zh")).toBe("视为确认（逾期未反馈）");
    // an objection is never overridden by silence
    expect(confirmationsOf(ruled, isoDay("2026-10-14"))[1].state).toBe("objection");
  });

  it("is complete when everyone confirmed", () => {
    let r = base;
    r = setConfirmation(r, "周强", { state: "confirmed", date: isoDay("2026-10-12"), remark: "" });
    r = setConfirmation(r, "王强", { state: "confirmed", date: isoDay("2026-10-12") });
    expect(confirmationSummary(confirmationsOf(r, isoDay("2026-10-12"))).complete).toBe(true);
    expect(r.confirmations).toHaveLength(3);
  });

  it("survives the record file: the objection flag and the silence rule are kept", () => {
    const parsed = parseRecord(serialiseRecord(withSilenceRule(base, true)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(confirmationsOf(parsed.record, isoDay("2026-10-12")).map((r) => r.state)).toEqual(["confirmed", "objection", "none"]);
    expect(readSilenceRule(parsed.record)).toBe(true);
  });

  it("reads an objection written by hand as a remark without the flag", () => {
    const r = meeting({ confirmations: [{ name: "王强", confirmed: false, date: isoDay("2026-10-10"), remark: "单价有异议" }] });
    expect(confirmationsOf(r, isoDay("2026-10-12")).find((x) => x.name === "王强")?.state).toBe("objection");
  });
});

describe("formal letter", () => {
  it("keeps required, reference and date", () => {
    const r = withFormalLetter(meeting({ kind: "external", consensus: ["交付周期45天"] }), { required: true, ref: "采函〔2026〕12号", date: isoDay("2026-10-12") });
    expect(readFormalLetter(r)).toEqual({ required: true, ref: "采函〔2026〕12号", date: isoDay("2026-10-12") });
    const parsed = parseRecord(serialiseRecord(r));
    expect(parsed.ok && readFormalLetter(parsed.record)).toEqual(readFormalLetter(r));
    expect(formalLetterSuggested(r)).toBe(true);
    expect(formalLetterSuggested(meeting())).toBe(false);
  });
});
