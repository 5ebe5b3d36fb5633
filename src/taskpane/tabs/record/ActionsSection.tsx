// 三、待办事项: every action item with owner, department, deadline (read as a date where it can be),
// deliverable standard, cc, status and progress notes. Alt+Shift+A adds an item from anywhere in
// the form.
import { Badge, Button, Field, Input } from "@fluentui/react-components";
import { memo, useEffect, useState } from "react";
import { ACTION_COLUMNS, FIELD_HINTS, STATUS_LABELS } from "../../../domain/record/fields";
import { formatResolvedDeadline, resolveDeadline } from "../../../domain/calendar/deadline";
import { emptyAction, type ActionItem, type ProgressNote } from "../../../domain/record/record";
import { pathLabel } from "../../../domain/record/paths";
import { ChoiceField, ComboField, DateField, TextField, useFindingsAt, useFocusRequest, validationProps } from "../../components/fields";
import { ListEditor } from "../../components/ListEditor";
import { usePane, usePaneShell } from "../../state/pane";
import type { Suggestions } from "../../state/suggestions";
import { useFormStyles } from "./BasicSection";
import { actionPath, itemPath } from "../../../domain/record/record-path";
import { joinNames, splitNames } from "../../../domain/recognise/cell-text";

export const ADD_ACTION_SHORTCUT = { key: "A", altKey: true, shiftKey: true, aria: "Alt+Shift+A" } as const;

/** 抄送: a list typed as one line, separated by 、 or commas. */
function CcField({ index, value }: { index: number; value: string[] }) {
  const { t, update } = usePane();
  const path = actionPath(index, "cc");
  const ref = useFocusRequest<HTMLInputElement>(path);
  const joined = joinNames(value);
  const [text, setText] = useState(joined);
  // Follow changes made elsewhere (Word read-back, import) without fighting the user's typing.
  useEffect(() => {
    const mine = joinNames(splitNames(text));
    if (mine !== joined) setText(joined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text typed here is compared, not followed
  }, [joined]);
  return (
    <Field label={t.pick(ACTION_COLUMNS.cc)} hint={t("record.ccHint")} {...validationProps(useFindingsAt(path), t.pick)}>
      <Input
        ref={ref}
        data-path={path}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const list = splitNames(d.value);
          update((r) => ({ ...r, actions: r.actions.map((a, i) => (i === index ? { ...a, cc: list } : a)) }));
        }}
      />
    </Field>
  );
}

function DeadlineField({ index, typed }: { index: number; typed: string }) {
  const { t, record } = usePane();
  const r = resolveDeadline(typed, record.date);
  const hint = r.kind === "resolved" ? t("record.deadlineResolved", { date: formatResolvedDeadline(r, t.lang) }) : undefined;
  return (
    <TextField path={actionPath(index, "deadline")} label={t.pick(ACTION_COLUMNS.deadline)} placeholder={t.pick(FIELD_HINTS.deadline)} hint={hint} required />
  );
}

function ActionFields({ index, item, s }: { index: number; item: ActionItem; s: Suggestions }) {
  const styles = useFormStyles();
  const { t } = usePane();
  const at = itemPath("actions", index);
  const statusOptions = { todo: STATUS_LABELS.todo, doing: STATUS_LABELS.doing, done: STATUS_LABELS.done };
  return (
    <>
      <TextField path={`${at}.task`} label={t.pick(ACTION_COLUMNS.task)} multiline required />
      {/* One under the other: the owner's message has the whole width and moves nothing beside it. */}
      <ComboField path={`${at}.owner`} label={t.pick(ACTION_COLUMNS.owner)} placeholder={t.pick(FIELD_HINTS.owner)} suggestions={s.people} required />
      <ComboField path={`${at}.ownerDept`} label={t.pick(ACTION_COLUMNS.ownerDept)} suggestions={s.departments} />
      <DeadlineField index={index} typed={item.deadline} />
      <TextField path={`${at}.deliverable`} label={t.pick(ACTION_COLUMNS.deliverable)} placeholder={t.pick(FIELD_HINTS.deliverable)} multiline required />
      <CcField index={index} value={item.cc} />
      <ChoiceField path={`${at}.status`} label={t.pick(ACTION_COLUMNS.status)} options={statusOptions} />
      <Field label={t.pick(ACTION_COLUMNS.progress)}>
        <div className={styles.section}>
          <ListEditor<ProgressNote>
            path={`${at}.progress`}
            itemName={(i) => `${t.pick(ACTION_COLUMNS.progress)} ${i + 1}`}
            newItem={() => ({ date: "", note: "" })}
            addLabel={t("record.addProgress")}
            focusOnAdd="note"
            renderItem={(i) => (
              <>
                <DateField path={`${at}.progress[${i}].date`} label={t("record.progressDate")} />
                <TextField path={`${at}.progress[${i}].note`} label={t("record.progressNote")} />
              </>
            )}
          />
        </div>
      </Field>
    </>
  );
}

/** Above this many items, each shows as one line until opened (typing stays instant with 200). */
export const COMPACT_ACTIONS = 20;

/** One line of a long list: number, task, owner, deadline and its findings; a click opens the item. */
function ActionLine({ index, item, onOpen }: { index: number; item: ActionItem; onOpen(): void }) {
  const { t } = usePaneShell();
  const findings = useFindingsAt(itemPath("actions", index), true);
  const errors = findings.filter((f) => f.severity === "error").length;
  const parts = [item.task.trim() || t("record.actionUntitled"), item.owner.trim(), item.deadline.trim()].filter(Boolean);
  return (
    <Button appearance="subtle" size="small" onClick={onOpen} data-action-line={index} style={{ justifyContent: "flex-start", textAlign: "start", minWidth: 0 }}>
      {`${index + 1}. ${parts.join(" · ")}`}
      {errors > 0 && (
        <Badge color="danger" size="small" appearance="tint" style={{ marginInlineStart: "4px" }}>
          {errors}
        </Badge>
      )}
    </Button>
  );
}

/** The fields of an item, or its one line in a long list (open when asked for by 检查 or opened). */
const ActionRow = memo(function ActionRow({ index, item, s, compact }: { index: number; item: ActionItem; s: Suggestions; compact: boolean }) {
  const { focusRequest } = usePaneShell();
  const [opened, setOpened] = useState(false);
  const at = itemPath("actions", index);
  const asked = focusRequest !== undefined && (focusRequest.path === at || focusRequest.path.startsWith(`${at}.`));
  useEffect(() => {
    if (asked) setOpened(true);
  }, [asked]);
  if (compact && !opened && !asked) return <ActionLine index={index} item={item} onOpen={() => setOpened(true)} />;
  return <ActionFields index={index} item={item} s={s} />;
});

export function ActionsSection({ s }: { s: Suggestions }) {
  const styles = useFormStyles();
  const { t, record } = usePane();
  const compact = record.actions.length > COMPACT_ACTIONS;
  return (
    <div className={styles.section}>
      <Field hint={t("record.addActionHint", { keys: ADD_ACTION_SHORTCUT.aria })} {...validationProps(useFindingsAt("actions"), t.pick)}>
        <div className={styles.section}>
          <ListEditor<ActionItem>
            path="actions"
            itemName={(i) => t.pick(pathLabel(itemPath("actions", i)))}
            newItem={emptyAction}
            addLabel={t("record.addAction")}
            focusOnAdd="task"
            addProps={{ "aria-keyshortcuts": ADD_ACTION_SHORTCUT.aria }}
            renderItem={(i, item) => <ActionRow index={i} item={item} s={s} compact={compact} />}
          />
        </div>
      </Field>
    </div>
  );
}
