import { View } from "./View";

export function columnsFor(viewIds: string[]): string[][] {
  const out: string[][] = [];
  for (const id of viewIds) {
    const view = View.findOne(id);
    out.push(view ? view.columns : []);
  }
  return out;
}
