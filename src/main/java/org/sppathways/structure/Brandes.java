package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.sppathways.graph.internal.BucketQueue;
import org.sppathways.graph.internal.IndexedHeap;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.paths.Criterion;

/**
 * Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
 * centrality", Journal of Mathematical Sociology 25(2), 2001) over the int arrays of a
 * {@link RoleGraph}, directed, unnormalised: for each role v, the sum over ordered pairs (s, t)
 * of other roles of the share of shortest s–t paths that pass through v.
 *
 * <p>One single-source pass per role counts the shortest paths: a breadth-first search
 * ({@link Criterion#STEPS}), or for {@link Criterion#MONTHS} — paths compared by months, then
 * by a tie key: the number of 0-month routes ({@link MonthsTies#EVERY_PATH}, so every least-month
 * path without such a detour counts) or of moves ({@link MonthsTies#FEWEST_MOVES}) — Dial's
 * bucket queue when route months are small (at most {@value #MAX_BUCKET_MONTHS}, as in every real
 * model) and otherwise Dijkstra's algorithm with an indexed binary heap on keys
 * {@code months · n} plus the route's tie key. Then the dependencies are
 * accumulated in reverse order of distance over each role's successors on shortest paths,
 * recorded during the search (one int per shortest-path edge; with the bucket queue, every route
 * that was tight when relaxed, re-checked afterwards because a distance may still fall; the heap
 * fallback scans the routes again). No predecessor lists of objects are built.
 *
 * <p>Shortest-path counts grow exponentially with path length (a layered graph of 330 layers of
 * 10 roles has 10^329 shortest paths end to end, beyond a double). Each count is kept as a double
 * times a power of two, scaled down by 2^{@value #SHIFT} whenever it reaches 2^{@value #SHIFT};
 * the dependencies only use ratios of counts, so they stay accurate to rounding, and no count can
 * overflow. Until a pass scales a count its arithmetic is plain double arithmetic, so on graphs
 * where JGraphT's counts are exact the results are the same bit for bit.
 *
 * <p>Complexity, for n roles and m routes: O(n · m) time by steps; by months O(n · (m + D))
 * with buckets (D the longest shortest distance in months, plus sorting each bucket's roles by
 * tie key), O(n · m log n) with the heap; O(n + m) working memory per core. Sources are split into
 * a fixed number of chunks (depending only on n) whose partial sums are added in chunk order, so
 * the result is the same bit for bit whether the chunks run on one core or many.
 */
final class Brandes {
  /** Most chunks the sources are split into. */
  static final int MAX_CHUNKS = 64;
  /** The largest route months for which passes by months use a bucket queue, not a heap. */
  static final int MAX_BUCKET_MONTHS = 4096;
  /** The power of two by which a shortest-path count is scaled down when it reaches 2^SHIFT. */
  static final int SHIFT = 512;
  private static final double LARGE = Math.scalb(1.0, SHIFT);

  private Brandes() {}

  static double[] scores(RoleGraph g, Criterion metric, MonthsTies ties, boolean parallel) {
    int n = g.n;
    if (n == 0) {
      return new double[0];
    }
    boolean everyPath = ties == MonthsTies.EVERY_PATH;
    boolean buckets = metric == Criterion.MONTHS && bucketable(g);
    long[] weight = metric == Criterion.MONTHS && !buckets ? weights(g, ties) : null;
    int chunks = Math.min(MAX_CHUNKS, Math.max(1, n / 8));
    double[][] partial = new double[chunks][];
    // Working memory is reused across chunks (one pass object per thread at a time); a pass
    // leaves no trace from one source to the next, so which one a chunk gets does not matter.
    Queue<Pass> pool = new ConcurrentLinkedQueue<>();
    IntStream range = IntStream.range(0, chunks);
    (parallel ? range.parallel() : range).forEach(c -> {
      double[] bc = new double[n];
      Pass pooled = pool.poll();
      Pass pass = pooled != null ? pooled
          : new Pass(n, g.m, buckets ? maxMonths(g) + 1 : 0, metric == Criterion.STEPS,
              everyPath);
      int from = (int) ((long) c * n / chunks);
      int to = (int) ((long) (c + 1) * n / chunks);
      for (int s = from; s < to; s++) {
        if (buckets) {
          pass.buckets(g, s, bc);
        } else if (weight == null) {
          pass.unweighted(g, s, bc);
        } else {
          pass.weighted(g, weight, s, bc);
        }
      }
      partial[c] = bc;
      pool.offer(pass);
    });
    double[] total = partial[0];
    for (int c = 1; c < chunks; c++) {
      double[] p = partial[c];
      for (int v = 0; v < n; v++) {
        total[v] += p[v];
      }
    }
    return total;
  }

