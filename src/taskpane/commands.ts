// The manifest's FunctionFile. The ribbon button only opens the task pane (ShowTaskpane), so this
// page just initialises office.js as Office requires of a function file.
if (typeof Office !== "undefined") {
  void Office.onReady();
}
