// 记录: the whole record form (record-template §1) in the five sections of the guide's table.
// Every field is bound to its record path and shows the domain findings for it.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type KeyboardEvent } from "react";
import { SECTION_TITLES } from "../../../domain/record/fields";
import { emptyAction } from "../../../domain/record/record";
import { AdoptCard } from "../../components/AdoptCard";
import { WordBar } from "../../components/WordBar";
import { usePane } from "../../state/pane";
import { useSuggestions } from "../../state/suggestions";
import { ActionsSection, ADD_ACTION_SHORTCUT } from "./ActionsSection";
import { BasicSection } from "./BasicSection";
import { FeedbackSection, FollowUpSection } from "./FollowUpSection";
import { SummarySection } from "./SummarySection";
import { actionPath } from "../../../domain/record/record-path";

type SectionId = keyof typeof SECTION_TITLES;
const SECTIONS: SectionId[] = ["basic", "summary", "actions", "followUp", "feedback"];

const SECTION_OF: Record<string, SectionId> = {
  background: "summary",
  discussionPoints: "summary",
  demands: "summary",
  disputes: "summary",
  responses: "summary",
  consensus: "summary",
  openIssues: "summary",
  actions: "actions",
  circulateBy: "followUp",
  sentOn: "followUp",
  objectionBy: "followUp",
  formalLetter: "followUp",
  confirmations: "followUp",
  attachments: "followUp",
  resultFeedback: "feedback",
  lessons: "feedback",
};

/** The form section that shows a path (everything else is 基本信息). */
export function sectionOf(path: string): SectionId {
  return SECTION_OF[path.split(/[.[]/)[0]] ?? "basic";
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  panel: { paddingBottom: tokens.spacingVerticalL, marginLeft: 0, marginRight: 0 },
});

export function RecordPanel() {
  const styles = useStyles();
  const { t, record, update, goTo, focusRequest } = usePane();
  const [open, setOpen] = useState<SectionId[]>(SECTIONS);
  const s = useSuggestions(record);

  // A field asked for by 检查 (or a new item) must be in an open section.
  useEffect(() => {
    if (!focusRequest) return;
    const section = sectionOf(focusRequest.path);
    setOpen((prev) => (prev.includes(section) ? prev : [...prev, section]));
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey === ADD_ACTION_SHORTCUT.altKey && e.shiftKey === ADD_ACTION_SHORTCUT.shiftKey && e.key.toUpperCase() === ADD_ACTION_SHORTCUT.key) {
      e.preventDefault();
      const index = record.actions.length;
      update((r) => ({ ...r, actions: [...r.actions, emptyAction()] }));
      goTo("record", actionPath(index, "task"));
    }
  };

  const body: Record<SectionId, JSX.Element> = {
    basic: <BasicSection s={s} />,
    summary: <SummarySection />,
    actions: <ActionsSection s={s} />,
    followUp: <FollowUpSection s={s} />,
    feedback: <FeedbackSection />,
  };

  return (
    <div className={styles.form}>
      <WordBar />
      <AdoptCard />
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown} data-testid="record-form" noValidate>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as SectionId[])}>
        {SECTIONS.map((id) => (
          <AccordionItem key={id} value={id} data-section={id}>
            <AccordionHeader as="h2" size="large">
              {t.pick(SECTION_TITLES[id])}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>{body[id]}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </form>
    </div>
  );
}
