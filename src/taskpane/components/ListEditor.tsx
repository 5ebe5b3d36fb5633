// A list field of the record (participants, action items, open issues…): items in bordered groups
// with move up / move down / remove, and an add button that focuses the new item's first field.
import { Button, Caption1Strong, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from "@fluentui/react-icons";
import { memo, useCallback, type ReactNode } from "react";
import { usePane, usePaneShell, useUpdate } from "../state/pane";
import { getAtPath, itemPath, setAtPath } from "../../domain/record/record-path";

export const useListStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemHead: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  itemTitle: { flexGrow: 1, minWidth: 0 },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalXXS },
  grow: { flexGrow: 1, minWidth: 0 },
  add: { alignSelf: "flex-start" },
});

export interface ItemButtonsProps {
  index: number;
  count: number;
  /** Spoken name of the item, e.g. 待办事项第2项. */
  name: string;
  /** Stable across renders (useListOps), so that the buttons of unchanged items do not re-render. */
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export const ItemButtons = memo(function ItemButtons({ index, count, name, onMove, onRemove }: ItemButtonsProps) {
  const { t } = usePaneShell();
  return (
    <>
      <Tooltip content={`${t("common.moveUp")} · ${name}`} relationship="label">
        <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} disabled={index === 0} onClick={() => onMove(index, index - 1)} />
      </Tooltip>
      <Tooltip content={`${t("common.moveDown")} · ${name}`} relationship="label">
        <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} />
      </Tooltip>
      <Tooltip content={`${t("common.remove")} · ${name}`} relationship="label">
        <Button size="small" appearance="subtle" icon={<Delete20Regular />} onClick={() => onRemove(index)} data-remove={index} />
      </Tooltip>
    </>
  );
});

export interface ListEditorProps<T> {
  /** Path of the list, e.g. `actions`. */
  path: string;
  /** Name of one item for people, from its 0-based index. */
  itemName(index: number): string;
  newItem(): T;
  addLabel: string;
  /** Sub-path focused after adding (e.g. `task` → actions[3].task). */
  focusOnAdd: string;
  renderItem(index: number, item: T): ReactNode;
  /** Extra attributes for the add button (e.g. aria-keyshortcuts). */
  addProps?: Record<string, string>;
}

export function useListOps<T>(path: string) {
  const { record, goTo } = usePane();
  const update = useUpdate();
  const raw = getAtPath(record, path);
  const items = (Array.isArray(raw) ? raw : []) as T[];
  const setItems = useCallback(
    (change: (items: T[]) => T[]) =>
      update((r) => {
        const current = getAtPath(r, path);
        return setAtPath(r, path, change(Array.isArray(current) ? (current as T[]) : []));
      }),
    [update, path],
  );
  const remove = useCallback((index: number) => setItems((list) => list.filter((_, i) => i !== index)), [setItems]);
  const move = useCallback((from: number, to: number) => setItems((list) => moveItem(list, from, to)), [setItems]);
  return {
    items,
    add(item: T, focus?: string) {
      setItems((list) => [...list, item]);
      if (focus !== undefined) goTo("record", `${itemPath(path, items.length)}${focus ? `.${focus}` : ""}`);
    },
    remove,
    move,
  };
}

export function ListEditor<T>({ path, itemName, newItem, addLabel, focusOnAdd, renderItem, addProps }: ListEditorProps<T>) {
  const styles = useListStyles();
  const ops = useListOps<T>(path);
  return (
    <>
      {ops.items.length > 0 && (
        <ul className={styles.list} data-list={path}>
          {ops.items.map((item, i) => (
            <li key={i} className={styles.item} data-item={itemPath(path, i)}>
              <div className={styles.itemHead}>
                <Caption1Strong className={styles.itemTitle}>{itemName(i)}</Caption1Strong>
                <ItemButtons index={i} count={ops.items.length} name={itemName(i)} onMove={ops.move} onRemove={ops.remove} />
              </div>
              {renderItem(i, item)}
            </li>
          ))}
        </ul>
      )}
      <Button className={styles.add} icon={<Add20Regular />} onClick={() => ops.add(newItem(), focusOnAdd)} data-add={path} {...addProps}>
        {addLabel}
      </Button>
    </>
  );
}

/** Moves list[from] to list[to], returning a new list (the same items when either is out of range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list.slice();
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
