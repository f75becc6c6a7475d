// A training run that diverges: a few normal losses, then a child process (a
// DataLoader worker stand-in) whose pid goes to argv[2], then `loss: nan`, then
// it hangs as a real job does when nothing stops it — only a signal ends it.
// argv[3], when given, is the exact NaN line to print.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const [pidFile, nanLine = 'epoch 1 step 40 | lr 3.0e-04 | loss: nan'] = process.argv.slice(2);
for (let step = 10; step <= 30; step += 10) console.log(`epoch 1 step ${step} | lr 3.0e-04 | loss: ${(2.5 / step).toFixed(4)} | grad_norm: nan`);
const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
fs.writeFileSync(pidFile, String(worker.pid));
console.log(nanLine);
setInterval(() => {}, 1 << 30);
