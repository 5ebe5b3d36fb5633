// The pane's message catalogue, Chinese (zh-CN, the default). Every text the pane shows that is
// not a record field label (those are in src/domain/fields.ts) lives here, keyed by name; en.ts
// must hold the same keys. Placeholders are written {name}.
import { adoptZh } from "./adopt.zh";
import { meetingZh } from "./meeting.zh";
import { planZh } from "./plan.zh";

export const zh = {
  "app.title": "沟通协调记录",
  "app.loading": "正在加载…",

  "phase.before": "会前",
  "phase.during": "会中",
  "phase.after": "会后",
  "nav.phases": "会议阶段",
  "nav.tabs": "{phase}的功能",

  "tab.record": "记录",
  "tab.check": "检查",
  "tab.export": "导出",

  "header.untitled": "未命名记录",
  "header.noDate": "未定日期",
  "header.errors": "{n} 个错误",
  "header.warnings": "{n} 个警告",
  "header.noFindings": "检查通过",
  "header.goToCheck": "查看检查结果",

  "host.standalone": "未连接 Word",
  "host.standaloneDetail": "浏览器独立模式:记录保存在本浏览器中,可导入导出 .json 文件。",
  "host.word": "已连接 Word",

  "save.saving": "保存中…",
  "save.saved": "已保存",
  "save.failed": "无法保存到浏览器存储:{reason}。请先导出 .json 备份。",

  "records.menu": "记录",
  "records.list": "本浏览器中的记录",
  "records.new": "新建记录",
  "records.delete": "删除当前记录",
  "records.deleteConfirm": "删除记录“{name}”?此操作无法撤销。",
  "records.deleteYes": "删除",
  "records.cancel": "取消",
  "records.import": "导入 .json…",
  "records.export": "导出 .json",
  "records.imported": "已导入“{name}”。",
  "records.importFailed": "无法导入 {file}:{reason}",

  "lang.menu": "语言",
  "lang.zh": "中文",
  "lang.en": "English",

  "common.add": "添加",
  "common.remove": "删除",
  "common.moveUp": "上移",
  "common.moveDown": "下移",
  "common.close": "关闭",

  "check.summary": "{errors} 个错误 · {warnings} 个警告 · {hints} 个提示",
  "check.none": "没有发现问题。",
  "check.severity.error": "错误",
  "check.severity.warning": "警告",
  "check.severity.hint": "提示",
  "check.goTo": "转到“{field}”",
  "check.confirm": "确认纪要",
  "check.confirmRefused": "还有 {n} 个错误,修正后才能确认纪要:",
  "check.confirmed": "纪要已于 {date} 确认。",
  "check.unconfirm": "撤销确认",

  ...meetingZh,
  ...planZh,
  ...adoptZh,
} as const;

export type MessageKey = keyof typeof zh;
export type Catalogue = Record<MessageKey, string>;
