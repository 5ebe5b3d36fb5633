// @vitest-environment happy-dom
// saveFile: where each kind of file goes on each host (Word for Mac ignores downloads, office-js #4681).
import { describe, expect, it } from "vitest";
import { DOCX_MIME, saveFile, type SaveHost } from "./download";

const docx = { name: "纪要.docx", data: new Uint8Array([1, 2, 3]), mimeType: DOCX_MIME };
const csv = { name: "待办事项.csv", data: "序号,事项内容\n1,提交计划", mimeType: "text/csv" };
const xlsx = { name: "跟踪表.xlsx", data: new Uint8Array([4]), mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

function host(canDownload: boolean, open: "opens" | "refuses" | "none"): SaveHost & { opened: number; copied: string[] } {
  const h = {
    canDownload,
    opened: 0,
    copied: [] as string[],
    open: open === "none" ? undefined : async () => {
      if (open === "refuses") throw new Error("GeneralException");
      h.opened++;
    },
    copy: async (text: string) => void h.copied.push(text),
  };
  return h;
}

describe("saveFile", () => {
  it("downloads where downloads work, and opens a .docx in Word only when asked to", async () => {
    const h = host(true, "opens");
    expect(await saveFile(docx, h)).toBe("downloaded");
    expect(h.opened).toBe(0);
    expect(await saveFile(docx, h, true)).toBe("opened");
    expect(h.opened).toBe(1);
    expect(await saveFile(docx, host(true, "refuses"), true)).toBe("openFailedDownloaded");
    expect(await saveFile(csv, h, true)).toBe("downloaded");
  });

  it("in Word for Mac opens a .docx, copies text, and says what cannot be saved", async () => {
    const h = host(false, "opens");
    expect(await saveFile(docx, h)).toBe("opened");
    expect(await saveFile(csv, h)).toBe("copied");
    expect(h.copied).toEqual([csv.data]);
    expect(await saveFile(xlsx, h)).toBe("unavailable");
    expect(await saveFile(docx, host(false, "refuses"))).toBe("unavailable");
    expect(await saveFile(docx, host(false, "none"))).toBe("unavailable");
  });
});
