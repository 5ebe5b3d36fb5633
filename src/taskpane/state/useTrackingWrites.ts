// Status and progress edits of the 待办 tab are ordinary record edits: the editor saves them, and
// inside Word the pane's one document sync (word/useWordSync) writes the changed cells of the action
// table in one batch, like any other edit. No second writer.
import type { CcrRecord } from "../../domain/record";
import { usePane } from "./pane";

export function useTrackingWrites(): (change: (record: CcrRecord) => CcrRecord) => void {
  return usePane().update;
}
