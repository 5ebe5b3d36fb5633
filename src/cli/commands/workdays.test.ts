import { describe, expect, it } from "vitest";
import { ccr, ccrProcess } from "../../../test/support/cli";

describe("ccr workdays (in process)", () => {
  it("adds working days over holidays and make-up days", async () => {
    expect(await ccr(["workdays", "add", "2026-09-30", "2"])).toEqual({ code: 0, stdout: "2026-10-09\n", stderr: "" });
    expect((await ccr(["workdays", "add", "2026-02-13", "2"])).stdout).toBe("2026-02-24\n");
    expect((await ccr(["workdays", "add", "2026-10-09", "-2"])).stdout).toBe("2026-09-30\n");
    expect((await ccr(["workdays", "add", "2026-06-13", "0"])).stdout).toBe("2026-06-13\n");
  });

  it("tells workday, holiday and weekend", async () => {
    expect((await ccr(["workdays", "is", "2026-10-01"])).stdout).toBe("holiday\n");
    expect((await ccr(["workdays", "is", "2026-10-10"])).stdout).toBe("workday\n");
    expect((await ccr(["workdays", "is", "2026-06-13"])).stdout).toBe("weekend\n");
  });

  it("notes on stderr when a year has no notice and is provisional", async () => {
    const r = await ccr(["workdays", "add", "2026-12-31", "1"]);
    expect(r.stdout).toBe("2027-01-04\n");
    expect(r.stderr).toContain("2027年尚无国务院办公厅的节假日安排通知");
    expect(r.stderr).toContain("为暂定结果");
    const en = await ccr(["workdays", "is", "2099-01-01"], { lang: "en" });
    expect(en.stdout).toBe("holiday\n");
    expect(en.stderr).toContain("provisional");
    expect(en.stderr).toContain("2099");
    expect((await ccr(["workdays", "is", "2026-01-01"])).stderr).toBe("");
  });

  it("refuses bad arguments with exit 2", async () => {
    for (const args of [["workdays"], ["workdays", "add", "2026-02-30", "1"], ["workdays", "add", "2026-06-08", "x"], ["workdays", "is"], ["workdays", "next", "2026-06-08"]]) {
      const r = await ccr(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it("has help in Chinese and English", async () => {
    expect((await ccr(["workdays", "--help"])).stdout).toContain("ccr workdays add");
    expect((await ccr(["workdays", "--help"], { lang: "en" })).stdout).toContain("print the date N working days later");
  });
});

describe("ccr workdays (as a process)", () => {
  it("prints an ISO date and a day kind", () => {
    expect(ccrProcess(["workdays", "add", "2026-09-30", "2"])).toMatchObject({ code: 0, stdout: "2026-10-09\n" });
    expect(ccrProcess(["workdays", "is", "2026-02-14"])).toMatchObject({ code: 0, stdout: "workday\n" });
  });
});