  /**
   * The roles of an analysis by betweenness, highest first, ties by role id, with the scores
   * normalised by (n − 1)(n − 2).
   */
  static List<Bottleneck> ranking(Terms t, Criterion metric) {
    double[] bc = scores(t.graph, metric, t.options.monthsTies(), t.options.parallel());
    int n = t.n;
    double scale = n < 3 ? 0 : 1.0 / ((double) (n - 1) * (n - 2));
    List<Bottleneck> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      out.add(new Bottleneck(t.id(v), bc[v], bc[v] * scale));
    }
    out.sort(Comparator.comparingDouble(Bottleneck::betweenness).reversed()
        .thenComparing(b -> b.role().value()));
    return List.copyOf(out);
  }

  /**
   * Whether a pass by months can use a bucket queue: the largest route months is at most
   * {@link #MAX_BUCKET_MONTHS} and no path's months can overflow an int.
   */
  static boolean bucketable(RoleGraph g) {
    int w = maxMonths(g);
    return w <= MAX_BUCKET_MONTHS && (long) w * Math.max(1, g.n) < Integer.MAX_VALUE;
  }

  /** The largest months of any route, 0 when there is none. O(m). */
  static int maxMonths(RoleGraph g) {
    int max = 0;
    for (int months : g.months) {
      max = Math.max(max, months);
    }
    return max;
  }

  /**
   * Route weights {@code months · n + 1} (months first, then moves) for
   * {@link MonthsTies#FEWEST_MOVES}; for {@link MonthsTies#EVERY_PATH}, {@code months · n} plus 1
   * for a route of 0 months (months first, then 0-month routes; a simple path has fewer than n).
   */
  static long[] weights(RoleGraph g, MonthsTies ties) {
    long k = Math.max(1, g.n);
    long total = 0;
    long[] w = new long[g.m];
    boolean everyPath = ties == MonthsTies.EVERY_PATH;
    try {
      for (int e = 0; e < w.length; e++) {
        int months = g.months[e];
        w[e] = Math.addExact(Math.multiplyExact(months, k), everyPath && months > 0 ? 0 : 1);
        total = Math.addExact(total, w[e]);
      }
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException("the routes' months are too large to add up along paths "
          + "(their total times the number of roles exceeds 2^63); use smaller months", overflow);
    }
    return w;
  }

  /** The working arrays of single-source passes, reused from one source to the next. */
  private static final class Pass {
    /** Moves from the source (breadth-first passes), -1 when unreached. */
    final int[] steps;
    /**
     * Successors on shortest paths of the role at each visiting position (breadth-first passes),
     * or candidates for them with their months when relaxed (bucket passes: a candidate stays a
     * successor only if its distance did not fall afterwards, checked in the dependency pass).
     */
    final int[] successorStart;
    final int[] successor;
    final int[] successorMonths;
    /** Weighted distance from the source (Dijkstra passes), -1 when unreached. */
    final long[] dist;
    /**
     * Shortest-path counts from the source, as {@code sigma[v] · 2^sigmaScale[v]}: the scale stays
     * 0 (and the arithmetic is plain double arithmetic, as JGraphT's) until a count reaches
     * {@code 2^}{@value #SHIFT}; from then on the counts of that pass carry a power of two, so
     * they cannot overflow however many shortest paths there are.
     */
    final double[] sigma;
    final int[] sigmaScale;
    /**
     * {@code (1 + delta[w]) / sigma[w]} as {@code coefficient[w] · 2^-sigmaScale[w]}, set when
     * w's dependency is final.
     */
    final double[] coefficient;
    /** Whether a count of the current pass has been scaled. */
    boolean scaled;
    /** The running sum of successors' coefficients, as {@code sum · 2^sumScale}. */
    double sum;
    int sumScale;
    final int[] order;
    final IndexedHeap heap;

    /** Months from the source (bucket passes), -1 when unreached. */
    final int[] monthsTo;
    final boolean[] settled;
    /** Bucket queue by months (bucket passes), else null. */
    final BucketQueue queue;
    /** One bucket's live roles, as {@code steps << 32 | role}, sorted by steps. */
    final long[] batch;
    final int[] batchMark;
    int batchEpoch;
    /** Roles reached through 0-month routes while their bucket is open, with their steps. */
    final int[] zeroRole;
    final int[] zeroSteps;

    /**
     * Whether a route of 1 month or more leaves the tie-break key unchanged
     * ({@link MonthsTies#EVERY_PATH}: the key counts 0-month routes) rather than adding a move.
     */
    final boolean everyPath;

    Pass(int n, int m, int slots, boolean breadthFirst, boolean everyPath) {
      this.everyPath = everyPath;
      monthsTo = new int[slots > 0 ? n : 0];
      Arrays.fill(monthsTo, -1);
      settled = new boolean[slots > 0 ? n : 0];
      queue = slots > 0 ? new BucketQueue(slots, m + 1) : null;
      batch = new long[slots > 0 ? m + 1 : 0];
      batchMark = new int[slots > 0 ? n : 0];
      zeroRole = new int[slots > 0 ? m + 1 : 0];
      zeroSteps = new int[slots > 0 ? m + 1 : 0];
      steps = new int[n];
      Arrays.fill(steps, -1);
      boolean recorded = breadthFirst || slots > 0;
      successorStart = new int[recorded ? n + 1 : 0];
      successor = new int[recorded ? m : 0];
      successorMonths = new int[slots > 0 ? m : 0];
      dist = new long[n];
      Arrays.fill(dist, -1);
      sigma = new double[n];
      sigmaScale = new int[n];
      coefficient = new double[n];
      order = new int[n];
      heap = new IndexedHeap(dist);
    }

    /**
     * Starts a pass from {@code s}: one shortest path to it, unscaled. Every scale is 0 between
     * passes ({@link #finish} clears those a pass set), so an unscaled pass never writes one.
     */
    private void start(int s) {
      sigma[s] = 1;
      scaled = false;
    }

    /** Clears the scales a pass set, for the {@code count} roles it reached in {@code order}. */
    private void finish(int count) {
      if (scaled) {
        for (int i = 0; i < count; i++) {
          sigmaScale[order[i]] = 0;
        }
      }
    }

    /** Sets w's count to v's (a shorter path to w was found through v). */
    private void copyCount(int v, int w) {
      sigma[w] = sigma[v];
      if (scaled) {
        sigmaScale[w] = sigmaScale[v];
      }
    }

    /** Adds v's count to w's (another shortest path to w through v). */
    private void addCount(int v, int w) {
      if (!scaled) {
        double sum = sigma[w] + sigma[v];
        if (sum < LARGE) {
          sigma[w] = sum;
          return;
        }
      }
      int ev = sigmaScale[v];
      int ew = sigmaScale[w];
      double sum;
      if (ev == ew) {
        sum = sigma[w] + sigma[v];
      } else if (ev > ew) {
        sum = Math.scalb(sigma[w], ew - ev) + sigma[v];
        sigmaScale[w] = ev;
      } else {
        sum = sigma[w] + Math.scalb(sigma[v], ev - ew);
      }
      if (sum >= LARGE) {
        sum = Math.scalb(sum, -SHIFT);
        sigmaScale[w] += SHIFT;
        scaled = true;
      }
      sigma[w] = sum;
    }

    /** Adds w's coefficient to the running sum of v's successors' coefficients. */
    private void addCoefficient(int w) {
      double c = coefficient[w];
      if (!scaled) {
        sum += c;
        return;
      }
      int e = -sigmaScale[w];
      if (sum == 0) {
        sum = c;
        sumScale = e;
      } else if (e == sumScale) {
        sum += c;
      } else if (e > sumScale) {
        sum = Math.scalb(sum, sumScale - e) + c;
        sumScale = e;
      } else {
        sum += Math.scalb(c, e - sumScale);
      }
    }

    /**
     * Sets v's dependency from the sum of its shortest-path successors' coefficients, adds it to
     * v's betweenness, sets v's own coefficient and clears the sum.
     */
    private void settle(int v, double[] bc) {
      double delta = scaled ? Math.scalb(sigma[v] * sum, sigmaScale[v] + sumScale)
          : sigma[v] * sum;
      bc[v] += delta;
      coefficient[v] = (1 + delta) / sigma[v];
      sum = 0;
      sumScale = 0;
    }

    /**
     * Breadth-first search that also records, for each role in visiting order, its successors on
     * shortest paths; the dependency pass then walks only those (not every route again).
     */
    void unweighted(RoleGraph g, int s, double[] bc) {
      final int[] start = g.outStart;
      final int[] target = g.head;
      final int[] dist = this.steps;
      final double[] sigma = this.sigma;
      final int[] order = this.order;
      final int[] succStart = this.successorStart;
      final int[] succ = this.successor;
      int head = 0;
      int tail = 0;
      int k = 0;
      order[tail++] = s;
      dist[s] = 0;
      start(s);
      while (head < tail) {
        int v = order[head];
        succStart[head++] = k;
        int next = dist[v] + 1;
        for (int e = start[v], end = start[v + 1]; e < end; e++) {
          int w = target[e];
          int dw = dist[w];
          if (dw < 0) {
            dist[w] = next;
            copyCount(v, w);
            order[tail++] = w;
            succ[k++] = w;
          } else if (dw == next) {
            addCount(v, w);
            succ[k++] = w;
          }
        }
      }
      succStart[tail] = k;
      final double[] coefficient = this.coefficient;
      for (int i = tail - 1; i > 0; i--) {
        int v = order[i];
        if (scaled) {
          for (int j = succStart[i], end = succStart[i + 1]; j < end; j++) {
            addCoefficient(succ[j]);
          }
          settle(v, bc);
          continue;
        }
        double sum = 0;
        for (int j = succStart[i], end = succStart[i + 1]; j < end; j++) {
          sum += coefficient[succ[j]];
        }
        double delta = sigma[v] * sum;
        bc[v] += delta;
        coefficient[v] = (1 + delta) / sigma[v];
      }
      finish(tail);
      for (int i = 0; i < tail; i++) {
        dist[order[i]] = -1;
      }
    }

    /**
     * Shortest paths by months, then tie key (in {@link #steps}: moves, or 0-month routes), with
     * a bucket queue (Dial's algorithm) instead of a heap: buckets by months modulo (largest route
     * months + 1); within a bucket, roles are settled in order of tie key, those reached by
     * 0-month routes merged in as they come. O(m + D + b log b) for the largest distance D in
     * months and bucket sizes b.
     */
    void buckets(RoleGraph g, int s, double[] bc) {
      final int[] start = g.outStart;
      final int[] target = g.head;
      final int[] months = g.months;
      final int[] monthsTo = this.monthsTo;
      final int[] steps = this.steps;
      final double[] sigma = this.sigma;
      final int[] order = this.order;
      final BucketQueue queue = this.queue;
      int settledCount = 0;
      int k = 0;
      final int[] successorStart = this.successorStart;
      final int[] successor = this.successor;
      final int[] successorMonths = this.successorMonths;
      monthsTo[s] = 0;
      steps[s] = 0;
      start(s);
      queue.reset();
      queue.add(s, 0);
      for (int cur = 0; !queue.isEmpty(); cur++) {
        if (++batchEpoch == Integer.MAX_VALUE) {
          Arrays.fill(batchMark, 0);
          batchEpoch = 1;
        }
        int b = 0;
        for (int v = queue.poll(cur); v >= 0; v = queue.poll(cur)) {
          if (!settled[v] && monthsTo[v] == cur && batchMark[v] != batchEpoch) {
            batchMark[v] = batchEpoch;
            batch[b++] = ((long) steps[v] << 32) | v;
          }
        }
        if (b == 0) {
          continue;
        }
        Arrays.sort(batch, 0, b);
        int i = 0;
        int zh = 0;
        int zt = 0;
        while (i < b || zh < zt) {
          int v;
          int sv;
          if (zh < zt && (i >= b || zeroSteps[zh] < (int) (batch[i] >>> 32))) {
            v = zeroRole[zh];
            sv = zeroSteps[zh++];
          } else {
            v = (int) batch[i];
            sv = (int) (batch[i++] >>> 32);
          }
          if (settled[v] || steps[v] != sv || monthsTo[v] != cur) {
            continue;
          }
          settled[v] = true;
          successorStart[settledCount] = k;
          order[settledCount++] = v;
          for (int e = start[v], end = start[v + 1]; e < end; e++) {
            int w = target[e];
            int mw = cur + months[e];
            int nextSteps = everyPath && months[e] > 0 ? sv : sv + 1;
            int known = monthsTo[w];
            if (known < 0 || mw < known || (mw == known && nextSteps < steps[w])) {
              successor[k] = w;
              successorMonths[k++] = mw;
              monthsTo[w] = mw;
              steps[w] = nextSteps;
              copyCount(v, w);
              if (months[e] == 0) {
                zeroRole[zt] = w;
                zeroSteps[zt++] = nextSteps;
              } else {
                queue.add(w, mw);
              }
            } else if (mw == known && nextSteps == steps[w]) {
              addCount(v, w);
              successor[k] = w;
              successorMonths[k++] = mw;
            }
          }
        }
      }
      successorStart[settledCount] = k;
      for (int i = settledCount - 1; i > 0; i--) {
        int v = order[i];
        int mv = monthsTo[v];
        int sv = steps[v];
        for (int j = successorStart[i], end = successorStart[i + 1]; j < end; j++) {
          int w = successor[j];
          int mw = successorMonths[j];
          int next = everyPath && mw > mv ? sv : sv + 1;
          if (steps[w] == next && monthsTo[w] == mw) {
            addCoefficient(w);
          }
        }
        settle(v, bc);
      }
      finish(settledCount);
      for (int i = 0; i < settledCount; i++) {
        int v = order[i];
        monthsTo[v] = -1;
        steps[v] = -1;
        settled[v] = false;
      }
    }

    void weighted(RoleGraph g, long[] weight, int s, double[] bc) {
      final int[] start = g.outStart;
      final int[] target = g.head;
      final long[] dist = this.dist;
      final double[] sigma = this.sigma;
      final int[] order = this.order;
      int settled = 0;
      dist[s] = 0;
      start(s);
      heap.offer(s);
      while (!heap.isEmpty()) {
        int v = heap.poll();
        order[settled++] = v;
        long dv = dist[v];
        for (int e = start[v], end = start[v + 1]; e < end; e++) {
          int w = target[e];
          long d = dv + weight[e];
          long dw = dist[w];
          if (dw < 0 || d < dw) {
            dist[w] = d;
            copyCount(v, w);
            heap.offer(w);
          } else if (d == dw) {
            addCount(v, w);
          }
        }
      }
      for (int i = settled - 1; i > 0; i--) {
        int v = order[i];
        long dv = dist[v];
        for (int e = start[v], end = start[v + 1]; e < end; e++) {
          int w = target[e];
          if (dist[w] == dv + weight[e]) {
            addCoefficient(w);
          }
        }
        settle(v, bc);
      }
      finish(settled);
      for (int i = 0; i < settled; i++) {
        dist[order[i]] = -1;
      }
    }
  }
}
