// 待办 (guide 二(三) 跟踪待办事项进展): the panel (tabs/todo/TodoPanel.tsx) is loaded on first use.
import { TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const todoTab: PaneTab = {
  id: "todo",
  phase: "after",
  order: 20,
  label: "tab.todo",
  icon: TaskListSquareLtr20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-todo" */ "./todo/TodoPanel").then((m) => ({ default: m.TodoPanel }))),
};
