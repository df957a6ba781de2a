// The outline (bookmarks) from our own headings: a tree by level, each item pointing at the
// page where its heading was printed. Chapters open, sections closed.
import { PDFHexString } from 'pdf-lib';
import type { OutObject } from './write.ts';

export interface OutlineItem {
  judul: string;
  level: number;
  /** Object number of the page it points to. */
  page: number;
}

/** The outline's objects; returns the number of its root. */
export function outlineObjects(entries: OutlineItem[], alloc: () => number, objects: OutObject[]): number {
  const root = alloc();
  const refs = entries.map(() => alloc());
  const parentOf: number[] = [];
  const stack: number[] = [];
  entries.forEach((e, i) => {
    while (stack.length && entries[stack.at(-1)!]!.level >= e.level) stack.pop();
    parentOf[i] = stack.at(-1) ?? -1;
    stack.push(i);
  });
  const children = (p: number) => entries.map((_, i) => i).filter((i) => parentOf[i] === p);
  const descendants = (p: number): number => children(p).reduce((n, c) => n + 1 + descendants(c), 0);
  const ref = (i: number) => `${refs[i]} 0 R`;
  entries.forEach((e, i) => {
    const siblings = children(parentOf[i]!);
    const k = siblings.indexOf(i);
    const kids = children(i);
    const d = [`/Title ${PDFHexString.fromText(e.judul).toString()}`, `/Parent ${parentOf[i] === -1 ? `${root} 0 R` : ref(parentOf[i]!)}`, `/Dest [${e.page} 0 R /XYZ null null null]`];
    if (k > 0) d.push(`/Prev ${ref(siblings[k - 1]!)}`);
    if (k < siblings.length - 1) d.push(`/Next ${ref(siblings[k + 1]!)}`);
    if (kids.length) d.push(`/First ${ref(kids[0]!)}`, `/Last ${ref(kids.at(-1)!)}`, `/Count ${e.level === 1 ? descendants(i) : -descendants(i)}`);
    objects.push({ num: refs[i]!, text: `<<${d.join('\n')}>>` });
  });
  const top = children(-1);
  objects.push({ num: root, text: `<</Type /Outlines\n/First ${ref(top[0]!)}\n/Last ${ref(top.at(-1)!)}\n/Count ${top.length}>>` });
  return root;
}
