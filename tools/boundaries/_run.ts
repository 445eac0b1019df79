import { findTableWrites } from './table-writes';
const { writes } = findTableWrites();
for (const w of writes.filter((w) => w.writer !== w.owner))
  console.log(`${w.file}:${w.line} ${w.how} ${w.table} (owner ${w.owner})`);
console.log('total writes', writes.length);
