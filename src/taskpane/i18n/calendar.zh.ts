// Messages of 节假日安排 (zh-CN), spread into the catalogue of zh.ts; calendar.en.ts holds the same keys.
export const calendarZh = {
  "calendar.menu": "节假日安排…",
  "calendar.title": "节假日安排",
  "calendar.intro":
    "国务院办公厅每年发布次年的节假日安排通知。通知发布后，把全文（含标题）粘贴到下方，核对识别结果后确认，该年的工作日即按通知计算。尚无通知的年份按《全国年节及纪念日放假办法》的法定节假日推算，不含调休上班和补假，为暂定结果。",
  "calendar.paste": "通知全文",
  "calendar.read": "识别",
  "calendar.result": "识别结果（请逐项核对）",
  "calendar.problems": "无法完整识别，未添加：",
  "calendar.confirm": "确认添加{year}年",
  "calendar.close": "关闭",
  "calendar.added": "已添加{year}年的节假日安排，检查结果已按通知重新计算。",
  "calendar.already": "{year}年的这一安排已在日历中，无需添加。",
  "calendar.replaces": "确认后将替换此前的{year}年安排。",
  "calendar.saveFailed": "未能保存节假日安排：{reason}。浏览器存储可能已满或被禁用，请清理后重试；粘贴的文字仍在输入框中。",
  "calendar.addedYears": "已添加的年份",
  "calendar.remove": "删除{year}年",
  "calendar.removed": "已删除添加的{year}年安排，该年恢复为随版本发布或暂定的安排。",
} as const;
