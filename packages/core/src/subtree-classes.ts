/**
 * A tree's equal subtrees made one class: what turns a trie into its minimal automaton (the phrase
 * matcher's shared subtries, the word automaton's states). Nodes are numbered with every child
 * above its parent, node 0 the root; a node's class follows from its own part (`own`) and its
 * children's (edge key, class), found children first, so two nodes share a class exactly when
 * their subtrees are equal. Classes are numbered in the order met, from the highest node down.
 */
export interface SubtreeClasses {
  /** Per node: its class. */
  classOf: Int32Array;
  /** Per class: its first node met (the highest-numbered of the class). */
  representative: number[];
  /** Node n's children are `childList[childStart[n], childStart[n + 1])`, in node order. */
  childStart: Int32Array;
  childList: Int32Array;
}

export function subtreeClasses(
  nodes: number,
  parentOf: (node: number) => number,
  keyOf: (node: number) => number,
  own: (node: number) => string,
): SubtreeClasses {
  const childStart = new Int32Array(nodes + 1);
  for (let c = 1; c < nodes; c++) childStart[parentOf(c) + 1]!++;
  for (let n = 0; n < nodes; n++) childStart[n + 1]! += childStart[n]!;
  const childList = new Int32Array(Math.max(nodes - 1, 0));
  const fill = childStart.slice(0, nodes);
  for (let c = 1; c < nodes; c++) childList[fill[parentOf(c)]!++] = c;
  const classOf = new Int32Array(nodes);
  const classes = new Map<string, number>();
  const representative: number[] = [];
  for (let n = nodes - 1; n >= 0; n--) {
    const kids = Array.from(childList.subarray(childStart[n]!, childStart[n + 1]!)).sort((a, b) => keyOf(a) - keyOf(b));
    // `own` never holds a `|`, so the signature reads back one way.
    const signature = `${own(n)}|${kids.map((c) => `${keyOf(c)}:${classOf[c]}`).join(",")}`;
    let id = classes.get(signature);
    if (id === undefined) {
      id = representative.length;
      classes.set(signature, id);
      representative.push(n);
    }
    classOf[n] = id;
  }
  return { classOf, representative, childStart, childList };
}

/**
 * The classes as states numbered from the root's, breadth first: `state(s, node)` for each state
 * (its class's first node), then `edge(s, child, target)` for each of that node's children, in
 * node order, `target` the state of the child's class.
 */
export function walkStates(
  { classOf, representative, childStart, childList }: SubtreeClasses,
  state: (s: number, node: number) => void,
  edge: (s: number, child: number, target: number) => void,
): void {
  const number = new Int32Array(representative.length).fill(-1);
  const order = [classOf[0]!];
  number[classOf[0]!] = 0;
  for (let s = 0; s < order.length; s++) {
    const n = representative[order[s]!]!;
    state(s, n);
    for (let k = childStart[n]!; k < childStart[n + 1]!; k++) {
      const c = childList[k]!;
      const cls = classOf[c]!;
      if (number[cls] === -1) {
        number[cls] = order.length;
        order.push(cls);
      }
      edge(s, c, number[cls]!);
    }
  }
}
