// One builder, two ways in: a record form exported as .docx and opened in Word reads back, through
// the Word adapter, as the record that was exported (form cells and stored JSON alike).
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportRecordDocx } from "../export/record-docx";
import { WEBEXTENSION_PATH } from "../ooxml/web-extension";
import { FakeWordHost } from "../../test/fake-word/host";
import { parseOoxml } from "../../test/fake-word/model";
import { EXAMPLES, adapterOver, example } from "../../test/support/word-setup";

/** Opens .docx bytes as the fake Word would: the body, and the add-in's settings as saved in the file. */
function openDocx(bytes: Uint8Array): FakeWordHost {
  const files = unzipSync(bytes);
  const body = parseOoxml(strFromU8(files["word/document.xml"]));
  const settings = new Map<string, unknown>();
  const we = new DOMParser().parseFromString(strFromU8(files[WEBEXTENSION_PATH]), "text/xml");
  for (const p of Array.from(we.getElementsByTagNameNS("*", "property"))) {
    settings.set(p.getAttribute("name") ?? "", JSON.parse(p.getAttribute("value") ?? "null"));
  }
  return new FakeWordHost({ body, savedSettings: settings });
}

describe("exported .docx opened in Word", () => {
  for (const name of EXAMPLES) {
    it(`reads ${name} back unchanged`, async () => {
      const record = { ...example(name), id: "x1" };
      const doc = adapterOver(openDocx(exportRecordDocx(record)));
      const read = await doc.readRecord("x1");
      expect(read.damage).toEqual([]);
      expect(read.record).toEqual(record);
      expect((await doc.listRecords()).map((r) => r.id)).toEqual(["x1"]);
    });
  }
});
