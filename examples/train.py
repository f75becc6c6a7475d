"""A small churn model trained by plain gradient descent (no dependencies),
with the mistake that breaks real training runs: the features are not
scaled and the learning rate is too high, so the weights blow up and the
loss overflows to inf (then nan, if nothing stopped it). The guard at the end of each epoch stops the run
the way trainers do, with the loss on the log line and a traceback.

    python3 examples/train.py                # lr 0.0003: diverges (the demo)
    python3 examples/train.py --lr 0.00001   # converges

examples/train.js is the same program for machines without python3.
"""
import argparse
import math
import random


def make_data(n, seed=0):
    """Customers: tenure (months), monthly charges (dollars), support calls; churn is 0 or 1."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        tenure = rng.uniform(0, 72)
        charges = rng.uniform(20, 120)
        calls = rng.randint(0, 9)
        churn = 1.0 if 0.03 * charges + 0.4 * calls - 0.05 * tenure + rng.gauss(0, 0.5) > 2.5 else 0.0
        rows.append(([tenure, charges, float(calls)], churn))
    return rows


def train(rows, lr, epochs, batch_size):
    weights, bias = [0.0, 0.0, 0.0], 0.0
    for epoch in range(1, epochs + 1):
        total = 0.0
        for start in range(0, len(rows), batch_size):
            batch = rows[start:start + batch_size]
            grad_w, grad_b, loss = [0.0, 0.0, 0.0], 0.0, 0.0
            for x, y in batch:
                err = sum(w * v for w, v in zip(weights, x)) + bias - y
                loss += err * err / len(batch)
                for i, v in enumerate(x):
                    grad_w[i] += 2 * err * v / len(batch)
                grad_b += 2 * err / len(batch)
            weights = [w - lr * g for w, g in zip(weights, grad_w)]
            bias -= lr * grad_b
            total += loss
        epoch_loss = total / math.ceil(len(rows) / batch_size)
        print(f"epoch {epoch}/{epochs} loss={epoch_loss:.6g}", flush=True)
        if not math.isfinite(epoch_loss):
            raise FloatingPointError(f"loss is {epoch_loss} after epoch {epoch}: training diverged (learning rate {lr})")
    return weights, bias


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lr", type=float, default=0.0003)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    weights, bias = train(make_data(2000), args.lr, args.epochs, args.batch_size)
    print(f"trained: weights={weights} bias={bias}")


if __name__ == "__main__":
    main()
