// The English catalogue is a chunk of its own in the pane (loaded before use); tests that render
// or translate in English get it loaded here, as the pane's start does.
import { loadCatalogue } from "../../src/taskpane/i18n";

await loadCatalogue("en");
