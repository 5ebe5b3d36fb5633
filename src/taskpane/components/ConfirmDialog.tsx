// A yes/no question in a modal dialog (e.g. deleting a record).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface ConfirmDialogProps {
  title: string;
  text: string;
  yes: string;
  no: string;
  onClose(yes: boolean): void;
}

export function ConfirmDialog({ title, text, yes, no, onClose }: ConfirmDialogProps) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="confirm-yes" onClick={() => onClose(true)}>
              {yes}
            </Button>
            <Button onClick={() => onClose(false)}>{no}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
