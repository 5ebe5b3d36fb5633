// The pane's message catalogue, English (en-US). Same keys as zh.ts (checked by i18n.test.ts).
import { adoptEn } from "./adopt.en";
import { meetingEn } from "./meeting.en";
import { planEn } from "./plan.en";
import type { Catalogue } from "./zh";

export const en: Catalogue = {
  "app.title": "Coordination record",
  "app.loading": "Loading…",

  "phase.before": "Before",
  "phase.during": "During",
  "phase.after": "After",
  "nav.phases": "Meeting phase",
  "nav.tabs": "{phase} the meeting",

  "tab.record": "Record",
  "tab.check": "Checks",
  "tab.export": "Export",

  "header.untitled": "Untitled record",
  "header.noDate": "No date yet",
  "header.errors": "{n} errors",
  "header.warnings": "{n} warnings",
  "header.noFindings": "All checks pass",
  "header.goToCheck": "Show the checks",

  "host.standalone": "Not connected to Word",
  "host.standaloneDetail": "Stand-alone browser mode: records are kept in this browser; import and export them as .json files.",
  "host.word": "Connected to Word",

  "save.saving": "Saving…",
  "save.saved": "Saved",
  "save.failed": "Could not save to the browser's storage: {reason}. Export a .json backup first.",

  "records.menu": "Records",
  "records.list": "Records in this browser",
  "records.new": "New record",
  "records.delete": "Delete this record",
  "records.deleteConfirm": "Delete the record “{name}”? This cannot be undone.",
  "records.deleteYes": "Delete",
  "records.cancel": "Cancel",
  "records.import": "Import .json…",
  "records.export": "Export .json",
  "records.imported": "Imported “{name}”.",
  "records.importFailed": "Could not import {file}: {reason}",

  "lang.menu": "Language",
  "lang.zh": "中文",
  "lang.en": "English",

  "common.add": "Add",
  "common.remove": "Remove",
  "common.moveUp": "Move up",
  "common.moveDown": "Move down",
  "common.close": "Close",

  "check.summary": "{errors} errors · {warnings} warnings · {hints} hints",
  "check.none": "No problems found.",
  "check.severity.error": "Error",
  "check.severity.warning": "Warning",
  "check.severity.hint": "Hint",
  "check.goTo": "Go to “{field}”",
  "check.confirm": "Confirm the minutes",
  "check.confirmRefused": "{n} errors remain; fix them before confirming the minutes:",
  "check.confirmed": "Minutes confirmed on {date}.",
  "check.unconfirm": "Undo confirmation",

  ...meetingEn,
  ...planEn,
  ...adoptEn,
};
