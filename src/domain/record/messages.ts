// The frame of every ready-to-send text: an 企业微信/钉钉 message (title line, greeting, body, ask)
// or an e-mail (subject, salutation, body, ask, signature). Reminders and agenda notices use it.

import { formatDate } from "../calendar/deadline";
import type { Lang } from "./record";

/** im: 企业微信/钉钉 message; email: subject line, salutation and signature. */
export type MessageStyle = "im" | "email";

export interface MessageParts {
  /** 【待办提醒】项目研发阶段延期协调会 — the IM title and the e-mail subject. */
  title: string;
  /** Text after the title in an IM message, on the greeting line: "@李娜 您好,". */
  imGreeting: string;
  /** The e-mail salutation line: "李娜,您好:". */
  emailGreeting: string;
  intro: string;
  body: readonly string[];
  ask: string;
  /** Who signs the e-mail and when (ISO date). */
  signer: string;
  date: string;
}

export function frameMessage(parts: MessageParts, style: MessageStyle, lang: Lang): string {
  if (style === "im") return [parts.title, `${parts.imGreeting}${parts.intro}`.trim(), ...parts.body, parts.ask].join("\n");
  const signature =
    lang === "en"
      ? ["Best regards,", parts.signer, formatDate(parts.date, lang)]
      : ["此致", "敬礼！", parts.signer, formatDate(parts.date, lang)];
  return [
    `${lang === "en" ? "Subject: " : "主题："}${parts.title}`,
    "",
    parts.emailGreeting,
    "",
    lang === "en" ? parts.intro : `  ${parts.intro}`,
    "",
    ...parts.body,
    "",
    parts.ask,
    "",
    ...signature.filter(Boolean),
  ].join("\n");
}
