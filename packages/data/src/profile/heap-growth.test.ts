import v8 from 'node:v8';
import { holdYoungGeneration } from './heap-growth';

const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;

describe('holdYoungGeneration', () => {
  it('keeps the young generation at its size while batches of strings survive scavenges', () => {
    holdYoungGeneration();
    holdYoungGeneration(); // a second profiler: nothing more to do
    const before = newSpace();
    // What a scan does: each batch's cells stay alive while the next ones are made,
    // well past the young generation's size in all (V8 would double it several times).
    const live: string[][] = [];
    for (let batch = 0; batch < 40; batch++) {
      const cells = new Array<string>(100_000);
      for (let i = 0; i < cells.length; i++) cells[i] = `row ${i} of batch ${batch}`;
      live.push(cells);
      if (live.length > 2) live.shift();
    }
    expect(live.length).toBe(2);
    expect(newSpace()).toBeLessThanOrEqual(before);
  });
});
