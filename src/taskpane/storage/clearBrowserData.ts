// 清除此浏览器中的数据: every key the pane keeps in the browser's storage (records, the record
// index, the open record, the language, added calendar years) starts with "ccr.".

export interface EnumerableStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** Removes every ccr key; returns how many. Keys of other pages of the same site are left alone. */
export function clearBrowserData(storage: EnumerableStorage): number {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith("ccr.")) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
