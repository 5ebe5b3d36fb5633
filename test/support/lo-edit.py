# Edits a .docx in LibreOffice and saves it as .docx again, as a user of LibreOffice would: opens the
# file, replaces text (pairs of old/new given as arguments) and saves with LibreOffice's own Word
# filter. Used by the tests of forms edited outside Word (issue 10). Needs python3-uno.
#   python3 lo-edit.py PROFILE_DIR IN.docx OUT.docx OLD NEW [OLD NEW ...]
import os, subprocess, sys, time, uuid
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    profile, src, dst, *pairs = sys.argv[1:]
    pipe = "ccr" + uuid.uuid4().hex
    office = subprocess.Popen([
        "soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
        f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        for old, new in zip(pairs[0::2], pairs[1::2]):
            search = doc.createReplaceDescriptor()
            search.SearchString, search.ReplaceString = old, new
            if doc.replaceAll(search) == 0:
                raise SystemExit(f"text not found: {old}")
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
