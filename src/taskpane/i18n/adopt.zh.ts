// Messages of 转换为 ccr 记录 (zh-CN), spread into the catalogue of zh.ts; adopt.en.ts holds the same keys.
export const adoptZh = {
  "adopt.title": "已有的记录表",
  "adopt.hint": "手工填写的沟通协调记录表：把光标放在它的表格中，点击下方按钮即可转换为 ccr 记录。只为填写的内容加上控件，文字保持原样，可按 Ctrl+Z 撤销。",
  "adopt.button": "转换为 ccr 记录",
  "adopt.working": "正在识别…",
  "adopt.done": "已转换为 ccr 记录：识别出 {fields} 项内容，{unfilled} 项未填写，{unmapped} 个标签无法对应。可按 Ctrl+Z 撤销。",
  "adopt.doneRepaired":
    "已转换为 ccr 记录：识别出 {fields} 项内容，{unfilled} 项未填写，{unmapped} 个标签无法对应。此表曾由 LibreOffice 另存，已去掉 {repairs} 段被重复的文字（LibreOffice 7.4 的缺陷）。可按 Ctrl+Z 撤销。",
  "adopt.noTable": "请先把光标放在记录表的表格中，再点击“转换为 ccr 记录”。",
  "adopt.notAForm": "光标所在的表格不像沟通协调记录表（只认出 {labels} 个标签），未做任何修改。",
  "adopt.already": "这个表格已经是 ccr 记录，无需转换。",
  "adopt.failed": "未能转换：{reason}",
  "adopt.notStored": "已转换为 ccr 记录，但未能把记录数据保存到文档中：{reason}。请保存文档后在“记录”中重试。",
  "adopt.undo": "撤销转换",
  "adopt.undone": "已撤销转换：控件已去掉，文档文字与转换前相同。",
} as const;
