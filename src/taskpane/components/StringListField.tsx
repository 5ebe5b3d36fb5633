// A list of short texts (核心讨论点, 达成共识, 附件…): one growing field per line with move/remove, an add
// button, and Enter in the last line adds the next one.
import { Button, Field } from "@fluentui/react-components";
import { GrowingText } from "./GrowingText";
import { Add20Regular } from "@fluentui/react-icons";
import { usePane } from "../state/pane";
import { setAtPath } from "../../domain/record/record-path";
import { useFindingsAt, useFocusRequest, validationProps } from "./fields";
import { ItemButtons, useListOps, useListStyles } from "./ListEditor";

export interface StringListFieldProps {
  path: string;
  label: string;
  required?: boolean;
  placeholder?: string;
}

function Line({ path, index, count, label, placeholder, onEnter, ops }: {
  path: string;
  index: number;
  count: number;
  label: string;
  placeholder?: string;
  onEnter(): void;
  ops: ReturnType<typeof useListOps<string>>;
}) {
  const styles = useListStyles();
  const { update } = usePane();
  const itemPath = `${path}[${index}]`;
  const ref = useFocusRequest<HTMLTextAreaElement>(itemPath);
  const name = `${label} ${index + 1}`;
  return (
    <li className={styles.row}>
      <GrowingText
        ref={ref}
        className={styles.grow}
        aria-label={name}
        placeholder={placeholder}
        data-path={itemPath}
        value={ops.items[index] ?? ""}
        onChange={(_, d) => update((r) => setAtPath(r, itemPath, d.value.replace(/[\r\n]+/g, " ")))}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.nativeEvent.isComposing) {
            e.preventDefault();
            onEnter();
          }
        }}
      />
      <ItemButtons index={index} count={count} name={name} onMove={ops.move} onRemove={ops.remove} />
    </li>
  );
}

export function StringListField({ path, label, required, placeholder }: StringListFieldProps) {
  const styles = useListStyles();
  const { t, goTo } = usePane();
  const ops = useListOps<string>(path);
  const ref = useFocusRequest<HTMLButtonElement>(path);
  const findings = useFindingsAt(path, true);
  const addLine = () => ops.add("", "");
  return (
    <Field label={label} required={required} {...validationProps(findings, t.pick)}>
      <div className={styles.list}>
        {ops.items.length > 0 && (
          <ul className={styles.list} data-list={path}>
            {ops.items.map((_, i) => (
              <Line
                key={i}
                path={path}
                index={i}
                count={ops.items.length}
                label={label}
                placeholder={placeholder}
                ops={ops}
                onEnter={() => (i === ops.items.length - 1 ? addLine() : goTo("record", `${path}[${i + 1}]`))}
              />
            ))}
          </ul>
        )}
        <Button ref={ref} className={styles.add} size="small" icon={<Add20Regular />} onClick={addLine} data-add={path}>
          {t("record.addLine")}
        </Button>
      </div>
    </Field>
  );
}
