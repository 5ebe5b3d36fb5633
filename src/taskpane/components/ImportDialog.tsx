// A file with several records (a .docx holding several record forms): which of them to import. All
// are ticked at first.
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

export interface ImportChoice {
  label: string;
  detail: string;
}

export interface ImportDialogProps {
  title: string;
  text: string;
  choices: readonly ImportChoice[];
  yes(n: number): string;
  no: string;
  /** The indexes chosen, or undefined when cancelled. */
  onClose(chosen: number[] | undefined): void;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
});

export function ImportDialog({ title, text, choices, yes, no, onClose }: ImportDialogProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(choices.map((_, i) => i)));
  const toggle = (i: number, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose(undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {text}
            <div className={styles.list} data-testid="import-choices">
              {choices.map((c, i) => (
                <Checkbox key={i} checked={chosen.has(i)} onChange={(_, d) => toggle(i, d.checked === true)} label={`${c.label}（${c.detail}）`} />
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={chosen.size === 0} data-testid="import-yes" onClick={() => onClose([...chosen].sort((a, b) => a - b))}>
              {yes(chosen.size)}
            </Button>
            <Button onClick={() => onClose(undefined)}>{no}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
