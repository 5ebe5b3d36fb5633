// Every failure of a Word call becomes a WordError with a message in both languages: what happened
// and what the user can do. The pane's own data is never touched by a failure.

import type { Bilingual } from "../domain/record/i18n";
import { WordError } from "./types";
import type { WordErrorCode } from "./types";

const KEEP = { zh: "任务窗格中的内容已保留。", en: "What you entered in the pane is kept." };

export const WORD_ERROR_MESSAGES: Record<WordErrorCode, Bilingual> = {
  GeneralException: {
    // Word also answers GeneralException when the document is read-only (office-js #5484).
    zh: `Word 未能完成此操作。如果文档是只读的(如"受保护的视图"或他人锁定),请先点击"启用编辑";否则请稍后重试,如仍失败,请保存并重新打开文档。${KEEP.zh}`,
    en: `Word could not complete the operation. If the document is read-only (Protected View, or locked by someone else), click Enable Editing first; otherwise try again, and if it keeps failing, save and reopen the document. ${KEEP.en}`,
  },
  ItemNotFound: {
    zh: `未找到记录表的某一部分(可能已被删除或刚被修改)。请点击"刷新"重新读取,或使用"修复"。${KEEP.zh}`,
    en: `Part of the record form was not found (it may have been deleted or just changed). Reread the document or use Repair. ${KEEP.en}`,
  },
  InvalidArgument: {
    zh: `Word 拒绝了要写入的内容。请把光标放在正文的空白段落后重试。${KEEP.zh}`,
    en: `Word refused the content to write. Put the cursor in an empty paragraph of the body and try again. ${KEEP.en}`,
  },
  AccessDenied: {
    zh: `文档为只读或受保护,无法修改。请点击"启用编辑"或取消文档保护后重试。${KEEP.zh}`,
    en: `The document is read-only or protected. Click Enable Editing or remove the protection, then try again. ${KEEP.en}`,
  },
  Unsupported: {
    zh: "此版本的 Word 不支持所需的功能(需要 WordApi 1.3,即 Office 2019 或更新版本、Microsoft 365、网页版 Word)。",
    en: "This version of Word lacks a function ccr needs (WordApi 1.3: Office 2019 or later, Microsoft 365, Word on the web).",
  },
  NotAllowed: {
    zh: `Word 不允许修改记录表的这一部分:文档可能受限制编辑保护,或表中有设置为"无法删除"的内容控件,或修订(Track Changes)正在记录。请取消保护、在控件属性中取消"无法删除",或关闭修订后重试;也可以使用"修复"重建记录表。${KEEP.zh}`,
    en: `Word does not allow this part of the form to be changed: the document may be protected against editing, a content control in it may be set so that it cannot be deleted, or Track Changes is on. Remove the protection, clear "Content control cannot be deleted" in the control's properties, or turn Track Changes off, then try again; Repair rebuilds the form. ${KEEP.en}`,
  },
  Timeout: {
    zh: `Word 长时间没有响应。网页版 Word 插入较大的表格可能需要 30–40 秒才显示;请稍候再查看,不要重复插入。${KEEP.zh}`,
    en: `Word did not answer in time. Word on the web may take 30–40 s to show a large insert; wait before looking again and do not insert twice. ${KEEP.en}`,
  },
  RecordNotFound: {
    zh: "文档中没有找到这份记录表。请先插入记录表,或在列表中选择另一份记录。",
    en: "This record form is not in the document. Insert the form first, or choose another record from the list.",
  },
  StorageFailed: {
    zh: `记录已写入表格,但完整记录数据未能保存到文档中。请保存文档后重试。${KEEP.zh}`,
    en: `The form was written, but the full record data could not be saved into the document. Save the document and try again. ${KEEP.en}`,
  },
};

function officeCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return undefined;
}

function officeMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Maps an office.js error code to ours; unknown codes are GeneralException. */
export function wordErrorCode(officeErrorCode: string | undefined): WordErrorCode {
  switch (officeErrorCode) {
    case "ItemNotFound":
    case "InvalidObjectPath":
      return "ItemNotFound";
    case "InvalidArgument":
    case "InvalidRequest":
      return "InvalidArgument";
    case "RequestPayloadSizeLimitExceeded":
      return "InvalidArgument";
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      return "AccessDenied";
    case "ApiNotFound":
    case "ApiNotAvailable":
      return "Unsupported";
    case "NotAllowed":
      return "NotAllowed";
    default:
      return "GeneralException";
  }
}

/**
 * An error that trying again will not cure (the document or host must change first): the write queue
 * stops writing after one until asked again, instead of failing on every keystroke.
 */
export function isPermanentWordError(e: unknown): boolean {
  const code = e instanceof WordError ? e.code : wordErrorCode(officeCode(e));
  return code === "NotAllowed" || code === "AccessDenied" || code === "Unsupported" || code === "RecordNotFound" || code === "InvalidArgument";
}

export function toWordError(e: unknown): WordError {
  if (e instanceof WordError) return e;
  const code = wordErrorCode(officeCode(e));
  return new WordError(code, WORD_ERROR_MESSAGES[code], `${officeCode(e) ?? "Error"}: ${officeMessage(e)}`);
}

export function wordError(code: WordErrorCode, detail = ""): WordError {
  return new WordError(code, WORD_ERROR_MESSAGES[code], detail);
}

/** Rejects with a Timeout WordError when `work` has not settled after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(wordError("Timeout", `no answer after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
