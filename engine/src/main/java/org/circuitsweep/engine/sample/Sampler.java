package org.circuitsweep.engine.sample;

import java.util.List;
import java.util.SplittableRandom;

/** TEMPORARY stand-in until branch `sample` lands: same signatures, crude behaviour. */
public final class Sampler {
    private final List<Dimension> dims;
    private final SamplingMethod method;
    private final long size;
    private final long seed;

    private Sampler(List<Dimension> dims, SamplingMethod method, long size, long seed) {
        this.dims = List.copyOf(dims);
        this.method = method;
        this.size = size;
        this.seed = seed;
    }

    public static Sampler create(List<Dimension> dims, SamplingMethod method, long count, long seed) {
        long size = count;
        if (method == SamplingMethod.GRID) {
            size = 1;
            for (Dimension d : dims) {
                size *= d instanceof Dimension.Values v ? v.size() : 1;
            }
        }
        return new Sampler(dims, method, size, seed);
    }

    public long size() {
        return size;
    }

    public List<String> names() {
        return dims.stream().map(Dimension::name).toList();
    }

    public void variant(long index, double[] out) {
        long rest = index;
        for (int i = dims.size() - 1; i >= 0; i--) {
            SplittableRandom r = new SplittableRandom(seed * 31 + index * 1_000_003L + i);
            Dimension d = dims.get(i);
            if (d instanceof Dimension.Fixed f) {
                out[i] = f.value();
            } else if (d instanceof Dimension.Values v) {
                if (method == SamplingMethod.GRID) {
                    out[i] = v.value((int) (rest % v.size()));
                    rest /= v.size();
                } else {
                    out[i] = v.value(r.nextInt(v.size()));
                }
            } else if (d instanceof Dimension.Uniform u) {
                out[i] = u.min() + r.nextDouble() * (u.max() - u.min());
            } else if (d instanceof Dimension.LogUniform l) {
                out[i] = Math.exp(Math.log(l.min()) + r.nextDouble() * (Math.log(l.max()) - Math.log(l.min())));
            }
        }
    }
}
