// A training run that lasts exactly as long as the test needs: until the fake
// nvidia-smi has answered argv[2] GPU queries (its counter file sits next to
// FAKE_NVIDIA_SMI_SCRIPT), then it prints a line and exits 0.
import fs from 'node:fs';

const want = Number(process.argv[2]);
const counter = `${process.env.FAKE_NVIDIA_SMI_SCRIPT}.calls`;
const calls = () => {
  try {
    return Number(fs.readFileSync(counter, 'utf8'));
  } catch {
    return 0;
  }
};
console.log('epoch 1 step 10 | loss: 0.6931');
const timer = setInterval(() => {
  if (calls() < want) return;
  clearInterval(timer);
  console.log(`training finished after ${calls()} GPU samples`);
}, 50);
