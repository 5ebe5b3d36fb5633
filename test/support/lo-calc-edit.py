# Edits an .xlsx in LibreOffice Calc and saves it as .xlsx again, as a user of Calc would: opens the
# file, types values into cells (found by the header text of their column and the text of a cell in
# their row) and saves with Calc's own Excel filter. Used by the tracker tests (issue 22). Needs
# python3-uno and LibreOffice Calc.
#   python3 lo-calc-edit.py PROFILE_DIR IN.xlsx OUT.xlsx EDITS.json
# EDITS.json: [{"row": "text of a cell in the row", "column": "header text", "type": "typed value"}, …]
# A "type" value is entered as Calc reads input (setFormula: "2026-06-20" becomes a date); a "string"
# value is set as text, which is what typing into a cell formatted as text gives. (Calc's keyboard
# input command, .uno:EnterString, needs a visible view: a hidden Calc stops when a cell is selected.)
# Prints what Calc made of the first sheet as JSON: frozen panes, conditional formats, the filtered range.
import json, os, subprocess, sys, time, uuid
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def find_cell(sheet, row_text, column_text):
    used = sheet.createCursor()
    used.gotoEndOfUsedArea(False)
    last_row, last_col = used.RangeAddress.EndRow, used.RangeAddress.EndColumn
    header = [sheet.getCellByPosition(c, 0).String for c in range(last_col + 1)]
    if column_text not in header:
        raise SystemExit(f"no column {column_text}")
    col = header.index(column_text)
    for r in range(1, last_row + 1):
        if any(sheet.getCellByPosition(c, r).String == row_text for c in range(last_col + 1)):
            return sheet.getCellByPosition(col, r)
    raise SystemExit(f"no row with {row_text}")


def main():
    profile, src, dst, edits_file = sys.argv[1:]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    pipe = "ccr" + uuid.uuid4().hex
    office = subprocess.Popen([
        "soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
        f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        for _ in range(600):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
        sheet = doc.Sheets.getByIndex(0)
        print(json.dumps({
            "frozenPanes": bool(doc.CurrentController.hasFrozenPanes()),
            "conditionalFormats": len(sheet.ConditionalFormats.getConditionalFormats()),
        }))
        for e in edits:
            cell = find_cell(sheet, e["row"], e["column"])
            if "string" in e:
                cell.setString(e["string"])
            else:
                cell.setFormula(e["type"])
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
