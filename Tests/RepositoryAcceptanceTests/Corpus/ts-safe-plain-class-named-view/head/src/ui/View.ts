export type ViewSpec = { id: string; title: string; columns: string[] };

const BUILT_IN: ViewSpec[] = [
  { id: "board", title: "Board", columns: ["todo", "doing", "done"] },
  { id: "list", title: "List", columns: ["title", "assignee"] },
];

export class View {
  static findOne(id: string): ViewSpec | undefined {
    return BUILT_IN.find((view) => view.id === id);
  }
}
