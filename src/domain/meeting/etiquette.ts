// The etiquette checklist for external meetings (guide 二(二): 提前测试会议设备、用对方习惯的称呼
// (如"X总""X经理")、避免使用内部简称), shown before the meeting starts. Ticks are kept in the
// meeting state; the forms of address are derived from the external participants' titles.

import type { Bilingual } from "../record/i18n";
import type { CcrRecord, Participant } from "../record/record";
import { readMeeting, withMeeting } from "./state";
import { readGlossary } from "./glossary";

export const ETIQUETTE_ITEMS = ["devices", "address", "abbreviations"] as const;
export type EtiquetteItemId = (typeof ETIQUETTE_ITEMS)[number];

export interface EtiquetteItem {
  id: EtiquetteItemId;
  label: Bilingual;
  /** What to do, made concrete for this record (the forms of address, the abbreviations to avoid). */
  detail: Bilingual;
  done: boolean;
}

export interface AddressForm {
  participant: Participant;
  /** What to call them, e.g. 王总, 李经理; the full name when no habitual form is known. */
  address: string;
}

// Longest first: 副总经理 before 经理, 总工程师 before 工程师.
const TITLE_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/董事长|董事/, "董"],
  [/总工程师|总工/, "总工"],
  [/总经理|总裁|总监|^副?总$|CEO|CTO|CFO|COO/i, "总"],
  [/秘书长/, "秘书长"],
  [/经理/, "经理"],
  [/主任/, "主任"],
  [/处长/, "处长"],
  [/科长/, "科长"],
  [/局长/, "局长"],
  [/部长/, "部长"],
  [/院长/, "院长"],
  [/主管/, "主管"],
  [/教授/, "教授"],
  [/律师/, "律师"],
  [/工程师/, "工"],
  [/老师/, "老师"],
];

const COMPOUND_SURNAMES = [
  "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "夏侯", "尉迟",
  "公孙", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "轩辕", "澹台",
];

/** The Chinese surname of a name (compound surnames included); "" for names not written in Chinese. */
export function surnameOf(name: string): string {
  const n = name.trim();
  if (!/^[\u4e00-\u9fff]{2,}/.test(n)) return "";
  return COMPOUND_SURNAMES.find((s) => n.startsWith(s) && n.length > s.length) ?? n[0];
}

/** The habitual form of address (X总, X经理, …) from name and title; the name when none applies. */
export function addressFor(p: Participant): string {
  const surname = surnameOf(p.name);
  const title = (p.title ?? "").trim();
  const form = TITLE_FORMS.find(([re]) => re.test(title));
  return surname && form ? surname + form[1] : p.name.trim();
}

/** Forms of address for the external participants who have a name. */
export function addressForms(record: CcrRecord): AddressForm[] {
  return record.participants
    .filter((p) => p.side === "external" && p.name.trim())
    .map((participant) => ({ participant, address: addressFor(participant) }));
}

/** Whether the checklist applies: external meetings only. */
export function needsEtiquette(record: CcrRecord): boolean {
  return record.kind === "external";
}

export function etiquetteChecklist(record: CcrRecord): EtiquetteItem[] {
  const done = readMeeting(record).checklist;
  const online = record.channel === "video";
  const forms = addressForms(record);
  const glossary = readGlossary(record);
  const items: Record<EtiquetteItemId, Omit<EtiquetteItem, "id" | "done">> = {
    devices: {
      label: { zh: "提前测试会议设备", en: "Test the meeting equipment beforehand" },
      detail: online
        ? { zh: "会前登录会议软件，测试麦克风、摄像头、屏幕共享和网络。", en: "Join the meeting app early; test microphone, camera, screen sharing and network." }
        : { zh: "会前检查投影、话筒和会议室网络，备好要展示的材料。", en: "Check projector, microphones and room network; have the material to show ready." },
    },
    address: {
      label: { zh: "使用对方习惯的称呼", en: "Address the other side as they are used to" },
      detail:
        forms.length > 0
          ? listed(forms, (f, zh) => {
              const title = f.participant.title ? (zh ? `（${f.participant.title}）` : ` (${f.participant.title})`) : "";
              return `${f.participant.name}${title}${zh ? "→" : " →"} ${f.address}`;
            })
          : { zh: "在参与人员中填写外部人员的职务，以便确定称呼（如“X总”“X经理”）。", en: "Enter the external participants' titles to know how to address them (e.g. X总, X经理)." },
    },
    abbreviations: {
      label: { zh: "避免使用内部简称", en: "Avoid internal abbreviations" },
      detail:
        glossary.length > 0
          ? listed(glossary, (e) => (e.full ? `${e.abbr} → ${e.full}` : e.abbr))
          : { zh: "把本单位常用的内部简称记入简称表，记录时会提示。", en: "List your internal abbreviations in the glossary; captures will flag them." },
    },
  };
  return ETIQUETTE_ITEMS.map((id) => ({ id, ...items[id], done: done[id] === true }));
}

/** A list in both languages: entries joined by ; (zh) and "; " (en). */
function listed<T>(entries: readonly T[], show: (entry: T, zh: boolean) => string): Bilingual {
  return { zh: entries.map((e) => show(e, true)).join("；"), en: entries.map((e) => show(e, false)).join("; ") };
}

export function setEtiquetteDone(record: CcrRecord, id: EtiquetteItemId, done: boolean): CcrRecord {
  const meeting = readMeeting(record);
  return withMeeting(record, { ...meeting, checklist: { ...meeting.checklist, [id]: done } });
}
