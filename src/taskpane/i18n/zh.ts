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

  "field.dateHint": "可输入 2026-06-08、2026/6/8 或 2026年6月8日",
  "field.pickDate": "选择日期",
  "field.choose": "请选择",

  "record.addLine": "添加一条",
  "record.addParticipant": "添加参与人员",
  "record.addOpenIssue": "添加分歧",
  "record.nextStepHint": "下一步由谁、何时做什么",
  "record.addAction": "添加待办事项",
  "record.addActionHint": "快捷键 {keys} 添加一项待办事项。",
  "record.ccHint": "多个抄送对象用顿号或逗号分隔",
  "record.deadlineResolved": "即 {date}",
  "record.addProgress": "添加进度",
  "record.progressDate": "日期",
  "record.progressNote": "进度说明",
  "record.circulateRule": "会议日期后 2 个工作日(按国务院节假日安排)",
  "record.needsDate": "填写沟通日期后自动计算",
  "record.objectionDefault": "未填写时默认为 {date}",
  "record.letterRequired": "需以书面函件(加盖公章扫描件)确认",
  "record.addConfirmation": "添加确认",
  "record.feedbackHint": "例:问题已解决,最终方案为……,感谢各部门配合",

  "export.introDownload": "生成的文件会下载到本机。",
  "export.introWord": "Word 文档会在 Word 中作为新文档打开,其他文件下载到本机。",
  "export.draftWarning": "记录还有 {n} 个错误,导出的是草稿。",
  "export.download": "下载",
  "export.open": "打开",
  "export.minutes": "会议纪要",
  "export.minutesText": "Word 文档 (.docx),企业格式",
  "export.minutesGongwen": "会议纪要(公文格式)",
  "export.minutesGongwenText": "Word 文档 (.docx),按党政机关公文格式排版",
  "export.actionsDocx": "待办事项跟踪表",
  "export.actionsDocxText": "Word 文档 (.docx),横向表格",
  "export.actionsCsv": "待办事项表格",
  "export.actionsCsvText": "CSV,可用 Excel 打开",
  "export.actionsIcs": "待办事项日历",
  "export.actionsIcsText": "iCalendar (.ics),可导入 Outlook 等日历",
  "export.recordJson": "记录文件",
  "export.recordJsonText": "JSON (ccr/1),可供命令行 ccr 和其他电脑导入",
  "export.suffix.minutes": "会议纪要",
  "export.suffix.actions": "待办事项",
  "export.suffix.record": "记录",
  "export.done": "已生成 {file}。",
  "export.opened": "已在 Word 中打开 {file}。",
  "export.openFailed": "无法在 Word 中打开 {file},已改为下载。",
  "export.failed": "无法生成“{file}”:{reason}",

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
