/**
 * How to turn one ordered list into another when new items can only be appended: the keys to
 * take out, then the keys to append in order. The longest run of `target` that the kept items
 * already start with stays; everything after it is taken out and appended again.
 */
export function appendPlan(current: readonly string[], target: readonly string[]): { remove: string[]; append: string[] } {
  const wanted = new Set(target);
  const kept = current.filter((k) => wanted.has(k));
  let same = 0;
  while (same < kept.length && kept[same] === target[same]) same++;
  const stay = new Set(kept.slice(0, same));
  return { remove: current.filter((k) => !stay.has(k)), append: target.slice(same) };
}

/**
 * The items of `current` that can stay where they are when items can be inserted anywhere: the
 * longest run they share, in order, with `target`. Every other item of `target` is inserted.
 */
export function stayingInOrder(current: readonly string[], target: readonly string[]): Set<string> {
  const wanted = new Set(target);
  const a = current.filter((k) => wanted.has(k));
  const has = new Set(a);
  const b = target.filter((k) => has.has(k));
  // Longest common subsequence; maps and lists are short, so the square table is small.
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const stay = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      stay.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return stay;
}
